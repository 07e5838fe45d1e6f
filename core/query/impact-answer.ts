// Assembles the impact answer (GET /api/impact/:id) from the row of cypher/queries/impact.cypher:
// one shortest path per hit (the first by node ids among equal ones), the equipment and domains hit,
// each with its path, and the union of the paths as one graph. Pure.
import type { ApiEdge, ApiNode, ImpactResponse, NodeSummary } from '../contract';
import {
  byCodePoint,
  toApiEdge,
  toApiNode,
  toNodeSummary,
  uniqueGraph,
  type EdgeRow,
  type NodeRow,
} from './rows';

export interface ImpactRow {
  hits: { node: NodeRow; nodes: NodeRow[]; edges: EdgeRow[] }[];
  [key: string]: unknown;
}

export interface ImpactPath {
  hit: NodeSummary;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export const impactPaths = (row: ImpactRow): ImpactPath[] =>
  row.hits.map((h) => ({
    hit: toNodeSummary(h.node),
    nodes: h.nodes.map((n) => toApiNode(n)),
    edges: h.edges.map(toApiEdge),
  }));

export function impactAnswer(
  root: ApiNode['id'],
  paths: readonly ImpactPath[],
  limit: number,
): ImpactResponse {
  const byHops = (a: { hops: number; id: string }, b: { hops: number; id: string }) =>
    a.hops - b.hops || byCodePoint(a.id, b.id);
  // Nearest hits first, then by id: the union graph below is then built in one fixed order too.
  const kept = paths
    .slice(0, limit)
    .sort((a, b) => byHops({ hops: a.edges.length, id: a.hit.id }, { hops: b.edges.length, id: b.hit.id }));
  const hits = kept.map((p) => ({ ...p.hit, hops: p.edges.length, path: p.nodes.map((n) => n.id) }));
  const graph = uniqueGraph(
    kept.flatMap((p) => p.nodes),
    kept.flatMap((p) => p.edges),
  );
  return {
    root,
    equipment: hits.filter((h) => h.label === 'Equipment'),
    domains: hits.filter((h) => h.label === 'Domain'),
    ...graph,
    truncated: paths.length > limit,
  };
}
