// Applies cypher/schema/*.cypher in order (each idempotent: IF NOT EXISTS) and waits until every
// index is online, so a load or a search never runs against a populating index.
import type { Driver } from 'neo4j-driver';
import { listCypherFiles, loadCypher } from '../db/cypher-files';

export async function applySchema(driver: Driver, database: string): Promise<void> {
  for (const file of listCypherFiles('schema')) {
    await driver.executeQuery(loadCypher(file), {}, { database });
  }
  await driver.executeQuery(loadCypher('load/await-indexes.cypher'), {}, { database });
}
