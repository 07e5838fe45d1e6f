// The rows of the supply-chain queries, computed from the snapshot's graph: a trace
// (supply-chain-{upstream,downstream}.cypher), impact (impact.cypher), bottlenecks (bottlenecks.cypher)
// and what measures reach (measure-reach.cypher). Pure.
import { SUPPLY_CHAIN_TYPES, type NodeLabel } from '../../../core/model/graph-model';
import type { GraphEdge } from '../../../core/model/interchange';
import type { BottleneckRow } from '../../../core/query/bottlenecks-answer';
import type { ImpactRow } from '../../../core/query/impact-answer';
import type { MeasureReachRow } from '../../../core/query/responsibility-matrix';
import { byCodePoint, type NodeRow } from '../../../core/query/rows';
import type { TraceRow } from '../../../core/query/supply-chain-answer';
import { edgeRow, incident, nodeRow, nodesOf, type GraphIndex } from './graph-index';

/** The hops the impact and bottleneck queries walk at most (`*1..8`). */
const CHAIN_HOPS = 8;

type Direction = 'upstream' | 'downstream';

const step = (g: GraphIndex, id: string, direction: Direction): string[] =>
  direction === 'downstream'
    ? incident(g, id, 'out', SUPPLY_CHAIN_TYPES).map((e) => e.target)
    : incident(g, id, 'in', SUPPLY_CHAIN_TYPES).map((e) => e.source);

/**
 * Every node 1 to `depth` supply-chain hops from `root` (`(x)-[...*1..depth]->(m)`, DISTINCT m),
 * nearest first, with its distance; `root` itself only when a cycle leads back to it.
 */
export function reach(g: GraphIndex, root: string, direction: Direction, depth: number): Map<string, number> {
  const found = new Map<string, number>();
  let frontier = [root];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const other of step(g, id, direction))
        if (!found.has(other)) {
          found.set(other, d);
          if (other !== root) next.push(other);
        }
    frontier = next;
  }
  return found;
}

const summaryRow = (g: GraphIndex, id: string): NodeRow[] => nodesOf(g, [id]).map(nodeRow);

export function traceRow(
  g: GraphIndex,
  root: string,
  direction: Direction,
  depth: number,
  limit: number,
): TraceRow {
  const found = [...reach(g, root, direction, depth).keys()];
  const members = [...found.slice(0, limit), root];
  const inside = new Set(members);
  const edges = members.flatMap((a) =>
    incident(g, a, 'out', SUPPLY_CHAIN_TYPES)
      .filter((e) => inside.has(e.target))
      .map(edgeRow),
  );
  return { nodes: members.flatMap((id) => summaryRow(g, id)), edges, truncated: found.length > limit };
}

/**
 * The shortest path from `from` to `to` along the supply chain that comes first by its node ids,
 * then by its relationship types: what impact.cypher keeps of allShortestPaths.
 */
function firstShortestPath(g: GraphIndex, from: string, to: string): GraphEdge[] {
  const toTarget = reach(g, to, 'upstream', CHAIN_HOPS);
  const length = toTarget.get(from);
  if (length === undefined) return [];
  const path: GraphEdge[] = [];
  let at = from;
  for (let left = length; left > 0; left--) {
    const onPath = incident(g, at, 'out', SUPPLY_CHAIN_TYPES).filter((e) =>
      left === 1 ? e.target === to : toTarget.get(e.target) === left - 1 && e.target !== to,
    );
    const next = onPath.sort((a, b) => byCodePoint(a.target, b.target) || byCodePoint(a.type, b.type))[0];
    if (!next) return [];
    path.push(next);
    at = next.target;
  }
  return path;
}

const HIT_LABELS: readonly NodeLabel[] = ['Equipment', 'Domain'];

/** `limit` is the query's: one more than the answer keeps. */
export function impactRow(g: GraphIndex, root: string, limit: number): ImpactRow {
  const hits = nodesOf(g, reach(g, root, 'downstream', CHAIN_HOPS).keys())
    .filter((n) => HIT_LABELS.includes(n.label))
    .slice(0, limit);
  return {
    hits: hits.flatMap((m) => {
      const edges = firstShortestPath(g, root, m.id);
      if (edges.length === 0) return [];
      return [
        {
          node: nodeRow(m),
          nodes: [root, ...edges.map((e) => e.target)].flatMap((id) => summaryRow(g, id)),
          edges: edges.map(edgeRow),
        },
      ];
    }),
  };
}

export function bottleneckRows(g: GraphIndex, labels: readonly string[], limit: number): BottleneckRow[] {
  return [...g.nodes.values()]
    .filter((p) => labels.includes(p.label))
    .map((p) => {
      const hit = nodesOf(g, reach(g, p.id, 'downstream', CHAIN_HOPS).keys());
      const equipment = hit.filter((d) => d.label === 'Equipment').length;
      const domains = hit.filter((d) => d.label === 'Domain').length;
      return { node: nodeRow(p), equipment, domains, score: equipment + domains };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.equipment - a.equipment || byCodePoint(a.node.id, b.node.id))
    .slice(0, limit);
}

/** What each measure TARGETS and what that flows into within 6 hops, by id, at most `maxReach`. */
export function measureReachRows(
  g: GraphIndex,
  measures: readonly string[],
  maxReach: number,
): MeasureReachRow[] {
  return measures.flatMap((measure) => {
    if (!g.nodes.has(measure)) return [];
    const seen = new Set<string>();
    for (const t of incident(g, measure, 'out', ['TARGETS'])) {
      seen.add(t.target);
      for (const id of reach(g, t.target, 'downstream', 6).keys()) seen.add(id);
    }
    const ids = [...seen].sort(byCodePoint).slice(0, maxReach);
    return [{ measure, reaches: ids.flatMap((id) => summaryRow(g, id)) }];
  });
}
