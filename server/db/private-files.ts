// The store holds the graph, Neo4j's logs and the generated password: only its owner may read it.
// Folders are made 0700 and files 0600, including those the embedded JVM creates itself.
import fs from 'node:fs';

/** Owner-only permissions for what is created while it applies (files 0600, folders 0700). */
export const PRIVATE_UMASK = 0o077;

/** Creates `dir` (and its parents) and makes `dir` itself 0700, also when it already existed wider. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/**
 * Runs `fn` (a synchronous spawn) with the umask at 077, so that a child process, which inherits
 * the umask when it is forked, creates its files 0600 and folders 0700. Synchronous, so nothing
 * else in this process runs under the narrowed umask.
 */
export function withPrivateUmask<T>(fn: () => T): T {
  const previous = process.umask(PRIVATE_UMASK);
  try {
    return fn();
  } finally {
    process.umask(previous);
  }
}
