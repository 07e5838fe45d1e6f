// API benchmark (docs/api.md, "Speed"): autocannon at 32 connections on the real plans for search, node
// details, supply-chain trace (depth 3) and k paths, beside the floor (one `RETURN 1` round trip,
// GET /api/health/ping) measured in the same run; then 60 s of mixed traffic at 64 connections with
// errors and memory before/after. Prints nothing; tests/bench/run.ts prints the rows.
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../../server/api/app';
import { listen } from '../../server/cli/listen';
import { loadGraphStream } from '../../server/load';
import type { BenchRow } from './bench-table';
import { syntheticGraph } from './synthetic-graph';

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
// BENCH_API_SYNTHETIC=1 adds search and trace on the 100k-node / 500k-relationship synthetic graph
// (minutes of loading; the real plans are loaded again afterwards).
const SYNTHETIC = process.env.BENCH_API_SYNTHETIC === '1';

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
async function idOf(baseUrl: string, q: string, attempt = 1): Promise<string> {
  const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}&limit=1`);
  // The very first search after a load opens the full-text indexes and plans the query; on a busy
  // machine that can pass the 5 s limit once (503). Ask again rather than fail the suite.
  if (res.status === 503 && attempt < 3) return idOf(baseUrl, q, attempt + 1);
  const body = (await res.json()) as { results?: { id: string }[] };
  const id = body.results?.[0]?.id;
  if (!id)
    throw new Error(
      `bench api: no search result for ${q} (${res.status} ${JSON.stringify(body).slice(0, 200)}); are the real plans loaded?`,
    );
  return id;
}

async function endpoints(baseUrl: string): Promise<Endpoint[]> {
  const ids: string[] = [];
  for (const q of ['中空纤维膜', 'ECMO', 'CT球管', 'CT', '监护与生命支持装备', '诊断检验装备'])
    ids.push(await idOf(baseUrl, q));
  const [membrane, ecmo, tube, ct, monitoring, diagnostic] = ids;
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
    if (SYNTHETIC) {
      rows.push(...(await benchApiSynthetic(ctx)));
      const { loadRealPlans } = await import('../helpers/real-app');
      await loadRealPlans(ctx.driver, ctx.database);
    }
  } finally {
    await close?.();
  }
  return rows;
}

/**
 * Search and supply-chain trace on a synthetic graph of the real graph's shape (tests/bench/
 * synthetic-graph.ts): p95 at 8 connections. Replaces the database's current graph.
 */
export async function benchApiSynthetic(
  ctx: Pick<ApiBenchContext, 'driver' | 'database'>,
  size = { nodes: 100_000, edges: 500_000 },
): Promise<BenchRow[]> {
  const g = syntheticGraph(size);
  const started = performance.now();
  await loadGraphStream(
    ctx.driver,
    ctx.database,
    { plans: g.plans, nodes: g.nodes(), edges: g.edges(), counts: g.counts },
    { hash: `api-bench-synthetic-${size.edges}`, lockWaitMs: 600_000 },
  );
  const loadS = (performance.now() - started) / 1000;
  const app = createApp({
    driver: ctx.driver,
    database: ctx.database,
    cypherConsole: false,
    rateLimit: false,
  });
  const server = await listen(app, '127.0.0.1', 0);
  const addr = server.address();
  const baseUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const label = `${size.nodes / 1000}k/${size.edges / 1000}k`;
  const q = (s: string) => `/api/search?q=${encodeURIComponent(s)}`;
  // Low indices are the hubs (targets are drawn with a skew): equipment:n0 has the widest upstream.
  const runs: Endpoint[] = [
    {
      name: `synthetic ${label} search`,
      paths: [q('医疗装备'), q('synthetic equipment 42'), q('EQU7'), q('传感器'), q('zkxwm')],
    },
    {
      name: `synthetic ${label} trace (depth 3)`,
      paths: [
        '/api/supply-chain/equipment:n0?direction=upstream&depth=3',
        '/api/supply-chain/equipment:n500?direction=upstream&depth=3',
        '/api/supply-chain/material:n10?direction=downstream&depth=3',
        '/api/supply-chain/component:n3?direction=downstream&depth=3',
      ],
    },
  ];
  const rows: BenchRow[] = [
    {
      name: `synthetic ${label}: load`,
      value: loadS,
      unit: 's',
      note: `${g.counts.nodes} nodes, ${g.counts.edges} rels`,
    },
  ];
  try {
    for (const e of runs) await run(baseUrl, e.paths, 4, 2);
    for (const e of runs) {
      const r = await run(baseUrl, e.paths, 8, RUN_S);
      rows.push(
        {
          name: `${e.name}: p95`,
          value: r.latency.p97_5,
          unit: 'ms',
          note: 'p97.5 (autocannon has no p95); goal p95 < 250 ms',
        },
        {
          name: `${e.name}: median`,
          value: r.latency.p50,
          unit: 'ms',
          note: `8 conn, ${RUN_S} s, ${errorsOf(r)} errors, ${r.requests.average.toFixed(0)} req/s`,
        },
      );
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return rows;
}
