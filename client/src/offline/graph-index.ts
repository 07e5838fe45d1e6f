// An interchange graph indexed for answering the API's questions in memory (the offline snapshot):
// nodes by id, edges out of and into each node. Pure: built once from data, never mutated.
import type { RelType } from '../../../core/model/graph-model';
import type { GraphEdge, GraphFile, GraphNode, PlanMeta } from '../../../core/model/interchange';

export interface GraphIndex {
  readonly plans: readonly PlanMeta[];
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: readonly GraphEdge[];
  readonly out: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly in: ReadonlyMap<string, readonly GraphEdge[]>;
}

const push = (m: Map<string, GraphEdge[]>, k: string, e: GraphEdge): void => {
  const list = m.get(k);
  if (list) list.push(e);
  else m.set(k, [e]);
};

/** Indexes a graph; edges whose ends are unknown are dropped (a snapshot must not dangle). */
export const indexGraph = (g: Pick<GraphFile, 'plans' | 'nodes' | 'edges'>): GraphIndex => {
  const nodes = new Map(g.nodes.map((n) => [n.id as string, n]));
  const edges = g.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  const out = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    push(out, e.source, e);
    push(into, e.target, e);
  }
  return { plans: g.plans, nodes, edges, out, in: into };
};

/** Edges leaving `id` (direction 'out'), entering it ('in'), or both, limited to `types` when given. */
export const incident = (
  g: GraphIndex,
  id: string,
  direction: 'in' | 'out' | 'both',
  types?: readonly RelType[],
): GraphEdge[] => {
  const pick = (list: readonly GraphEdge[] | undefined): GraphEdge[] =>
    (list ?? []).filter((e) => !types || types.length === 0 || types.includes(e.type));
  if (direction === 'out') return pick(g.out.get(id));
  if (direction === 'in') return pick(g.in.get(id));
  return [...pick(g.out.get(id)), ...pick(g.in.get(id))];
};

/** The other end of an edge seen from `id`. */
export const otherEnd = (e: GraphEdge, id: string): string => (e.source === id ? e.target : e.source);

/** The edges among a set of node ids, optionally of some types only. */
export const edgesAmong = (
  g: GraphIndex,
  ids: ReadonlySet<string>,
  types?: readonly RelType[],
): GraphEdge[] =>
  g.edges.filter(
    (e) => ids.has(e.source) && ids.has(e.target) && (!types || types.length === 0 || types.includes(e.type)),
  );
