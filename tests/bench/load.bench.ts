// Loader benchmark: synthetic graphs of the real graph's shape at 10k, 100k, 500k (the 100k nodes +
// 500k relationships goal) and optionally 1M relationships; the ceiling (bare UNWIND CREATE, same
// database, same batch size) measured in the same run; time, Neo4j CPU and Node peak RSS per size.
// Wall-clock rates swing with whatever else the machine runs; Neo4j's own CPU time per row (read
// over JMX) does not, so the ratios are given both ways.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { loadCypher } from '../../server/db/cypher-files';
import { loadGraph, loadGraphStream, type LoadSummary } from '../../server/load';
import { edgeRow, nodeRow } from '../../server/load/rows';
import type { GraphFile } from '../../core/model/interchange';
import { deleteVersion } from '../../server/load/versions';
import { GRAPH_INPUTS, hashPaths } from '../../server/cli/content-hash';
import { extractSeedGraph } from '../../server/cli/seed-graph';
import type { BenchContext, BenchRow } from './bench-table';
import { syntheticGraph, type SyntheticGraph } from './synthetic-graph';

/** Cypher of the benchmark only (the ceiling it compares the loader with), kept beside it in tests/bench/cypher. */
const benchCypher = (file: string): string => readFileSync(join(import.meta.dirname, 'cypher', file), 'utf8');

export interface BenchLoadOptions {
  batchSize?: number;
  /** Relationship counts to run (nodes = relationships / 5, as in the 100k / 500k goal). */
  sizes?: number[];
  /** The real plans' graph for the last row (default: extracted from the seeds); null skips it. */
  realGraph?: { graph: GraphFile; hash: string } | null;
}

const DEFAULT_SIZES = [10_000, 100_000, 500_000, ...(process.env.BENCH_LOAD_1M === '1' ? [1_000_000] : [])];

/** Samples the process's RSS while `run` runs: the peak of that run, not of the whole process. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let buf: T[] = [];
  for (const item of items) {
    buf.push(item);
    if (buf.length >= size) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length > 0) yield buf;
}

async function clearCeiling(driver: Driver, database: string, batchSize: number) {
  const session = driver.session({ database });
  try {
    await session.run(benchCypher('bench-ceiling-clear.cypher'), { batchSize: neo4j.int(batchSize) });
    await session.run(benchCypher('bench-ceiling-clear-nodes.cypher'), {
      batchSize: neo4j.int(batchSize),
    });
  } finally {
    await session.close();
  }
}

interface Rates {
  nodesPerS: number;
  edgesPerS: number;
  /** Neo4j CPU microseconds per node / relationship (null when JMX is not available). */
  nodeCpuUs: number | null;
  edgeCpuUs: number | null;
}

/** CPU seconds the Neo4j JVM has used so far (JMX), or null where the procedure is not allowed. */
async function neo4jCpuSeconds(driver: Driver, database: string): Promise<number | null> {
  try {
    const { records } = await driver.executeQuery(
      loadCypher('load/bench-neo4j-cpu.cypher'),
      {},
      { database },
    );
    const ns = Number(records[0]?.get('cpuNs'));
    return Number.isFinite(ns) ? ns / 1e9 : null;
  } catch {
    return null;
  }
}

const perRowUs = (from: number | null, to: number | null, rows: number) =>
  from === null || to === null || rows === 0 ? null : ((to - from) * 1e6) / rows;

/** Times only the statements in Neo4j, with rows prepared outside the clock. */
async function timeWrites(
  driver: Driver,
  database: string,
  g: SyntheticGraph,
  batchSize: number,
  statements: { nodes: string; edges: string; graph: string },
): Promise<Rates> {
  const cpu0 = await neo4jCpuSeconds(driver, database);
  let nodesMs = 0;
  for (const batch of chunks(g.nodes(), batchSize)) {
    const rows = batch.map((n) => nodeRow(n, statements.graph));
    const t = performance.now();
    await driver.executeQuery(statements.nodes, { rows }, { database });
    nodesMs += performance.now() - t;
  }
  const cpu1 = await neo4jCpuSeconds(driver, database);
  let edgesMs = 0;
  for (const batch of chunks(g.edges(), batchSize)) {
    const rows = batch.map((e) => edgeRow(e, statements.graph));
    const t = performance.now();
    await driver.executeQuery(statements.edges, { graph: statements.graph, rows }, { database });
    edgesMs += performance.now() - t;
  }
  // As the loader does before its switch: the full-text indexes' background work is part of the cost.
  await driver.executeQuery(loadCypher('load/await-fulltext-refresh.cypher'), {}, { database });
  const cpu2 = await neo4jCpuSeconds(driver, database);
  return {
    nodesPerS: g.counts.nodes / (nodesMs / 1000),
    edgesPerS: g.counts.edges / (edgesMs / 1000),
    nodeCpuUs: perRowUs(cpu0, cpu1, g.counts.nodes),
    edgeCpuUs: perRowUs(cpu1, cpu2, g.counts.edges),
  };
}

