// The row of cypher/queries/paths.cypher computed from the snapshot's graph: the k shortest paths
// between two nodes walking relationships in either direction (Yen's algorithm over breadth-first
// search; among equal lengths the first by node ids, as core/query/paths-answer orders them). Pure.
import type { RelType } from '../../../core/model/graph-model';
import type { GraphEdge } from '../../../core/model/interchange';
import type { PathsRow } from '../../../core/query/paths-answer';
import { byCodePoint } from '../../../core/query/rows';
import { edgeRow, incident, nodeRow, nodesOf, otherEnd, type GraphIndex } from './graph-index';

interface Walk {
  nodes: string[];
  edges: GraphEdge[];
}

const key = (w: Walk): string => [...w.nodes, ...w.edges.map((e) => e.type)].join('\u0000');

/**
 * The shortest walk avoiding some nodes and some edges (Yen's spur search) that comes first by its
 * node ids, then its types: distances to `to` by breadth-first search, then the smallest next step.
 */
const bfs = (
  g: GraphIndex,
  from: string,
  to: string,
  maxHops: number,
  types: readonly RelType[] | undefined,
  bannedNodes: ReadonlySet<string>,
  bannedEdges: ReadonlySet<GraphEdge>,
): Walk | null => {
  const steps = (id: string) =>
    incident(g, id, 'both', types).filter((e) => !bannedEdges.has(e) && !bannedNodes.has(otherEnd(e, id)));
  const dist = new Map<string, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= maxHops && frontier.length > 0 && !dist.has(from); d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const e of steps(id)) {
        const other = otherEnd(e, id);
        if (dist.has(other)) continue;
        dist.set(other, d);
        next.push(other);
      }
    frontier = next;
  }
  const length = dist.get(from);
  if (length === undefined) return null;
  const walk: Walk = { nodes: [from], edges: [] };
  for (let at = from, left = length; left > 0; left--) {
    const next = steps(at)
      .filter((e) => dist.get(otherEnd(e, at)) === left - 1)
      .sort((a, b) => byCodePoint(otherEnd(a, at), otherEnd(b, at)) || byCodePoint(a.type, b.type))[0];
    if (!next) return null;
    at = otherEnd(next, at);
    walk.nodes.push(at);
    walk.edges.push(next);
  }
  return walk;
};

/** Up to `k` loop-free walks from `from` to `to`, shortest first, each at most `maxHops` long. */
export const kShortestWalks = (
  g: GraphIndex,
  from: string,
  to: string,
  q: { k: number; maxHops: number; types?: readonly RelType[] },
): Walk[] => {
  if (!g.nodes.has(from) || !g.nodes.has(to) || from === to) return [];
  const first = bfs(g, from, to, q.maxHops, q.types, new Set(), new Set());
  if (!first) return [];
  const found: Walk[] = [first];
  const candidates: Walk[] = [];
  while (found.length < q.k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i]!;
      const rootNodes = last.nodes.slice(0, i + 1);
      const rootEdges = last.edges.slice(0, i);
      const bannedEdges = new Set<GraphEdge>();
      for (const p of found) {
        const edge = p.edges[i];
        if (edge && p.nodes.slice(0, i + 1).join('>') === rootNodes.join('>')) bannedEdges.add(edge);
      }
      const spurWalk = bfs(g, spur, to, q.maxHops - i, q.types, new Set(rootNodes.slice(0, -1)), bannedEdges);
      if (!spurWalk) continue;
      const walk = {
        nodes: [...rootNodes.slice(0, -1), ...spurWalk.nodes],
        edges: [...rootEdges, ...spurWalk.edges],
      };
      if (walk.edges.length <= q.maxHops && ![...found, ...candidates].some((w) => key(w) === key(walk)))
        candidates.push(walk);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.edges.length - b.edges.length || byCodePoint(key(a), key(b)));
    found.push(candidates.shift()!);
  }
  return found;
};

export function pathsRow(
  g: GraphIndex,
  q: { from: string; to: string; k: number; maxHops: number; types?: readonly RelType[] },
): PathsRow {
  return {
    fromFound: g.nodes.has(q.from),
    toFound: g.nodes.has(q.to),
    paths: kShortestWalks(g, q.from, q.to, q).map((w) => ({
      nodes: nodesOf(g, w.nodes).map(nodeRow),
      edges: w.edges.map(edgeRow),
    })),
  };
}
