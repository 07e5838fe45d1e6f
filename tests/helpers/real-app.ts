// Brings up the whole app on a given Neo4j with the real plans loaded and the page built: what the
// e2e suite and the benchmarks run against.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/api/app';
import { CLIENT_DIST, ensureClientBuilt } from '../../server/cli/client-build';
import { GRAPH_INPUTS, hashPaths } from '../../server/cli/content-hash';
import { listen } from '../../server/cli/listen';
import { extractSeedGraph } from '../../server/cli/seed-graph';
import { applySchema, loadGraph } from '../../server/load/index';
import type { GraphFile } from '../../core/model/interchange';

export interface RealApp {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

let realPlansMemo: { graph: GraphFile; hash: string } | undefined;

/** The real plans' graph, extracted once per process, and the hash `npm start` would store. */
export function realPlans(): { graph: GraphFile; hash: string } {
  realPlansMemo ??= { graph: extractSeedGraph(), hash: hashPaths(GRAPH_INPUTS) };
  return realPlansMemo;
}

/** Loads the real plans into the database (replacing what is there), waiting for another load. */
export async function loadRealPlans(driver: Driver, database: string): Promise<GraphFile> {
  const { graph, hash } = realPlans();
  await applySchema(driver, database);
  await loadGraph(driver, database, graph, { hash, lockWaitMs: 60_000 });
  return graph;
}

export async function startRealApp(
  driver: Driver,
  database: string,
  options: { build?: boolean } = {},
): Promise<RealApp> {
  if (options.build ?? true) await ensureClientBuilt();
  const app = createApp({
    driver,
    database,
    clientDir: CLIENT_DIST,
    cypherConsole: true,
    rateLimit: false,
  });
  const server = await listen(app, '127.0.0.1', 0);
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
