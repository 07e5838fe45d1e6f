// The k shortest paths (GET /api/paths) from the row of cypher/queries/paths.cypher, shortest
// first and, among equal lengths, by their node ids. Pure.
import type { PathsResponse } from '../contract';
import { byCodePoint, toApiEdge, toApiNode, type EdgeRow, type NodeRow } from './rows';

export interface PathsRow {
  fromFound: boolean;
  toFound: boolean;
  paths: { nodes: NodeRow[]; edges: EdgeRow[] }[];
  [key: string]: unknown;
}

const sequence = (p: PathsResponse['paths'][number]): string =>
  [...p.order, ...p.edges.map((e) => e.type)].join('\u0000');

export function pathsAnswer(row: PathsRow): PathsResponse {
  const paths = row.paths.map((p) => {
    const nodes = p.nodes.map((n) => toApiNode(n));
    return { nodes, edges: p.edges.map(toApiEdge), hops: p.edges.length, order: nodes.map((n) => n.id) };
  });
  return { paths: paths.sort((a, b) => a.hops - b.hops || byCodePoint(sequence(a), sequence(b))) };
}
