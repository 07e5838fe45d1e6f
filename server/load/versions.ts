// Graph versions: naming a new one, registering it, and deleting the ones that are not current
// (replaced graphs and the leftovers of killed loads), in bounded inner transactions.
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
