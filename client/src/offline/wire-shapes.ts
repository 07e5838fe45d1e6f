// Interchange nodes and edges in the API's wire shapes (core/contract/), so that the
// offline answers are byte-for-byte the same kind of JSON the server sends. Pure.
import type { ApiEdge, ApiGraph, ApiNode, NodeSummary } from '../../../core/contract';
import type { GraphEdge, GraphNode } from '../../../core/model/interchange';

/** A node as traversals carry it: mentions left out to keep answers small (as the API does). */
export const toApiNode = (n: GraphNode, withMentions = false): ApiNode => ({
  id: n.id,
  label: n.label,
  name: n.name,
  nameEn: n.nameEn,
  aliases: n.aliases,
  plans: n.plans,
  ...(n.discovered !== undefined ? { discovered: n.discovered } : {}),
  ...(withMentions ? { mentions: n.mentions } : {}),
  ...(n.props ? { props: n.props } : {}),
});

export const toApiEdge = (e: GraphEdge): ApiEdge => ({
  type: e.type,
  source: e.source,
  target: e.target,
  basis: e.basis,
  ...(e.rule !== undefined ? { rule: e.rule } : {}),
  evidence: e.evidence,
  ...(e.props ? { props: e.props } : {}),
});

export const toSummary = (n: Pick<GraphNode, 'id' | 'label' | 'name' | 'nameEn'>): NodeSummary => ({
  id: n.id,
  label: n.label,
  name: n.name,
  nameEn: n.nameEn,
});

/** A graph-shaped answer from nodes and edges (duplicates by id removed, order kept). */
export const toApiGraph = (nodes: Iterable<GraphNode>, edges: Iterable<GraphEdge>): ApiGraph => {
  const seen = new Set<string>();
  const outNodes: ApiNode[] = [];
  for (const n of nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    outNodes.push(toApiNode(n));
  }
  return { nodes: outNodes, edges: [...edges].map(toApiEdge) };
};
