// k shortest paths between two nodes (Yen's algorithm over breadth-first search), walking
// relationships in either direction, as /api/paths answers. Pure.
import type { PathsResponse } from '../../../core/contract';
import type { RelType } from '../../../core/model/graph-model';
import type { NodeId } from '../../../core/model/ids';
import type { GraphEdge } from '../../../core/model/interchange';
import { incident, otherEnd, type GraphIndex } from './graph-index';
import { toApiGraph } from './wire-shapes';

interface Walk {
  nodes: string[];
  edges: GraphEdge[];
}

/** Shortest walk by BFS avoiding some nodes and some edges (Yen's spur search). */
const bfs = (
  g: GraphIndex,
  from: string,
  to: string,
  maxHops: number,
  types: readonly RelType[] | undefined,
  bannedNodes: ReadonlySet<string>,
  bannedEdges: ReadonlySet<GraphEdge>,
): Walk | null => {
  const via = new Map<string, { prev: string; edge: GraphEdge } | null>([[from, null]]);
  let frontier = [from];
  for (let d = 0; d < maxHops && frontier.length > 0 && !via.has(to); d++) {
    const next: string[] = [];
    // Sorted neighbours keep the answer deterministic for equal lengths.
    for (const id of frontier)
      for (const e of incident(g, id, 'both', types).sort((a, b) =>
        otherEnd(a, id).localeCompare(otherEnd(b, id)),
      )) {
        const other = otherEnd(e, id);
        if (via.has(other) || bannedNodes.has(other) || bannedEdges.has(e)) continue;
        via.set(other, { prev: id, edge: e });
        next.push(other);
      }
    frontier = next;
  }
  if (!via.has(to)) return null;
  const walk: Walk = { nodes: [to], edges: [] };
  for (let step = via.get(to); step; step = via.get(step.prev)) {
    walk.nodes.unshift(step.prev);
    walk.edges.unshift(step.edge);
  }
  return walk;
};

const key = (w: Walk): string => w.nodes.join('>');

/** Up to `k` loop-free walks from `from` to `to`, shortest first, each at most `maxHops` long. */
export const kShortestWalks = (
  g: GraphIndex,
  from: string,
  to: string,
  q: { k: number; maxHops: number; types?: readonly RelType[] },
): Walk[] => {
  if (!g.nodes.has(from) || !g.nodes.has(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
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
    candidates.sort((a, b) => a.edges.length - b.edges.length || key(a).localeCompare(key(b)));
    found.push(candidates.shift()!);
  }
  return found;
};

export const paths = (
  g: GraphIndex,
  q: { from: NodeId; to: NodeId; k: number; maxHops: number; types?: readonly RelType[] },
): PathsResponse => ({
  paths: kShortestWalks(g, q.from, q.to, q).map((w) => ({
    ...toApiGraph(
      w.nodes.flatMap((id) => {
        const n = g.nodes.get(id);
        return n ? [n] : [];
      }),
      w.edges,
    ),
    hops: w.edges.length,
    order: w.nodes as NodeId[],
  })),
});
