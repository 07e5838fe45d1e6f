// Runs an extraction job (extract-job.ts) in a child process: the server's event loop stays free for
// other requests while a plan is read, and the child's memory (segmenter, graph) leaves with it.
// Under tsx the child runs the TypeScript sources with tsx's loader, as `npm start` builds the page.
import { fork } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConflictError, InvalidInputError, UnavailableError } from '../../core/errors';
import type { ExtractJob, ExtractJobResult } from './extract-job';

export interface ExtractRunnerOptions {
  /** Kills a child that takes longer (a 5 MB plan takes about 20 s on a loaded 2-core machine). */
  readonly timeoutMs?: number;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extract-child.ts');
/** tsx's loader by absolute URL, so the child starts whatever the server's working directory. */
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

type Reply = { ok: true; result: ExtractJobResult } | { ok: false; name: string; message: string };

/** The user's errors come back as their class; anything else is the server's (a 500). */
const rebuild = (name: string, message: string): Error => {
  if (name === 'InvalidInputError') return new InvalidInputError(message);
  if (name === 'ConflictError') return new ConflictError(message);
  if (name === 'UnavailableError') return new UnavailableError(message);
  const err = new Error(`plans: extraction failed in its child process: ${message}`);
  err.name = name;
  return err;
};

/** Runs `job` in a fresh child process and resolves with its result. */
export const runExtractChild = (
  job: ExtractJob,
  options: ExtractRunnerOptions = {},
): Promise<ExtractJobResult> =>
  new Promise((resolve, reject) => {
    const child = fork(CHILD, [], {
      execArgv: ['--import', TSX_LOADER],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-2000);
    });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() => {
          child.kill('SIGKILL');
          reject(new UnavailableError('plans: extracting the plan took too long; nothing was changed'));
        }),
      options.timeoutMs ?? 120_000,
    );
    child.once('message', (reply: Reply) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(rebuild(reply.name, reply.message)))),
    );
    child.once('error', (e) => settle(() => reject(e)));
    child.once('exit', (code, signal) =>
      settle(() =>
        reject(
          new Error(
            `plans: the extraction process ended (${signal ?? `code ${code ?? '?'}`}) without an answer: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        ),
      ),
    );
    child.send(job);
  });
