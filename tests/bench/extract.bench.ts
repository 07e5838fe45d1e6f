// Benchmark of the extraction pipeline on the two seed plans: the first (cold) run, the median of
// warm runs, each plan alone, and the size of the graph; then one 2 MB plan built from the seeds
// (time and memory). Prints nothing; `run.ts` prints the rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractGraph } from '../../server/extract/extract';
import { parseCurated } from '../../server/extract/lexicon';
import { parsePlanSeeds } from '../../server/extract/seeds';
import type { PlanInput } from '../../server/extract/types';
import { asPlanId } from '../../core/model/ids';

const root = join(import.meta.dirname, '../..');
const json = (file: string): unknown => JSON.parse(readFileSync(join(root, 'seeds', file), 'utf8'));
const WARM_RUNS = 15;
const BUDGET_MS = 1000;
/** A large plan: the seeds' texts repeated up to 2 MB of UTF-8, extracted in under 10 s and 500 MB. */
const LARGE_BYTES = 2 * 1024 * 1024;
const LARGE_BUDGET_MS = 10_000;
const LARGE_BUDGET_MB = 500;

/** The seeds' texts, one after the other, until the text has `bytes` bytes of UTF-8. */
const largeText = (texts: readonly string[], bytes: number): string => {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = `${texts[i % texts.length] ?? ''}\n`;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  return parts.join('');
};

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
    glossary: json('glossary.json'),
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

  const text = largeText(
    plans.map((p) => p.text),
    LARGE_BYTES,
  );
  const large: PlanInput = {
    meta: {
      id: asPlanId('large-2024'),
      title: '大文本',
      titleEn: 'Large text',
      file: 'large.txt',
      year: 2024,
    },
    text,
  };
  const l0 = process.cpuUsage();
  const largeMs = time([large]);
  const lc = process.cpuUsage(l0);
  const heap = process.memoryUsage();
  // maxRSS (KiB) is the process's peak so far: the large plan is by far its largest run.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const largeResult = extractGraph([large], curated);
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
    {
      name: 'extract a 2 MB plan (seeds repeated)',
      value: largeMs,
      unit: 'ms',
      note: `${text.length} characters; CPU ${((lc.user + lc.system) / 1000).toFixed(0)} ms; budget ${LARGE_BUDGET_MS} ms`,
    },
    {
      name: 'extract a 2 MB plan, peak RSS',
      value: peakRssMb,
      unit: 'MB',
      note: `heap used ${(heap.heapUsed / 2 ** 20).toFixed(0)} MB, reserved ${(heap.heapTotal / 2 ** 20).toFixed(0)} MB after the run; budget ${LARGE_BUDGET_MB} MB`,
    },
    {
      name: 'extract a 2 MB plan, capped mentions and passages',
      value: largeResult.capped.reduce((n, c) => n + c.total - c.kept, 0),
      unit: 'dropped',
      note: `${largeResult.capped.length} nodes or edges over the caps; graph ${largeResult.graph.nodes.length} nodes, ${largeResult.graph.edges.length} edges`,
    },
  ];
}
