// `npm run db`: the embedded Neo4j alone, in the foreground, printing its Bolt URI and credentials.
import { resolveNeo4j } from '../db/connection';
import { readNeo4jSettings } from './config';
import { runMain } from './run-main';
import { stepLogger } from './step-logger';

await runMain('db', async () => {
  const settings = readNeo4jSettings(process.env);
  if (settings.uri) throw new Error('db: NEO4J_URI is set, so there is no embedded Neo4j to run; unset it');
  const log = stepLogger();
  const conn = await log.step('starting the embedded Neo4j', () =>
    resolveNeo4j(settings, { log: log.info, restartOnCrash: true }),
  );
  if (conn.mode === 'reused') {
    log.info(
      'an embedded Neo4j is already running on this store (owned by another process); printing its details',
    );
  }
  process.stdout.write(
    [
      `Neo4j ${conn.version} is ready`,
      `  Bolt URI  ${conn.uri}`,
      `  user      ${conn.user}`,
      `  password  ${conn.password}`,
      `  database  ${conn.database}`,
      `  store     ${settings.dataDir}`,
      conn.mode === 'started' ? 'Press Ctrl-C to stop it.' : '',
      '',
    ].join('\n'),
  );
  if (conn.mode !== 'started') {
    await conn.close();
    return;
  }
  await waitForSignal();
  log.info('stopping Neo4j');
  await conn.close();
});

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
