// Node details and neighbours from the snapshot, as /api/nodes/:id and /api/nodes/:id/neighbors
// answer. Pure.
import type { NeighborsResponse, NodeDetailsResponse } from '../../../core/contract';
import type { RelType } from '../../../core/model/graph-model';
import type { NodeId } from '../../../core/model/ids';
import { incident, otherEnd, type GraphIndex } from './graph-index';
import { toApiGraph, toApiNode } from './wire-shapes';

export const nodeDetails = (g: GraphIndex, id: NodeId): NodeDetailsResponse | null => {
  const node = g.nodes.get(id);
  if (!node) return null;
  const edges = incident(g, id, 'both');
  const counts = new Map<string, { type: RelType; direction: 'in' | 'out'; count: number }>();
  for (const e of edges) {
    const direction = e.source === id ? 'out' : 'in';
    const k = `${e.type}|${direction}`;
    const c = counts.get(k) ?? { type: e.type, direction, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  return {
    node: toApiNode(node, true),
    evidence: edges.flatMap((e) =>
      e.evidence.map((ev) => ({ ...ev, edge: { type: e.type, source: e.source, target: e.target } })),
    ),
    neighborCounts: [...counts.values()],
  };
};

export const neighbours = (
  g: GraphIndex,
  id: NodeId,
  q: { types?: readonly RelType[]; direction: 'in' | 'out' | 'both'; limit: number },
): NeighborsResponse | null => {
  const center = g.nodes.get(id);
  if (!center) return null;
  const edges = incident(g, id, q.direction, q.types);
  const others = [...new Set(edges.map((e) => otherEnd(e, id)))].sort();
  const kept = new Set(others.slice(0, q.limit));
  return {
    ...toApiGraph(
      [center, ...[...kept].flatMap((o) => g.nodes.get(o) ?? [])],
      edges.filter((e) => kept.has(otherEnd(e, id))),
    ),
    center: id,
    total: others.length,
    returned: kept.size,
  };
};
