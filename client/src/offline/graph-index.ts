// The snapshot's interchange graph indexed for answering the API's queries in memory: nodes by id,
// edges out of and into each node, and each element as the loader stores it in Neo4j (the property
// maps the queries' rows project). Pure: built once from data, never mutated.
import type { RelType } from '../../../core/model/graph-model';
import type { GraphEdge, GraphFile, GraphNode, PlanMeta } from '../../../core/model/interchange';
import type { EdgeRow, NodeRow } from '../../../core/query/rows';

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

/** Indexes a graph; edges whose ends are unknown are dropped (the loader refuses them too). */
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

/** Edges leaving `id` ('out'), entering it ('in'), or both, of the given types only when some are given. */
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

/** The nodes of some ids, unknown ids skipped. */
export const nodesOf = (g: GraphIndex, ids: Iterable<string>): GraphNode[] =>
  [...ids].flatMap((id) => {
    const n = g.nodes.get(id);
    return n ? [n] : [];
  });

const json = (v: object | undefined): string | null =>
  v !== undefined && Object.keys(v).length > 0 ? JSON.stringify(v) : null;

/** A node's stored properties (server/load/rows.ts writes the same), with its labels. */
export const nodeRow = (n: GraphNode): NodeRow => ({
  id: n.id,
  labels: [n.label, 'Entity'],
  name: n.name,
  nameEn: n.nameEn,
  aliases: n.aliases,
  plans: n.plans,
  discovered: n.discovered ?? false,
  mentionsJson: JSON.stringify(n.mentions),
  propsJson: json(n.props),
});

/** A relationship as the queries project it: `{type, source, target, basis, rule, evidenceJson, propsJson}`. */
export const edgeRow = (e: GraphEdge): EdgeRow => ({
  type: e.type,
  source: e.source,
  target: e.target,
  basis: e.basis,
  rule: e.rule ?? null,
  evidenceJson: JSON.stringify(e.evidence),
  propsJson: json(e.props),
});
