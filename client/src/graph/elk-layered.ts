// The layered view as ELK's "layered" algorithm (Sugiyama: layering, crossing minimisation by layer
// sweeps, Brandes-Köpf placement) sees it: one box per node, label included, each box in the
// partition of its label's band (material -> component -> equipment -> domain). Pure: the graph in,
// centres out; ELK itself runs in the layout worker.
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { NodeLabel } from '../../../core/model/graph-model';
import { BAND, type Positions } from './layered-layout';

/** A node as drawn: its box with the label, and where the node's centre sits inside that box. */
export interface NodeBox {
  id: string;
  kind: NodeLabel;
  width: number;
  height: number;
  /** Centre of the node's shape from the box's top-left corner. */
  cx: number;
  cy: number;
}

export interface ElkLayeredOptions {
  /** Space between boxes in one layer (px). */
  nodeGap: number;
  /** Space between layers (px): room for the edges to fan out. */
  layerGap: number;
}

const DEFAULTS: ElkLayeredOptions = { nodeGap: 14, layerGap: 90 };

/**
 * The ELK graph of a layered view. Partitions keep the supply-chain order left to right; inside a
 * band ELK's own layering puts a component made of components in a layer of its own.
 */
export const elkGraph = (
  boxes: readonly NodeBox[],
  edges: readonly { source: string; target: string }[],
  options: Partial<ElkLayeredOptions> = {},
): ElkNode => {
  const o = { ...DEFAULTS, ...options };
  const ids = new Set(boxes.map((b) => b.id));
  const seen = new Set<string>();
  const kept = edges.filter((e) => {
    const key = `${e.source}>${e.target}`;
    if (e.source === e.target || !ids.has(e.source) || !ids.has(e.target) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.thoroughness': '10',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.spacing.nodeNode': String(o.nodeGap),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(o.layerGap),
      'elk.spacing.componentComponent': String(o.layerGap),
      'elk.separateConnectedComponents': 'true',
      'elk.aspectRatio': '1.6',
    },
    children: [...boxes]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((b) => ({
        id: b.id,
        width: b.width,
        height: b.height,
        layoutOptions: { 'elk.partitioning.partition': String(BAND[b.kind]) },
      })),
    edges: kept.map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  };
};

/** Node centres from ELK's answer (box corners) and the boxes' centre offsets. */
export const elkCentres = (
  laid: Record<string, { x: number; y: number }>,
  boxes: readonly NodeBox[],
): Positions => {
  const out: Positions = new Map();
  for (const b of boxes) {
    const at = laid[b.id];
    if (at) out.set(b.id, { x: at.x + b.cx, y: at.y + b.cy });
  }
  return out;
};

/** The corners of the laid-out children, as the worker sends them back. */
export const elkCorners = (laid: ElkNode): Record<string, { x: number; y: number }> =>
  Object.fromEntries((laid.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));

/**
 * A box estimated without a DOM (benchmarks, tests): the shape with its label beside it, CJK
 * characters one em wide and others about half.
 */
export const estimateBox = (
  id: string,
  kind: NodeLabel,
  label: string,
  size = 40,
  fontSize = 16,
): NodeBox => {
  let em = 0;
  for (const ch of label) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  const text = Math.min(190, em * fontSize);
  return {
    id,
    kind,
    width: size + 6 + text,
    height: Math.max(size, fontSize * 1.3),
    cx: size / 2,
    cy: Math.max(size, fontSize * 1.3) / 2,
  };
};
