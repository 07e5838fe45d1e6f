// Supply chain, impact and bottlenecks over the interchange graph (USED_IN, PART_OF, IN_DOMAIN,
// written upstream -> downstream), answering as /api/supply-chain, /api/impact, /api/bottlenecks do.
import type { BottlenecksResponse, ImpactResponse, SupplyChainResponse } from '../../../core/contract';
import { LIMITS } from '../../../core/contract';
import { SUPPLY_CHAIN_TYPES, type NodeLabel } from '../../../core/model/graph-model';
import type { GraphNode } from '../../../core/model/interchange';
import type { NodeId } from '../../../core/model/ids';
import { edgesAmong, incident, otherEnd, type GraphIndex } from './graph-index';
import { toApiGraph, toSummary } from './wire-shapes';

export interface Reach {
  /** Hops from the root (shortest), root included at 0. */
  hops: Map<string, number>;
  /** The node each one was first reached from (breadth-first tree), for paths. */
  parent: Map<string, string>;
  truncated: boolean;
}

/**
 * Breadth-first walk along the supply chain from `root`, upstream (against the arrows) or
 * downstream (with them), at most `depth` hops and `limit` nodes.
 */
export const walkChain = (
  g: GraphIndex,
  root: string,
  direction: 'upstream' | 'downstream',
  depth: number,
  limit: number,
): Reach => {
  const hops = new Map<string, number>([[root, 0]]);
  const parent = new Map<string, string>();
  let frontier = [root];
  let truncated = false;
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of incident(g, id, direction === 'upstream' ? 'in' : 'out', SUPPLY_CHAIN_TYPES)) {
        const other = otherEnd(e, id);
        if (hops.has(other)) continue;
        if (hops.size >= limit) {
          truncated = true;
          continue;
        }
        hops.set(other, d);
        parent.set(other, id);
        next.push(other);
      }
    }
    frontier = next;
  }
  return { hops, parent, truncated };
};

const nodesOf = (g: GraphIndex, ids: Iterable<string>): GraphNode[] =>
  [...ids].flatMap((id) => {
    const n = g.nodes.get(id);
    return n ? [n] : [];
  });

/** The Cypher of impact and bottlenecks walks at most 8 hops (`*1..8`); the offline walk stops there too. */
const CHAIN_HOPS = 8;

export const supplyChain = (
  g: GraphIndex,
  root: NodeId,
  q: { direction: 'upstream' | 'downstream'; depth: number; limit: number },
): SupplyChainResponse => {
  // `limit` nodes besides the root, as the server keeps (the walk's count includes the root).
  const reach = walkChain(g, root, q.direction, q.depth, q.limit + 1);
  const ids = new Set(reach.hops.keys());
  return {
    ...toApiGraph(nodesOf(g, ids), edgesAmong(g, ids, SUPPLY_CHAIN_TYPES)),
    root,
    direction: q.direction,
    depth: q.depth,
    levels: Object.fromEntries(reach.hops),
    truncated: reach.truncated,
  };
};

const pathTo = (reach: Reach, id: string): NodeId[] => {
  const path = [id];
  for (let at = reach.parent.get(id); at !== undefined; at = reach.parent.get(at)) path.unshift(at);
  return path as NodeId[];
};

/** Everything downstream of an unavailable node: the equipment and domains it hits, with a path to each. */
export const impact = (g: GraphIndex, root: NodeId, q: { limit: number }): ImpactResponse => {
  const reach = walkChain(g, root, 'downstream', CHAIN_HOPS, q.limit + 1);
  const ids = new Set(reach.hops.keys());
  const hits = (label: NodeLabel) =>
    nodesOf(g, ids)
      .filter((n) => n.label === label && n.id !== root)
      .map((n) => ({ ...toSummary(n), hops: reach.hops.get(n.id) ?? 0, path: pathTo(reach, n.id) }))
      .sort((a, b) => a.hops - b.hops || a.name.localeCompare(b.name, 'zh'));
  return {
    ...toApiGraph(nodesOf(g, ids), edgesAmong(g, ids, SUPPLY_CHAIN_TYPES)),
    root,
    equipment: hits('Equipment'),
    domains: hits('Domain'),
    truncated: reach.truncated,
  };
};

/** Parts and materials ranked by the distinct equipment and domains downstream of them. */
export const bottlenecks = (
  g: GraphIndex,
  q: { limit: number; labels?: readonly ('Component' | 'Material')[] },
): BottlenecksResponse => {
  const labels: readonly NodeLabel[] = q.labels && q.labels.length > 0 ? q.labels : ['Component', 'Material'];
  const items = [...g.nodes.values()]
    .filter((n) => labels.includes(n.label))
    .map((n) => {
      const reach = walkChain(g, n.id, 'downstream', CHAIN_HOPS, LIMITS.impact.max);
      const hit = nodesOf(g, reach.hops.keys());
      const equipment = hit.filter((m) => m.label === 'Equipment').length;
      const domains = hit.filter((m) => m.label === 'Domain').length;
      return { node: toSummary(n), equipment, domains, score: equipment + domains };
    })
    .filter((i) => i.score > 0)
    .sort((a, b) => b.score - a.score || b.equipment - a.equipment || a.node.id.localeCompare(b.node.id));
  return { items: items.slice(0, q.limit) };
};
