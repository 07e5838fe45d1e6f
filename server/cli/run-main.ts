// The error boundary of every command: a failure prints one line and exits non-zero, no stack trace
// for errors a user can meet (typed errors), a stack for bugs.
import { AtlasError } from '../../core/errors';

export async function runMain(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof AtlasError || (e instanceof Error && e.message.startsWith(`${name}:`))) {
      process.stderr.write(`${e.message}\n`);
    } else {
      process.stderr.write(`${name}: unexpected error (a bug; please report it)\n`);
      console.error(e);
    }
    process.exitCode = 1;
  }
}
