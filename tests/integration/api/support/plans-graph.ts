// The graph the API suites run on: the real plans, extracted by `npm run extract` (the extraction
// CLI) and loaded through the loader, once per test file (other files may load other graphs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { applySchema, loadGraph } from '../../../../server/load';
import type { GraphFile } from '../../../../server/model/interchange';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
let extracted: { graph: GraphFile; hash: string } | undefined;

/** Runs the extraction CLI once per process; its output is the interchange file of DESIGN.md. */
export function extractPlans(): { graph: GraphFile; hash: string } {
  if (extracted) return extracted;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-api-')), 'graph.json');
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'server/cli/extract.ts', '--out', out],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    },
  );
  const text = fs.readFileSync(out, 'utf8');
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  extracted = { graph: JSON.parse(text) as GraphFile, hash: `api-test-${text.length}` };
  return extracted;
}

/** Loads the real plans and returns the loaded graph's counts. */
export async function loadPlans(driver: Driver, database: string): Promise<GraphFile> {
  const { graph, hash } = extractPlans();
  await applySchema(driver, database);
  await loadGraph(driver, database, graph, { hash, lockWaitMs: 60_000 });
  return graph;
}

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
