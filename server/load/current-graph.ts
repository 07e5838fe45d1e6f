// Reads the pointer to the current version (cypher/queries/current-graph.cypher).
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../db/cypher-files';
import type { PlanMeta } from '../../core/model/interchange';
import { toNumber } from './neo4j-values';
import type { CurrentGraph } from './types';

/** The current graph's version and counts, or null before the first load. */
export async function readCurrentGraph(driver: Driver, database: string): Promise<CurrentGraph | null> {
  const { records } = await driver.executeQuery(
    loadCypher('queries/current-graph.cypher'),
    {},
    { database, routing: 'READ' },
  );
  const row = records[0];
  if (!row) return null;
  const plansJson = row.get('plansJson') as string | null;
  return {
    version: row.get('version') as string,
    hash: row.get('hash') as string,
    loadedAt: row.get('loadedAt') as string,
    nodes: toNumber(row.get('nodes')),
    edges: toNumber(row.get('edges')),
    plans: (row.get('plans') as string[] | null) ?? [],
    planMeta: plansJson ? (JSON.parse(plansJson) as PlanMeta[]) : [],
  };
}
