// Loads the plans when the database holds no graph or one built from other seeds or extractor code:
// the content hash of GRAPH_INPUTS, kept in the database by the loader, decides.
import type { Driver } from 'neo4j-driver';
import { applySchema, loadGraph, readCurrentGraph } from '../load/index';
import { GRAPH_INPUTS, hashPaths } from './content-hash';
import { extractSeedGraph } from './seed-graph';
import type { StepLogger } from './step-logger';

export async function ensureGraphLoaded(driver: Driver, database: string, log: StepLogger): Promise<void> {
  const hash = hashPaths(GRAPH_INPUTS);
  const current = await log.step('checking the loaded graph', () => readCurrentGraph(driver, database));
  if (current?.hash === hash) {
    log.info(`graph is current: ${current.nodes} nodes, ${current.edges} edges (loaded ${current.loadedAt})`);
    return;
  }
  log.info(
    current
      ? 'the seeds or the extractor changed since the last load; reloading'
      : 'the database holds no graph yet; loading the plans',
  );
  await log.step('applying the schema', () => applySchema(driver, database));
  const graph = await log.step('extracting the plans', () => Promise.resolve(extractSeedGraph()));
  const summary = await log.step('loading the graph', () => loadGraph(driver, database, graph, { hash }));
  log.info(`loaded ${JSON.stringify(summary)}`);
}
