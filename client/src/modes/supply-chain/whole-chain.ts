// The whole supply chain: every domain's upstream chain, merged and cut to its readable core. One
// trace per domain, a few in flight at a time; a domain that fails is counted, not fatal.
import type { AtlasApi } from '../../api/atlas-api';
import type { WireGraph } from '../../api/wire';
import { mapBounded } from '../../app/bounded-map';
import { domainsOf } from '../../app/overview';
import { chainCore } from '../../analysis/chain-core';
import { mergeAnswers } from '../../analysis/merge-answers';

/** Traces in flight at once (39 domains on the real plans; more plans, more domains). */
export const CHAIN_CONCURRENCY = 4;
export const CHAIN_DEPTH = 6;

export interface WholeChain {
  graph: WireGraph;
  /** Domains whose trace failed; the graph leaves their chains out. */
  failed: number;
  domains: number;
}

export const loadWholeChain = async (
  api: Pick<AtlasApi, 'plans' | 'compare' | 'supplyChain'>,
  concurrency = CHAIN_CONCURRENCY,
): Promise<WholeChain> => {
  const plans = await api.plans();
  const [a, b] = [plans[0]?.id, plans[1]?.id ?? plans[0]?.id];
  if (!a || !b) return { graph: { nodes: [], edges: [] }, failed: 0, domains: 0 };
  const domains = domainsOf(await api.compare(a, b));
  let firstError: unknown = null;
  const answers = await mapBounded(domains, concurrency, (d) =>
    api.supplyChain(d.id, 'upstream', CHAIN_DEPTH).catch((err: unknown) => {
      firstError ??= err;
      return null;
    }),
  );
  const got = answers.filter((g): g is NonNullable<typeof g> => g !== null);
  // Nothing answered: that is an outage, not an empty chain; let the mode say so.
  if (domains.length > 0 && got.length === 0) throw firstError;
  return {
    graph: chainCore(mergeAnswers(got)),
    failed: domains.length - got.length,
    domains: domains.length,
  };
};
