// The opening view: every domain with its best-connected equipment, not the whole hairball.
// The API has no overview endpoint, so it is composed from plans, compare and neighbours.
import type { AtlasApi } from '../api/atlas-api';
import type { NodeSummary } from '../../../server/api/contract';
import type { WireGraph, WireNode } from '../api/wire';

export interface OverviewOptions {
  /** Equipment shown per domain. */
  perDomain: number;
}

type ByLabel = Partial<Record<string, NodeSummary[]>>;

/** Domain summaries from a comparison answer (both, only A, only B), deduplicated, by id. */
export const domainsOf = (answer: { both: ByLabel; onlyA: ByLabel; onlyB: ByLabel }): NodeSummary[] => {
  const byId = new Map<string, NodeSummary>();
  for (const g of [answer.both, answer.onlyA, answer.onlyB]) for (const d of g.Domain ?? []) byId.set(d.id, d);
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
};

/** A node known only by its summary; details fill in the rest when it is selected. */
const stub = (s: NodeSummary): WireNode => ({ ...s, aliases: [], plans: [] });

/**
 * Fetches the overview: the plans, the domains in them, and for each domain the equipment in it.
 * @example await loadOverview(api, { perDomain: 6 }) // { nodes: [...domains, ...equipment], edges: [IN_DOMAIN...] }
 */
export const loadOverview = async (api: AtlasApi, { perDomain }: OverviewOptions): Promise<WireGraph> => {
  const plans = await api.plans();
  const [a, b] = [plans[0]?.id, plans[1]?.id ?? plans[0]?.id];
  if (!a || !b) return { nodes: [], edges: [] };
  const domains = domainsOf(await api.compare(a, b));
  const answers = await Promise.all(
    domains.map((d) => api.neighbours(d.id, { types: ['IN_DOMAIN'], direction: 'in', limit: perDomain })),
  );
  const nodes = new Map<string, WireNode>(domains.map((d) => [d.id, stub(d)]));
  for (const ans of answers) for (const n of ans.nodes) nodes.set(n.id, n);
  return { nodes: [...nodes.values()], edges: answers.flatMap((ans) => ans.edges) };
};
