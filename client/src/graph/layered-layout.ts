// Left-to-right layered positions for chains (material -> component -> equipment -> domain),
// computed in plain code so a trace is placed at once and applied with Cytoscape's `preset`.
import type { NodeLabel } from '../../../core/model/graph-model';

export interface LayeredInput {
  nodes: readonly { id: string; kind: NodeLabel }[];
  edges: readonly { source: string; target: string }[];
}

export interface LayeredOptions {
  columnGap: number;
  rowGap: number;
  /** Barycentre sweeps to reduce crossings. */
  sweeps: number;
  /** Rows before a column folds into another sub-column. */
  maxRows: number;
  /** Distance between the sub-columns of one folded column. */
  foldGap: number;
}

export type Positions = Map<string, { x: number; y: number }>;

/**
 * rowGap: the tallest node (a 56 px domain hexagon) plus a label wrapped to three lines below it;
 * at 64 neighbours in a column overlapped (impact view, English tours).
 */
const DEFAULTS: LayeredOptions = { columnGap: 300, rowGap: 108, sweeps: 4, maxRows: 14, foldGap: 250 };

/** Band of each label, upstream first; labels outside the supply chain sit beside their neighbours. */
export const BAND: Record<NodeLabel, number> = {
  Department: 0,
  Measure: 1,
  Material: 2,
  Technology: 3,
  Component: 3,
  Equipment: 4,
  Domain: 5,
  Plan: 6,
  Target: 7,
};

/** Longest-path rank inside one band (components made of components get columns of their own). */
const rankWithinBands = (input: LayeredInput): Map<string, number> => {
  const band = new Map(input.nodes.map((n) => [n.id, BAND[n.kind]]));
  const inner = input.edges.filter(
    (e) => e.source !== e.target && band.has(e.source) && band.get(e.source) === band.get(e.target),
  );
  const rank = new Map<string, number>(input.nodes.map((n) => [n.id, 0]));
  // Bellman-Ford style relaxation, bounded so that a cycle cannot loop forever.
  for (let rounds = input.nodes.length; rounds > 0; rounds--) {
    let changed = false;
    for (const e of inner) {
      const next = (rank.get(e.source) ?? 0) + 1;
      if (next > (rank.get(e.target) ?? 0) && next < input.nodes.length) {
        rank.set(e.target, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rank;
};

/** Column of every node: bands in order, each as wide as its deepest inner chain; empty bands vanish. */
export const layerColumns = (input: LayeredInput): Map<string, number> => {
  const inner = rankWithinBands(input);
  const width = new Map<number, number>();
  for (const n of input.nodes)
    width.set(BAND[n.kind], Math.max(width.get(BAND[n.kind]) ?? 0, (inner.get(n.id) ?? 0) + 1));
  const start = new Map<number, number>();
  let col = 0;
  for (const b of [...width.keys()].sort((a, z) => a - z)) {
    start.set(b, col);
    col += width.get(b) ?? 1;
  }
  return new Map(input.nodes.map((n) => [n.id, (start.get(BAND[n.kind]) ?? 0) + (inner.get(n.id) ?? 0)]));
};

/**
 * Positions for a layered drawing, columns left to right, each column centred on y = 0.
 * @example layeredLayout({ nodes: [{id:'m', kind:'Material'}, {id:'e', kind:'Equipment'}], edges: [{source:'m', target:'e'}] })
 */
export const layeredLayout = (input: LayeredInput, options: Partial<LayeredOptions> = {}): Positions => {
  const o = { ...DEFAULTS, ...options };
  const column = layerColumns(input);
  const columns = new Map<number, string[]>();
  for (const n of input.nodes) {
    const c = column.get(n.id) ?? 0;
    columns.set(c, [...(columns.get(c) ?? []), n.id]);
  }
  const order = [...columns.keys()].sort((a, z) => a - z);
  const neighbours = new Map<string, string[]>();
  for (const e of input.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const index = new Map<string, number>();
  const reindex = (): void => {
    // Centred rows, so that columns of different heights compare on one scale.
    for (const ids of columns.values()) ids.forEach((id, i) => index.set(id, i - (ids.length - 1) / 2));
  };
  for (const ids of columns.values()) ids.sort();
  reindex();
  // Alternate left-to-right and right-to-left sweeps ordering each column by the mean row of its
  // neighbours (the barycentre heuristic): few crossings, cheap at thousands of nodes.
  for (let s = 0; s < o.sweeps; s++) {
    const seq = s % 2 === 0 ? order : [...order].reverse();
    for (const c of seq) {
      const ids = columns.get(c) ?? [];
      const bary = new Map(
        ids.map((id) => {
          const ns = (neighbours.get(id) ?? []).filter((n) => column.get(n) !== c);
          const mean = ns.length
            ? ns.reduce((sum, n) => sum + (index.get(n) ?? 0), 0) / ns.length
            : (index.get(id) ?? 0);
          return [id, mean];
        }),
      );
      ids.sort((a, z) => (bary.get(a) ?? 0) - (bary.get(z) ?? 0) || a.localeCompare(z));
      reindex();
    }
  }
  // A column taller than `maxRows` folds into side-by-side sub-columns (filled top to bottom, then
  // the next), alternate ones shifted by half a row so that their labels interleave: a long list of
  // components stays readable instead of shrinking the whole drawing to fit its height.
  const positions: Positions = new Map();
  let x = 0;
  order.forEach((c, ci) => {
    const ids = columns.get(c) ?? [];
    const folds = Math.max(1, Math.ceil(ids.length / o.maxRows));
    const rows = Math.ceil(ids.length / folds);
    if (ci > 0) x += o.columnGap;
    ids.forEach((id, i) => {
      const fold = Math.floor(i / rows);
      const row = i % rows;
      const inFold = Math.min(rows, ids.length - fold * rows);
      positions.set(id, {
        x: x + fold * o.foldGap,
        y: (row - (inFold - 1) / 2) * o.rowGap + (fold % 2 ? o.rowGap / 2 : 0),
      });
    });
    x += (folds - 1) * o.foldGap;
  });
  return positions;
};