/** The brief's ceiling: bare UNWIND CREATE of the same rows on a label with no constraint or full-text index. */
async function bareCeiling(
  driver: Driver,
  database: string,
  g: SyntheticGraph,
  batchSize: number,
): Promise<Rates> {
  await clearCeiling(driver, database, batchSize); // the leftovers of an interrupted run
  await driver.executeQuery(benchCypher('bench-ceiling-index.cypher'), {}, { database });
  await driver.executeQuery(loadCypher('load/await-indexes.cypher'), {}, { database });
  const rates = await timeWrites(driver, database, g, batchSize, {
    nodes: benchCypher('bench-ceiling-nodes.cypher'),
    edges: benchCypher('bench-ceiling-edges.cypher'),
    graph: 'bench',
  });
  await clearCeiling(driver, database, batchSize);
  return rates;
}

/**
 * The loader's own statements run bare (no validation, mapping, lock or version bookkeeping) into
 * :Entity with its composite key and full-text indexes: what the schema alone costs.
 */
async function schemaCeiling(
  driver: Driver,
  database: string,
  g: SyntheticGraph,
  batchSize: number,
): Promise<Rates> {
  const graph = 'bench-schema-ceiling';
  await deleteVersion(driver, database, graph, batchSize);
  const rates = await timeWrites(driver, database, g, batchSize, {
    nodes: loadCypher('load/create-nodes.cypher'),
    edges: loadCypher('load/create-edges.cypher'),
    graph,
  });
  await deleteVersion(driver, database, graph, batchSize);
  return rates;
}

const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

/**
 * Replaces the database's current graph: run it on a throw-away database. When `realGraph` is
 * given it is loaded last, so the database ends with the real plans current again.
 */
