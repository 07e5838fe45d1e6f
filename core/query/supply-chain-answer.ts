// A supply-chain trace (GET /api/supply-chain/:id) from the row of
// cypher/queries/supply-chain-{upstream,downstream}.cypher: the nodes by level then id, the edges in
// one fixed order, and each node's level. Pure.
import type { SupplyChainResponse } from '../contract';
import type { NodeId } from '../model/ids';
import { byCodePoint, byEdgeKey, toApiEdge, toApiNode, type EdgeRow, type NodeRow } from './rows';
import { traceLevels } from './trace-levels';

export interface TraceRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
  [key: string]: unknown;
}

export function supplyChainAnswer(
  root: NodeId,
  direction: SupplyChainResponse['direction'],
  depth: number,
  row: TraceRow,
): SupplyChainResponse {
  const edges = row.edges.map(toApiEdge).sort(byEdgeKey);
  const levels = traceLevels(root, edges, direction);
  // The store returns members in its own expansion order: nearest first, then by id, instead.
  const level = (id: string) => levels[id] ?? Number.MAX_SAFE_INTEGER;
  const nodes = row.nodes
    .map((n) => toApiNode(n))
    .sort((a, b) => level(a.id) - level(b.id) || byCodePoint(a.id, b.id));
  return { root, direction, depth, nodes, edges, levels, truncated: row.truncated };
}
