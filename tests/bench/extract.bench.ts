// Benchmark of the extraction pipeline on the two seed plans: the first (cold) run, the median of
// warm runs, each plan alone, and the size of the graph. Prints nothing; `run.ts` prints the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractGraph } from '../../server/extract/extract';
import { parseCurated } from '../../server/extract/lexicon';
import { parsePlanSeeds } from '../../server/extract/seeds';
import type { PlanInput } from '../../server/extract/types';

const root = join(import.meta.dirname, '../..');
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, 'seeds', file), 'utf8'));
const WARM_RUNS = 15;
const BUDGET_MS = 1000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

export async function benchExtract(): Promise<
  { name: string; value: number; unit: string; note?: string }[]
> {
  const curated = parseCurated({
    lexicon: json('lexicon.json'),
    measures: json('measures.json'),
    departments: json('departments.json'),
    discovery: json('discovery.json'),
  });
  const plans: PlanInput[] = parsePlanSeeds(json('plans.json')).map((meta) => ({
    meta,
    text: readFileSync(join(root, meta.file), 'utf8'),
  }));
  const time = (input: readonly PlanInput[]): number => {
    const t0 = performance.now();
    extractGraph(input, curated);
    return performance.now() - t0;
  };
  /** CPU time of this process (user + system), less sensitive than wall time to a busy machine. */
  const cpu = (input: readonly PlanInput[]): number => {
    const c0 = process.cpuUsage();
    extractGraph(input, curated);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const c0 = process.cpuUsage();
  const cold = time(plans);
  const coldCpuUsage = process.cpuUsage(c0);
  const coldCpu = (coldCpuUsage.user + coldCpuUsage.system) / 1000;
  const warm = Array.from({ length: WARM_RUNS }, () => time(plans));
  const warmCpu = Array.from({ length: WARM_RUNS }, () => cpu(plans));
  const perPlan = plans.map((p) => ({
    id: p.meta.id,
    ms: median(Array.from({ length: WARM_RUNS }, () => time([p]))),
  }));
  const { graph, report } = extractGraph(plans, curated);
  await Promise.resolve();
  return [
    {
      name: 'extract both plans, first run',
      value: cold,
      unit: 'ms',
      note: `budget ${BUDGET_MS} ms; includes JIT warm-up and pinyin dictionary`,
    },
    {
      name: 'extract both plans, first run CPU time',
      value: coldCpu,
      unit: 'ms',
      note: 'user + system CPU; wall time above also counts waiting for a busy CPU',
    },
    {
      name: 'extract both plans, warm median',
      value: median(warm),
      unit: 'ms',
      note: `${WARM_RUNS} runs; ${(median(warm) / BUDGET_MS).toFixed(2)}x of budget`,
    },
    {
      name: 'extract both plans, warm median CPU time',
      value: median(warmCpu),
      unit: 'ms',
      note: 'user + system CPU of the process',
    },
    ...perPlan.map((p) => ({ name: `extract ${p.id} alone, warm median`, value: p.ms, unit: 'ms' })),
    {
      name: 'graph nodes',
      value: graph.nodes.length,
      unit: 'nodes',
      note: Object.entries(report.nodesByLabel)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    },
    {
      name: 'graph edges',
      value: graph.edges.length,
      unit: 'edges',
      note: Object.entries(report.edgesByType)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    },
    { name: 'discovered terms', value: report.discovered.length, unit: 'terms' },
  ];
}
