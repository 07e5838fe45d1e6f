// The graph the API suites run on: the real plans, extracted in-process by the same seed reader as
// `npm run extract` and loaded through the loader, once per test file (other files may load others).
import type { Driver } from 'neo4j-driver';
import { loadRealPlans, realPlans } from '../../../helpers/real-app';

export { realPlans as extractPlans };

/** Loads the real plans and returns their graph. */
export const loadPlans = (driver: Driver, database: string) => loadRealPlans(driver, database);

/** Entity and relationship counts of the whole database, to show a request changed nothing. */
export async function databaseCounts(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; edges: number }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS edges',
    {},
    { database },
  );
  return { nodes: Number(records[0]?.get('nodes')), edges: Number(records[0]?.get('edges')) };
}
