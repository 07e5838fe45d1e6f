// The k shortest paths (GET /api/paths) from the row of cypher/queries/paths.cypher (or, for one
// path, paths-all-shortest.cypher), shortest first and, among equal lengths, by their node ids, then
// their relationship types; at most k. A path that passes through a node twice is dropped: Cypher's
// SHORTEST k only keeps relationships from repeating, and a walk around a loop is no route between
// two things (the server asks for more candidates than k so that k loop-free ones remain). Pure.
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

/** How many SHORTEST candidates the server asks for so that k loop-free paths survive the filter. */
export const pathCandidates = (k: number): number => (k === 1 ? 1 : Math.min(k * 4, 20));

const loopFree = (p: PathsRow['paths'][number]): boolean =>
  new Set(p.nodes.map((n) => n.id)).size === p.nodes.length;

export function pathsAnswer(row: PathsRow, k: number): PathsResponse {
  const paths = row.paths.filter(loopFree).map((p) => {
    const nodes = p.nodes.map((n) => toApiNode(n));
    return { nodes, edges: p.edges.map(toApiEdge), hops: p.edges.length, order: nodes.map((n) => n.id) };
  });
  paths.sort((a, b) => a.hops - b.hops || byCodePoint(sequence(a), sequence(b)));
  return { paths: paths.slice(0, k) };
}
