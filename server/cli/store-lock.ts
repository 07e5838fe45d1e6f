// One plan command at a time per plan store. The lock file names its owner's process, so a command
// killed mid-way (SIGKILL, a closed terminal) does not block the store for ever: a lock whose
// process is gone is taken over, a live one is refused.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { ConflictError } from '../../core/errors';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
}

const readOwner = (file: string): LockOwner | undefined => {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host }
      : undefined;
  } catch {
    return undefined;
  }
};

/** Whether a process of this machine still runs; EPERM means it runs under another user. */
const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * A lock is dead when its owner ran on this host and no longer runs. A lock without a readable
 * owner may be one being written this instant, and one from another host cannot be checked: both
 * count as alive.
 */
const isDead = (owner: LockOwner | undefined): owner is LockOwner =>
  owner?.host === hostname() && owner.pid !== process.pid && !isRunning(owner.pid);

const tryCreate = (file: string): number | undefined => {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
    return fd;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw e;
  }
};

/**
 * Moves a dead owner's lock aside. Renaming is atomic, so of two commands that both found it dead
 * only one moves it; if what was moved turns out to be a live owner's fresh lock, it goes back.
 */
const takeOver = (file: string, dead: LockOwner): void => {
  const aside = `${file}.dead-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved?.pid === dead.pid && moved.host === dead.host) rmSync(aside, { force: true });
  else renameSync(aside, file);
};

/** Runs `run` holding `<storeDir>.lock`; refuses with a ConflictError while another command holds it. */
export const withStoreLock = async <T>(storeDir: string, run: () => Promise<T>): Promise<T> => {
  const lock = `${storeDir}.lock`;
  mkdirSync(path.dirname(storeDir), { recursive: true });
  let fd = tryCreate(lock);
  if (fd === undefined) {
    const owner = readOwner(lock);
    if (isDead(owner)) {
      takeOver(lock, owner);
      fd = tryCreate(lock);
    }
  }
  if (fd === undefined) {
    const owner = readOwner(lock);
    throw new ConflictError(
      `plans: another plan command${owner ? ` (process ${owner.pid})` : ''} is changing the plan store (${lock} exists); wait for it to finish`,
    );
  }
  try {
    return await run();
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
};
