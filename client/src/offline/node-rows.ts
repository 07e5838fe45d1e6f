// The rows of the node queries, computed from the snapshot's graph: the overview (overview.cypher),
// node details (node-details.cypher) and neighbours (neighbors.cypher). Pure.
import type { RelType } from '../../../core/model/graph-model';
import type { GraphNode } from '../../../core/model/interchange';
import { MAX_EVIDENCE_EDGES, type DetailsRow, type NeighborsRow } from '../../../core/query/node-details';
import type { OverviewRow } from '../../../core/query/overview-answer';
import { byCodePoint } from '../../../core/query/rows';
import { edgeRow, incident, nodeRow, otherEnd, type GraphIndex } from './graph-index';

export function overviewRow(g: GraphIndex, q: { domains: number; perDomain: number }): OverviewRow {
  const equipmentOf = (d: GraphNode): GraphNode[] =>
    incident(g, d.id, 'in', ['IN_DOMAIN'])
      .map((e) => g.nodes.get(e.source))
      .filter((n): n is GraphNode => n?.label === 'Equipment');
  const domains = [...g.nodes.values()]
    .filter((n) => n.label === 'Domain')
    .map((d) => ({ d, members: equipmentOf(d) }))
    .filter((x) => x.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length || byCodePoint(a.d.id, b.d.id))
    .slice(0, q.domains);
  const chosen = new Map<string, GraphNode>();
  for (const { d } of domains) chosen.set(d.id, d);
  for (const { members } of domains)
    for (const { n } of members
      .map((n) => ({ n, degree: incident(g, n.id, 'both').length }))
      .sort((a, b) => b.degree - a.degree || byCodePoint(a.n.id, b.n.id))
      .slice(0, q.perDomain))
      if (!chosen.has(n.id)) chosen.set(n.id, n);
  const nodes = [...chosen.values()];
  const edges = nodes.flatMap((a) =>
    incident(g, a.id, 'out')
      .filter((e) => chosen.has(e.target))
      .map(edgeRow),
  );
  return { nodes: nodes.map(nodeRow), edges };
}

export function detailsRow(g: GraphIndex, id: string): DetailsRow | undefined {
  const node = g.nodes.get(id);
  if (!node) return undefined;
  const edges = incident(g, id, 'both');
  const counts = new Map<string, DetailsRow['neighborCounts'][number]>();
  for (const e of edges) {
    const direction = e.source === id ? 'out' : 'in';
    const c = counts.get(`${e.type}|${direction}`) ?? { type: e.type, direction, count: 0 };
    c.count++;
    counts.set(`${e.type}|${direction}`, c);
  }
  const evidence = edges
    .map(edgeRow)
    .filter((e): e is typeof e & { evidenceJson: string } => e.evidenceJson !== '[]')
    .sort((a, b) => byCodePoint(a.type, b.type) || byCodePoint(a.evidenceJson, b.evidenceJson))
    .slice(0, MAX_EVIDENCE_EDGES)
    .map(({ type, source, target, evidenceJson }) => ({ type, source, target, evidenceJson }));
  return { node: nodeRow(node), neighborCounts: [...counts.values()], evidence };
}

export function neighborsRow(
  g: GraphIndex,
  id: string,
  q: { types?: readonly RelType[]; direction: 'in' | 'out' | 'both'; limit: number },
): NeighborsRow | undefined {
  const center = g.nodes.get(id);
  if (!center) return undefined;
  const edges = incident(g, id, q.direction, q.types);
  const items = edges
    .flatMap((e) => {
      const m = g.nodes.get(otherEnd(e, id));
      return m ? [{ m, e }] : [];
    })
    .sort(
      (a, b) =>
        byCodePoint(a.e.type, b.e.type) || byCodePoint(a.m.name, b.m.name) || byCodePoint(a.m.id, b.m.id),
    )
    .slice(0, q.limit)
    .map(({ m, e }) => ({ node: nodeRow(m), edge: edgeRow(e) }));
  return { center: nodeRow(center), total: edges.length, items };
}
