// Node details and neighbours (GET /api/nodes/:id, GET /api/nodes/:id/neighbors) from the rows of
// cypher/queries/node-details.cypher and neighbors.cypher. Pure.
import type { NeighborsResponse, NodeDetailsResponse } from '../contract';
import type { NodeId } from '../model/ids';
import { byCodePoint, toApiEdge, toApiNode, uniqueGraph, type EdgeRow, type NodeRow } from './rows';

/** Relationships whose evidence node details return; a hub's evidence beyond this is in /neighbors. */
export const MAX_EVIDENCE_EDGES = 500;

export type EvidenceRow = Omit<EdgeRow, 'basis' | 'rule'> & { evidenceJson: string };

export interface DetailsRow {
  node: NodeRow;
  neighborCounts: NodeDetailsResponse['neighborCounts'];
  evidence: EvidenceRow[];
  [key: string]: unknown;
}

export interface NeighborsRow {
  center: NodeRow;
  total: number;
  items: { node: NodeRow; edge: EdgeRow }[];
  [key: string]: unknown;
}

// The query orders evidence by type and text; source and target settle equal texts (one sentence
// can support two edges), so the order never depends on the store.
const byEvidence = (a: EvidenceRow, b: EvidenceRow): number =>
  byCodePoint(a.type, b.type) ||
  byCodePoint(a.evidenceJson, b.evidenceJson) ||
  byCodePoint(a.source, b.source) ||
  byCodePoint(a.target, b.target);

export function nodeDetailsAnswer(row: DetailsRow): NodeDetailsResponse {
  const evidence = [...row.evidence].sort(byEvidence).flatMap((e) => {
    const edge = toApiEdge({ ...e, basis: 'stated' });
    return edge.evidence.map((ev) => ({
      ...ev,
      edge: { type: edge.type, source: edge.source, target: edge.target },
    }));
  });
  const neighborCounts = [...row.neighborCounts].sort(
    (a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
  );
  return { node: toApiNode(row.node, { mentions: true }), evidence, neighborCounts };
}

export function neighborsAnswer(id: NodeId, row: NeighborsRow): NeighborsResponse {
  const center = toApiNode(row.center);
  const { nodes, edges } = uniqueGraph(
    [center, ...row.items.map((i) => toApiNode(i.node))],
    row.items.map((i) => toApiEdge(i.edge)),
  );
  return { center: id, nodes, edges, total: row.total, returned: row.items.length };
}
