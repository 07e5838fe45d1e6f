// API benchmark (issue 5, "Speed"): autocannon at 32 connections on the real plans for search, node
// details, supply-chain trace (depth 3) and k paths, beside the floor (one `RETURN 1` round trip,
// GET /api/health/ping) measured in the same run; then 60 s of mixed traffic at 64 connections with
// errors and memory before/after. Prints nothing; tests/bench/run.ts prints the rows.
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import type { BenchRow } from './bench-table';

export interface ApiBenchContext {
  driver: Driver;
  database: string;
  /** A running app on the real plans; when absent the suite loads the plans and starts one. */
  baseUrl?: string;
}

// BENCH_API_QUICK=1 shortens every run (a smoke check of the suite, not figures to report).
const QUICK = process.env.BENCH_API_QUICK === '1';
const RUN_S = QUICK ? 3 : 10;
const SOAK_S = QUICK ? 5 : 60;

interface Endpoint {
  name: string;
  paths: string[];
}

async function run(
  baseUrl: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    // Each connection cycles through the paths, so a run mixes several questions of one kind.
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
}

const errorsOf = (r: autocannon.Result) => r.errors + r.timeouts + r.non2xx;

/** Ids of the benchmark's entry points, found as a user would: by search. */
async function idOf(baseUrl: string, q: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}&limit=1`);
  const body = (await res.json()) as { results: { id: string }[] };
  const id = body.results[0]?.id;
  if (!id) throw new Error(`bench api: no search result for ${q}; are the real plans loaded?`);
  return id;
}

async function endpoints(baseUrl: string): Promise<Endpoint[]> {
  const [membrane, ecmo, tube, ct, monitoring, diagnostic] = await Promise.all(
    ['中空纤维膜', 'ECMO', 'CT球管', 'CT', '监护与生命支持装备', '诊断检验装备'].map((q) => idOf(baseUrl, q)),
  );
  const q = (s: string) => `/api/search?q=${encodeURIComponent(s)}`;
  return [
    { name: 'floor (RETURN 1)', paths: ['/api/health/ping'] },
    {
      name: 'search',
      paths: [q('中空纤维膜'), q('zkxwm'), q('ECMO'), q('CT球管'), q('zhong kong'), q('监护'), q('robot')],
    },
    { name: 'node details', paths: [ecmo, tube, membrane, ct].map((id) => `/api/nodes/${String(id)}`) },
    {
      name: 'supply-chain trace (depth 3)',
      paths: [
        `/api/supply-chain/${String(ecmo)}?direction=upstream&depth=3`,
        `/api/supply-chain/${String(tube)}?direction=downstream&depth=3`,
        `/api/supply-chain/${String(ct)}?direction=upstream&depth=3`,
      ],
    },
    {
      name: 'k paths (k=3)',
      paths: [
        `/api/paths?from=${String(membrane)}&to=${String(monitoring)}&k=3`,
        `/api/paths?from=${String(tube)}&to=${String(diagnostic)}&k=3`,
      ],
    },
  ];
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function benchApi(ctx: ApiBenchContext): Promise<BenchRow[]> {
  let baseUrl = ctx.baseUrl;
  let close: (() => Promise<void>) | undefined;
  if (!baseUrl) {
    const { loadRealPlans, startRealApp } = await import('../helpers/real-app');
    await loadRealPlans(ctx.driver, ctx.database);
    const app = await startRealApp(ctx.driver, ctx.database, { build: false });
    baseUrl = app.url;
    close = app.close;
  }
  const rows: BenchRow[] = [];
  try {
    const list = await endpoints(baseUrl);
    // Warm the driver pool, Neo4j's query plan cache and the JIT before measuring.
    for (const e of list) await run(baseUrl, e.paths, 8, 1);

    let floor = NaN;
    for (const e of list) {
      const r = await run(baseUrl, e.paths, 32, RUN_S);
      if (Number.isNaN(floor)) floor = r.latency.p50;
      const note = `32 conn, ${RUN_S} s, ${errorsOf(r)} errors`;
      rows.push(
        { name: `${e.name}: median`, value: r.latency.p50, unit: 'ms', note },
        { name: `${e.name}: p99`, value: r.latency.p99, unit: 'ms', note: 'goal < 50 ms' },
        { name: `${e.name}: throughput`, value: r.requests.average, unit: 'req/s', note },
      );
      if (e.name !== list[0]?.name) {
        rows.push({
          name: `${e.name}: median / floor`,
          value: r.latency.p50 / Math.max(floor, 0.01),
          unit: 'x',
          note: 'goal <= 3x (search, trace)',
        });
      }
    }

    // The soak: every kind of question at once, 64 connections; memory of this process, which
    // serves the app (run.ts starts it in-process).
    global.gc?.();
    const before = process.memoryUsage();
    const soak = await run(
      baseUrl,
      list.flatMap((e) => e.paths),
      64,
      SOAK_S,
    );
    global.gc?.();
    const after = process.memoryUsage();
    rows.push(
      {
        name: `soak ${SOAK_S} s, 64 conn: requests`,
        value: soak.requests.total,
        unit: 'req',
        note: `${soak.requests.average.toFixed(0)} req/s`,
      },
      { name: `soak ${SOAK_S} s, 64 conn: errors`, value: errorsOf(soak), unit: 'count', note: 'goal 0' },
      { name: `soak ${SOAK_S} s, 64 conn: p99`, value: soak.latency.p99, unit: 'ms' },
      {
        name: 'soak: heap used before / after',
        value: mb(after.heapUsed),
        unit: 'MB',
        note: `before ${mb(before.heapUsed)} MB${global.gc ? '' : ' (no --expose-gc)'}`,
      },
      {
        name: 'soak: RSS before / after',
        value: mb(after.rss),
        unit: 'MB',
        note: `before ${mb(before.rss)} MB`,
      },
      // Figures from a shared machine mean little without its load: report it beside them.
      {
        name: 'machine load (1 min average)',
        value: loadavg()[0] ?? NaN,
        unit: 'procs',
        note: `${cpus().length} CPUs`,
      },
    );
  } finally {
    await close?.();
  }
  return rows;
}
