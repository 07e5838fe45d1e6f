// Several graph-shaped answers as one (nodes and edges deduplicated by id). Pure.
import type { WireEdge, WireGraph, WireNode } from '../api/wire';

export const mergeAnswers = (gs: readonly Pick<WireGraph, 'nodes' | 'edges'>[]): WireGraph => {
  const nodes = new Map<string, WireNode>();
  const edges = new Map<string, WireEdge>();
  for (const g of gs) {
    for (const n of g.nodes) nodes.set(n.id, { ...nodes.get(n.id), ...n });
    for (const e of g.edges) edges.set(`${e.type}|${e.source}|${e.target}`, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
};
