// `npm run snapshot -- --out atlas.html [--graph FILE]`: one self-contained HTML file of the explorer
// (graph, plan texts, tours, scripts and styles inline; no network requests) for a demo room with
// no server. The graph comes from the extractor over seeds/ and the user's plan store unless --graph
// names an interchange file.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { InvalidInputError } from '../../core/errors';
import type { GraphFile } from '../../core/model/interchange';
import { buildPage } from '../snapshot/build-page';
import { inlinePage } from '../snapshot/inline-html';
import { buildSnapshotData, dataScript } from '../snapshot/snapshot-data';
import { PROJECT_ROOT } from './config';
import { runMain } from './run-main';
import { assertInterchange, extractSeedGraph, storedUserPlans, type UserPlans } from './seed-graph';

const USAGE = 'usage: npm run snapshot -- --out FILE.html [--graph interchange.json] [--quiet]';

export interface SnapshotArgs {
  out: string;
  graph: string | null;
  quiet: boolean;
}

export const parseSnapshotArgs = (argv: readonly string[]): SnapshotArgs => {
  const args: SnapshotArgs = { out: '', graph: null, quiet: false };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    if (flag === '--quiet') {
      args.quiet = true;
      i--;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new InvalidInputError(`snapshot: ${flag ?? ''} needs a value; ${USAGE}`);
    if (flag === '--out') args.out = value;
    else if (flag === '--graph') args.graph = value;
    else throw new InvalidInputError(`snapshot: unknown option ${flag ?? ''}; ${USAGE}`);
  }
  if (args.out === '') throw new InvalidInputError(`snapshot: --out FILE.html is required; ${USAGE}`);
  return args;
};

const readGraph = (file: string | null): GraphFile => {
  if (!file) return extractSeedGraph();
  if (!existsSync(file))
    throw new InvalidInputError(
      `snapshot: ${file} does not exist; write one with npm run extract -- --out ${file}`,
    );
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  assertInterchange(data);
  return data;
};

/**
 * Each plan's text, byte-for-byte as the graph's offsets index it: a seed's from its file, a plan
 * the user added from the plan store (its file name in the graph may be `$PLAN_STORE_DIR/...`).
 */
const readTexts = (graph: GraphFile, user: UserPlans): Record<string, string> =>
  Object.fromEntries(
    graph.plans.map((p) => {
      if (user.state.plans.some((s) => s.id === p.id)) return [p.id, user.textOf(p.id)];
      const path = resolve(PROJECT_ROOT, p.file);
      if (!existsSync(path))
        throw new InvalidInputError(`snapshot: the text of plan ${p.id} (${p.file}) is missing`);
      return [p.id, readFileSync(path, 'utf8')];
    }),
  );

const readTours = (): unknown[] => {
  const dir = join(PROJECT_ROOT, 'client', 'src', 'tours', 'data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
};

export const main = async (argv: readonly string[]): Promise<void> => {
  const args = parseSnapshotArgs(argv);
  const out = resolve(args.out);
  if (!existsSync(dirname(out)))
    throw new InvalidInputError(`snapshot: the folder of ${args.out} does not exist`);
  const t0 = performance.now();
  const graph = readGraph(args.graph);
  const data = buildSnapshotData({
    graph,
    texts: readTexts(graph, storedUserPlans()),
    tours: readTours(),
    builtAt: new Date().toISOString(),
  });
  const page = await buildPage();
  const html = inlinePage(page, dataScript(data));
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, html);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
  if (args.quiet) return;
  const mb = (Buffer.byteLength(html) / 1e6).toFixed(1);
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  process.stderr.write(
    `snapshot: wrote ${args.out} (${mb} MB: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.plans.length} plan texts) in ${s} s\n`,
  );
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(PROJECT_ROOT, 'server/cli/snapshot.ts'))
  void runMain('snapshot', () => main(process.argv.slice(2)));
