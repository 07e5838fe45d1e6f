// Figures for the analysis modes: the offline snapshot's in-memory queries over the real extracted graph, the
// layered layout of the whole supply chain, and the snapshot file (build time, size, time to the
// first graph from file:// in headless Chromium). Returns rows; prints nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractSeedGraph } from '../../server/cli/seed-graph';
import { main as snapshot } from '../../server/cli/snapshot';
import type { SupplyChainResponse } from '../../core/contract';
import type { SnapshotData } from '../../core/query/snapshot-data';
import { answer } from '../../client/src/api/offline-api';
import { indexGraph } from '../../client/src/offline/graph-index';
import ELK from 'elkjs/lib/elk.bundled.js';
import { edgeCrossings } from '../../client/src/graph/edge-crossings';
import { elkCentres, elkCorners, elkGraph, estimateBox } from '../../client/src/graph/elk-layered';
import { layeredLayout } from '../../client/src/graph/layered-layout';
import { chainCore } from '../../client/src/analysis/chain-core';
import { mergeAnswers } from '../../client/src/analysis/merge-answers';
import { launchBrowser } from '../helpers/browser';
import type { BenchRow } from './bench-table';

/** Median wall time of `fn` in milliseconds over `runs` runs (after one warm-up). */
const median = (runs: number, fn: () => unknown): number => {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
};

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export async function benchModes(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const graph = extractSeedGraph();
  const g = indexGraph(graph);
  const data: SnapshotData = { format: 1, builtAt: '', graph, texts: {}, pinyin: {}, tours: [] };
  const ask = (path: string, query = '') => answer(g, data, path, new URLSearchParams(query));
  const note = `${graph.nodes.length} nodes, ${graph.edges.length} edges`;
  rows.push({
    name: 'offline: index the graph',
    value: round(median(20, () => indexGraph(graph))),
    unit: 'ms',
    note,
  });
  rows.push({
    name: 'offline: impact of CT球管',
    value: round(median(50, () => ask('/impact/component:ct-tube', 'limit=200'))),
    unit: 'ms',
  });
  rows.push({
    name: 'offline: bottlenecks (all parts and materials)',
    value: round(median(10, () => ask('/bottlenecks', 'limit=50'))),
    unit: 'ms',
  });
  rows.push({
    name: 'offline: 3 shortest paths membrane -> life support',
    value: round(
      median(20, () =>
        ask(
          '/paths',
          'from=material:hollow-fiber-membrane&to=domain:monitoring-life-support-equipment&k=3&maxHops=6',
        ),
      ),
    ),
    unit: 'ms',
  });
  rows.push({
    name: 'offline: search "CT"',
    value: round(median(50, () => ask('/search', 'q=CT&limit=10'))),
    unit: 'ms',
  });
  rows.push({
    name: 'offline: responsibility matrix',
    value: round(median(10, () => ask('/responsibilities', 'limit=2000'))),
    unit: 'ms',
  });

  // The whole chain as supply-chain mode draws it: every domain's upstream chain, its core, laid out.
  const domains = [...g.nodes.values()].filter((n) => n.label === 'Domain');
  const whole = chainCore(
    mergeAnswers(
      domains.map(
        (d) => ask(`/supply-chain/${d.id}`, 'direction=upstream&depth=6&limit=2000') as SupplyChainResponse,
      ),
    ),
  );
  const input = { nodes: whole.nodes.map((n) => ({ id: n.id, kind: n.label })), edges: whole.edges };
  rows.push({
    name: 'layered layout: whole supply chain',
    value: round(median(20, () => layeredLayout(input))),
    unit: 'ms',
    note: `${whole.nodes.length} nodes, ${whole.edges.length} edges; goal: well under a second`,
  });
  // Edge crossings of the whole chain, straight edges between centres: the in-code layering (the
  // fallback) against ELK layered (what the page draws; boxes estimated from the English names).
  rows.push({
    name: 'whole chain: edge crossings, in-code layering (fallback)',
    value: edgeCrossings(layeredLayout(input), whole.edges),
    unit: 'crossings',
  });
  const boxes = whole.nodes.map((n) => estimateBox(n.id, n.label, n.nameEn || n.name));
  const elk = new ELK();
  await elk.layout(elkGraph(boxes, whole.edges)); // warm-up: ELK's first run compiles its code
  const t0 = performance.now();
  const laid = await elk.layout(elkGraph(boxes, whole.edges));
  const elkMs = performance.now() - t0;
  rows.push({
    name: 'whole chain: edge crossings, ELK layered',
    value: edgeCrossings(elkCentres(elkCorners(laid), boxes), whole.edges),
    unit: 'crossings',
    note: `ELK run ${round(elkMs)} ms (in the layout worker on the page); ${round(laid.width ?? 0)} x ${round(laid.height ?? 0)} px`,
  });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-bench-snapshot-'));
  try {
    const file = path.join(dir, 'atlas.html');
    const t0 = performance.now();
    await snapshot(['--out', file, '--quiet']);
    rows.push({
      name: 'snapshot: build (extract + vite + inline)',
      value: round((performance.now() - t0) / 1000, 1),
      unit: 's',
    });
    rows.push({ name: 'snapshot: file size', value: round(fs.statSync(file).size / 1e6, 2), unit: 'MB' });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const t1 = performance.now();
      await page.goto(`${pathToFileURL(file).href}#lang=zh`);
      await page.waitForFunction(() => document.body.dataset.graphDrawn === 'true', null, {
        timeout: 30_000,
      });
      rows.push({
        name: 'snapshot: file:// open to first graph drawn',
        value: Math.round(performance.now() - t1),
        unit: 'ms',
        note: 'headless Chromium, no network',
      });
    } finally {
      await browser.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
