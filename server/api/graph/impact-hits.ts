// Assembles the impact answer from one shortest path per hit: the equipment and domains hit, each
// with its path, and the union of the paths as one graph. Pure.
import type { ApiEdge, ApiNode, ImpactResponse, NodeSummary } from '../contract';
import { uniqueGraph } from '../wire/rows';

export interface ImpactPath {
  hit: NodeSummary;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export function impactAnswer(
  root: ApiNode['id'],
  paths: readonly ImpactPath[],
  limit: number,
): ImpactResponse {
  const kept = paths.slice(0, limit);
  const hits = kept.map((p) => ({ ...p.hit, hops: p.edges.length, path: p.nodes.map((n) => n.id) }));
  const byHops = (a: { hops: number; id: string }, b: { hops: number; id: string }) =>
    a.hops - b.hops || a.id.localeCompare(b.id);
  const graph = uniqueGraph(
    kept.flatMap((p) => p.nodes),
    kept.flatMap((p) => p.edges),
  );
  return {
    root,
    equipment: hits.filter((h) => h.label === 'Equipment').sort(byHops),
    domains: hits.filter((h) => h.label === 'Domain').sort(byHops),
    ...graph,
    truncated: paths.length > limit,
  };
}
