// The opening view for the snapshot, as GET /api/overview answers it (cypher/queries/overview.cypher
// and server/api/routes/overview.ts): the ⌈limit/5⌉ domains with the most equipment, each with its 4
// best-connected equipment, at most `limit` nodes, and the edges among them. Pure.
import type { ApiGraph } from '../../../core/contract';
import type { GraphNode } from '../../../core/model/interchange';
import { edgesAmong, incident, type GraphIndex } from './graph-index';
import { toApiGraph } from './wire-shapes';

const PER_DOMAIN = 4;

/** Cypher orders strings by code point, not by locale. */
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const overview = (g: GraphIndex, limit = 50): ApiGraph => {
  const equipmentOf = (d: GraphNode): GraphNode[] =>
    incident(g, d.id, 'in', ['IN_DOMAIN'])
      .map((e) => g.nodes.get(e.source))
      .filter((n): n is GraphNode => n?.label === 'Equipment');
  const domains = [...g.nodes.values()]
    .filter((n) => n.label === 'Domain')
    .map((d) => ({ d, members: equipmentOf(d) }))
    .filter((x) => x.members.length > 0)
    .sort((a, b) => b.members.length - a.members.length || byId(a.d, b.d))
    .slice(0, Math.ceil(limit / (PER_DOMAIN + 1)));
  const chosen = new Map<string, GraphNode>();
  for (const { d } of domains) chosen.set(d.id, d);
  for (const { members } of domains)
    for (const e of members
      .map((n) => ({ n, degree: incident(g, n.id, 'both').length }))
      .sort((a, b) => b.degree - a.degree || byId(a.n, b.n))
      .slice(0, PER_DOMAIN))
      chosen.set(e.n.id, e.n);
  const nodes = [...chosen.values()].slice(0, limit);
  return toApiGraph(nodes, edgesAmong(g, new Set(nodes.map((n) => n.id as string))));
};