export async function benchLoad(
  ctx: Pick<BenchContext, 'driver' | 'database'>,
  options: BenchLoadOptions = {},
): Promise<BenchRow[]> {
  const { driver, database } = ctx;
  const batchSize = options.batchSize ?? 5000;
  const rows: BenchRow[] = [
    {
      name: 'load: machine load average at start',
      value: loadavg()[0] ?? 0,
      unit: '1-min',
      note: 'figures are noisy when this exceeds the core count',
    },
  ];
  for (const edges of options.sizes ?? DEFAULT_SIZES) {
    const g = syntheticGraph({ nodes: edges / 5, edges });
    const size = `${k(g.counts.nodes)} nodes / ${k(edges)} rels`;
    const top = await bareCeiling(driver, database, g, batchSize);
    const schema = await schemaCeiling(driver, database, g, batchSize);
    // Neo4j CPU read at the loader's phase changes: nodes start, relationships start, switch.
    const marks = new Map<string, Promise<number | null>>();
    const nodeCpu0 = process.cpuUsage();
    const { result: s, peakMb } = await withPeakRss(() =>
      loadGraphStream(
        driver,
        database,
        { plans: g.plans, nodes: g.nodes(), edges: g.edges(), counts: g.counts },
        {
          hash: `synthetic-${edges}`,
          batchSize,
          onProgress: (p) => {
            if (['nodes', 'edges', 'switch'].includes(p.phase) && !marks.has(p.phase)) {
              marks.set(p.phase, neo4jCpuSeconds(driver, database));
            }
          },
        },
      ),
    );
    const nodeCpu = process.cpuUsage(nodeCpu0);
    const mark = (phase: string) => marks.get(phase) ?? Promise.resolve(null);
    const [m0, m1, m2] = await Promise.all([mark('nodes'), mark('edges'), mark('switch')]);
    const loaderNodeCpuUs = perRowUs(m0, m1, s.nodes);
    const loaderEdgeCpuUs = perRowUs(m1, m2, s.edges);
    const nodesPerS = s.nodes / (s.timings.nodesMs / 1000);
    const edgesPerS = s.edges / (s.timings.edgesMs / 1000);
    rows.push(
      { name: `load ${size}: total`, value: s.timings.totalMs / 1000, unit: 's', note: phases(s) },
      { name: `load ${size}: Node peak RSS`, value: peakMb, unit: 'MB' },
      {
        name: `load ${size}: nodes`,
        value: nodesPerS,
        unit: 'nodes/s',
        note: `ceiling ${Math.round(top.nodesPerS)}/s, with schema ${Math.round(schema.nodesPerS)}/s`,
      },
      {
        name: `load ${size}: nodes vs ceiling`,
        value: nodesPerS / top.nodesPerS,
        unit: 'ratio',
        note: 'goal >= 0.5',
      },
      {
        name: `load ${size}: nodes vs schema ceiling`,
        value: nodesPerS / schema.nodesPerS,
        unit: 'ratio',
        note: 'same statements, indexes and constraint',
      },
      {
        name: `load ${size}: rels`,
        value: edgesPerS,
        unit: 'rels/s',
        note: `ceiling ${Math.round(top.edgesPerS)}/s, with schema ${Math.round(schema.edgesPerS)}/s`,
      },
      {
        name: `load ${size}: rels vs ceiling`,
        value: edgesPerS / top.edgesPerS,
        unit: 'ratio',
        note: 'goal >= 0.5',
      },
      {
        name: `load ${size}: rels vs schema ceiling`,
        value: edgesPerS / schema.edgesPerS,
        unit: 'ratio',
        note: 'same statements, indexes and constraint',
      },
      ...cpuRows(size, 'node', loaderNodeCpuUs, top.nodeCpuUs, schema.nodeCpuUs),
      ...cpuRows(size, 'rel', loaderEdgeCpuUs, top.edgeCpuUs, schema.edgeCpuUs),
      {
        name: `load ${size}: Node CPU per row`,
        value: (nodeCpu.user + nodeCpu.system) / (s.nodes + s.edges),
        unit: 'us',
        note: 'validation, pinyin, JSON, batching (the loader process)',
      },
    );
  }
  const real =
    options.realGraph === undefined
      ? { graph: extractSeedGraph(), hash: hashPaths(GRAPH_INPUTS) }
      : options.realGraph;
  if (real) {
    // Twice: the first load also deletes the last synthetic graph; the second replaces a graph of
    // the real size, as `npm start` and `npm run load` do.
    const { graph, hash } = real;
    const first = await loadGraph(driver, database, graph, { hash, batchSize });
    const s = await loadGraph(driver, database, graph, { hash, batchSize });
    rows.push({
      name: `load real plans (${s.nodes} nodes / ${s.edges} rels)`,
      value: s.timings.totalMs / 1000,
      unit: 's',
      note: `goal < 3 s; ${phases(s)}; served after ${sec(s.timings.totalMs - s.timings.retireMs)}`,
    });
    rows.push({
      name: 'load real plans, replacing the largest synthetic graph',
      value: first.timings.totalMs / 1000,
      unit: 's',
      note: phases(first),
    });
  }
  rows.push({ name: 'load: machine load average at end', value: loadavg()[0] ?? 0, unit: '1-min' });
  return rows;
}

function cpuRows(
  size: string,
  what: string,
  loader: number | null,
  bare: number | null,
  schema: number | null,
): BenchRow[] {
  if (loader === null || bare === null || schema === null) return [];
  return [
    {
      name: `load ${size}: Neo4j CPU per ${what}`,
      value: loader,
      unit: 'us',
      note: `ceiling ${bare.toFixed(0)} us, with schema ${schema.toFixed(0)} us`,
    },
    {
      name: `load ${size}: ${what}s vs ceiling, by Neo4j CPU`,
      value: bare / loader,
      unit: 'ratio',
      note: 'goal >= 0.5; not swayed by other load',
    },
    { name: `load ${size}: ${what}s vs schema ceiling, by Neo4j CPU`, value: schema / loader, unit: 'ratio' },
  ];
}

const phases = (s: LoadSummary) =>
  `nodes ${sec(s.timings.nodesMs)}, rels ${sec(s.timings.edgesMs)}, index ${sec(s.timings.indexMs)}, ` +
  `retire ${sec(s.timings.retireMs + s.timings.cleanupMs)}`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
