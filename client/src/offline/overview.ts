// The opening view for the snapshot: every domain and the best-connected equipment with the edges
// among them (a readable start, not a hairball). Pure.
import type { ApiGraph } from '../../../server/api/contract';
import { edgesAmong, incident, type GraphIndex } from './graph-index';
import { toApiGraph } from './wire-shapes';

export const overview = (g: GraphIndex, limit = 40): ApiGraph => {
  const all = [...g.nodes.values()];
  const domains = all.filter((n) => n.label === 'Domain');
  const equipment = all
    .filter((n) => n.label === 'Equipment')
    .map((n) => ({ n, degree: incident(g, n.id, 'both').length }))
    .sort((a, b) => b.degree - a.degree || a.n.id.localeCompare(b.n.id))
    .slice(0, Math.max(0, limit - domains.length))
    .map((x) => x.n);
  const nodes = [...domains, ...equipment];
  return toApiGraph(nodes, edgesAmong(g, new Set(nodes.map((n) => n.id as string))));
};
