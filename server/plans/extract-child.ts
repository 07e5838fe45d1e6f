// The child process of extract-runner.ts: runs one extraction job received over IPC and sends back
// its result or its error (name and message, so the server answers as `npm run plan` would), then exits.
import { runExtractJob, type ExtractJob } from './extract-job';

process.once('message', (job: ExtractJob) => {
  let reply: unknown;
  try {
    reply = { ok: true, result: runExtractJob(job) };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    reply = { ok: false, name: err.name, message: err.message };
  }
  process.send?.(reply, () => process.exit(0));
});
