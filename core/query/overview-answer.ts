// The opening view (GET /api/overview) from the row of cypher/queries/overview.cypher: at most
// `limit` nodes (the largest domains, each with its best-connected equipment) and the edges among
// them. Pure.
import type { ApiGraph } from '../contract';
import { byEdgeKey, toApiEdge, toApiNode, type EdgeRow, type NodeRow } from './rows';

/** Equipment shown per domain; a domain and its members take PER_DOMAIN + 1 of the limit. */
export const OVERVIEW_PER_DOMAIN = 4;

export interface OverviewRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  [key: string]: unknown;
}

/** The query's parameters for a node limit. */
export const overviewParams = (limit: number): { domains: number; perDomain: number } => ({
  domains: Math.ceil(limit / (OVERVIEW_PER_DOMAIN + 1)),
  perDomain: OVERVIEW_PER_DOMAIN,
});

export function overviewAnswer(row: OverviewRow | undefined, limit: number): ApiGraph {
  const nodes = (row?.nodes ?? []).map((n) => toApiNode(n)).slice(0, limit);
  const kept = new Set<string>(nodes.map((n) => n.id));
  const edges = (row?.edges ?? [])
    .map(toApiEdge)
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .sort(byEdgeKey);
  return { nodes, edges };
}
