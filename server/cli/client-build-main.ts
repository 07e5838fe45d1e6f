// Builds the page in a process of its own: `npm start` runs this when the page is stale, so that the
// build's memory (Vite and Rolldown, several hundred MB) is given back when it ends instead of staying
// in the server's process.
import { ensureClientBuilt } from './client-build';
import { runMain } from './run-main';

await runMain('client-build', async () => {
  if (await ensureClientBuilt()) process.stderr.write('client-build: built the client into dist/client\n');
});
