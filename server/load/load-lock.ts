// The load lock: one (:AtlasLoadLock) node with an owner and a heartbeat, taken in its own
// transaction. A second load refuses (or waits lockWaitMs); a lock whose heartbeat died is taken over.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../db/cypher-files';
import { ConflictError } from '../../core/errors';
import { toNumber } from './neo4j-values';

export interface LockOptions {
  version: string;
  waitMs: number;
  staleMs: number;
  heartbeatMs: number;
}

export interface HeldLock {
  owner: string;
  /** True when another load took the lock over (this one was presumed dead): stop writing. */
  readonly lost: boolean;
  release(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const newOwner = (): string => `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

export async function acquireLoadLock(
  driver: Driver,
  database: string,
  options: LockOptions,
): Promise<HeldLock> {
  const owner = newOwner();
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      loadCypher('load/lock-acquire.cypher'),
      { owner, version: options.version, staleMs: options.staleMs },
      { database },
    );
    const row = records[0];
    if (row?.get('acquired') === true) break;
    if (Date.now() >= deadline) {
      const age = toNumber(row?.get('heartbeatAgeMs') ?? 0);
      throw new ConflictError(
        `loader: another load (${String(row?.get('heldBy'))}, writing ${String(row?.get('heldVersion'))}) is running ` +
          `(heartbeat ${Math.round(age / 1000)} s ago); wait for it to finish and load again ` +
          `(a dead load's lock is taken over after ${Math.round(options.staleMs / 1000)} s)`,
      );
    }
    await sleep(Math.min(500, Math.max(0, deadline - Date.now())));
  }

  let lost = false;
  const timer = setInterval(() => {
    driver
      .executeQuery(loadCypher('load/lock-heartbeat.cypher'), { owner }, { database })
      .then(({ records }) => {
        if (toNumber(records[0]?.get('held') ?? 0) === 0) lost = true;
      })
      // A missed beat is not fatal: the next one retries, and staleMs allows several misses.
      .catch(() => undefined);
  }, options.heartbeatMs);
  timer.unref();

  return {
    owner,
    get lost() {
      return lost;
    },
    async release() {
      clearInterval(timer);
      await driver.executeQuery(loadCypher('load/lock-release.cypher'), { owner }, { database });
    },
  };
}
