// Graph versions: naming a new one, registering it, waiting for the readers of a replaced one, and
// deleting the ones that are not current (replaced graphs and the leftovers of killed loads), in
// bounded inner transactions.
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { loadCypher } from '../db/cypher-files';

/** A sortable, unique version: `20261123T031143Z-<hash prefix>-<random>`. */
export function newVersion(hash: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const h =
    hash
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 12) || 'nohash';
  return `${stamp}-${h}-${randomBytes(3).toString('hex')}`;
}

export async function beginVersion(
  driver: Driver,
  database: string,
  params: { owner: string; version: string; hash: string; startedAt: string },
): Promise<boolean> {
  const { records } = await driver.executeQuery(loadCypher('load/version-begin.cypher'), params, {
    database,
  });
  return records.length === 1;
}

/** Deletes every registered version except the current one; returns the versions deleted. */
export async function retireStaleVersions(
  driver: Driver,
  database: string,
  batchSize: number,
): Promise<string[]> {
  const { records } = await driver.executeQuery(loadCypher('load/versions-stale.cypher'), {}, { database });
  const versions = records.map((r) => r.get('version') as string);
  for (const version of versions) await deleteVersion(driver, database, version, batchSize);
  return versions;
}

export async function deleteVersion(
  driver: Driver,
  database: string,
  version: string,
  batchSize: number,
): Promise<void> {
  // CALL { } IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    const params = { version, batchSize: neo4j.int(batchSize) };
    await session.run(loadCypher('load/version-delete-rels.cypher'), params);
    await session.run(loadCypher('load/version-delete-nodes.cypher'), params);
  } finally {
    await session.close();
  }
  await driver.executeQuery(loadCypher('load/version-forget.cypher'), { version }, { database });
}

export interface ReaderGrace {
  /** Always wait this long: API servers keep the pointer for up to a second before reading it again. */
  minMs: number;
  /** Never wait longer than this, readers or not. */
  maxMs: number;
  /** Time between two looks at the running transactions. */
  pollMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Waits until no running transaction reads `version` (two looks in a row, since a request's
 * queries follow one another) after at least `minMs`, at most `maxMs`. Where Neo4j does not list
 * transactions (a restricted user), waits `maxMs`. Returns the milliseconds waited.
 */
export async function awaitVersionReaders(
  driver: Driver,
  database: string,
  version: string,
  grace: ReaderGrace,
): Promise<number> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  if (grace.maxMs <= 0) return 0;
  await sleep(Math.min(grace.minMs, grace.maxMs));
  let quiet = 0;
  while (elapsed() < grace.maxMs) {
    try {
      const { records } = await driver.executeQuery(
        loadCypher('load/version-readers.cypher'),
        { version },
        { database },
      );
      quiet = Number(records[0]?.get('readers') ?? 0) === 0 ? quiet + 1 : 0;
    } catch {
      await sleep(grace.maxMs - elapsed());
      break;
    }
    if (quiet >= 2) break;
    await sleep(Math.min(grace.pollMs, grace.maxMs - elapsed()));
  }
  return elapsed();
}
