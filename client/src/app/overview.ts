// The opening view: the domains with the most equipment, each with its best-connected equipment,
// not the whole hairball. Uses `/api/overview` when the server has it; otherwise composes it from
// plans, compare and neighbours (the older servers had no overview endpoint). A server that is
// switching graph versions (just after a load) answers 503 for a moment: asked again, with backoff.
import type { NodeSummary } from '../../../core/contract';
import type { AtlasApi } from '../api/atlas-api';
import { ApiError } from '../api/http';
import type { NeighboursAnswer, WireGraph, WireNode } from '../api/wire';

export interface OverviewOptions {
  /** Domains shown. */
  domains: number;
  /** Equipment shown per domain. */
  perDomain: number;
}

type ByLabel = Partial<Record<string, NodeSummary[]>>;

/** Domain summaries from a comparison answer (both, only A, only B), deduplicated, by id. */
export const domainsOf = (answer: { both: ByLabel; onlyA: ByLabel; onlyB: ByLabel }): NodeSummary[] => {
  const byId = new Map<string, NodeSummary>();
  for (const g of [answer.both, answer.onlyA, answer.onlyB])
    for (const d of g.Domain ?? []) byId.set(d.id, d);
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
};

/** A node known only by its summary; details fill in the rest when it is selected. */
const stub = (s: NodeSummary): WireNode => ({ ...s, aliases: [], plans: [] });

/**
 * Picks the overview from each domain's equipment: the domains with most equipment, and in each
 * the equipment found in the most domains (a stand-in for "best connected"). Pure.
 */
export const chooseOverview = (
  domains: readonly NodeSummary[],
  answers: readonly Pick<NeighboursAnswer, 'nodes' | 'edges' | 'total'>[],
  { domains: domainCount, perDomain }: OverviewOptions,
): WireGraph => {
  const reach = new Map<string, number>();
  for (const a of answers) for (const n of a.nodes) reach.set(n.id, (reach.get(n.id) ?? 0) + 1);
  const ranked = domains
    .map((d, i) => ({ d, a: answers[i] }))
    .filter((x): x is { d: NodeSummary; a: NeighboursAnswer } => x.a !== undefined && x.a.total > 0)
    .sort((x, y) => y.a.total - x.a.total || x.d.id.localeCompare(y.d.id))
    .slice(0, domainCount);
  const nodes = new Map<string, WireNode>();
  const keep = new Set<string>();
  for (const { d, a } of ranked) {
    nodes.set(d.id, a.nodes.find((n) => n.id === d.id) ?? stub(d));
    keep.add(d.id);
    const best = [...a.nodes]
      .filter((n) => n.label === 'Equipment')
      .sort((x, y) => (reach.get(y.id) ?? 0) - (reach.get(x.id) ?? 0) || x.id.localeCompare(y.id))
      .slice(0, perDomain);
    for (const n of best) {
      nodes.set(n.id, n);
      keep.add(n.id);
    }
  }
  const edges = ranked.flatMap(({ a }) => a.edges).filter((e) => keep.has(e.source) && keep.has(e.target));
  return { nodes: [...nodes.values()], edges };
};

const compose = async (api: AtlasApi, options: OverviewOptions): Promise<WireGraph> => {
  const plans = await api.plans();
  const [a, b] = [plans[0]?.id, plans[1]?.id ?? plans[0]?.id];
  if (!a || !b) return { nodes: [], edges: [] };
  const domains = domainsOf(await api.compare(a, b));
  // One domain that fails to answer must not blank the whole opening view.
  const empty = { nodes: [], edges: [], total: 0 };
  const answers = await Promise.all(
    domains.map((d) =>
      api.neighbours(d.id, { types: ['IN_DOMAIN'], direction: 'in', limit: 50 }).catch(() => empty),
    ),
  );
  return chooseOverview(domains, answers, options);
};

export interface RetryPolicy {
  /** Requests in all, the first included. */
  tries: number;
  /** Wait before the second request; each later wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/**
 * Five requests over about nine seconds: the server's switch of graph versions takes well under
 * that, and a page that waits longer looks hung (the loading banner shows meanwhile).
 */
export const OVERVIEW_RETRY: RetryPolicy = { tries: 5, firstDelayMs: 700, maxDelayMs: 4000 };

/**
 * How long to wait before asking again after the `failed`-th request failed with `err`, or null to
 * give up. Only a passing state of the server is retried: 503 (no graph version to read yet; the
 * server says "retry later") and a proxy's 502/504. A server that cannot be reached at all, or an
 * answer that says the request itself is wrong, is reported at once (the banner offers a retry).
 *
 * @example retryDelay(1, new ApiError(503, 'unavailable', '...')) // 700
 */
export const retryDelay = (
  failed: number,
  err: unknown,
  policy: RetryPolicy = OVERVIEW_RETRY,
): number | null => {
  const passing = err instanceof ApiError && (err.status === 502 || err.status === 503 || err.status === 504);
  if (!passing || failed >= policy.tries) return null;
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (failed - 1));
};

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` until it succeeds or `retryDelay` gives up; the last error is the one thrown. */
export const withRetry = async <T>(
  work: () => Promise<T>,
  policy: RetryPolicy = OVERVIEW_RETRY,
  sleep: (ms: number) => Promise<void> = pause,
): Promise<T> => {
  for (let failed = 1; ; failed++) {
    try {
      return await work();
    } catch (err) {
      const wait = retryDelay(failed, err, policy);
      if (wait === null) throw err;
      await sleep(wait);
    }
  }
};

/** Fetches the overview: the server's own if it has one, else composed (asked for side by side). */
export const loadOverview = async (
  api: AtlasApi,
  options: OverviewOptions,
  retry: { policy?: RetryPolicy; sleep?: (ms: number) => Promise<void> } = {},
): Promise<WireGraph> => {
  const limit = options.domains * (options.perDomain + 1);
  const own = withRetry(() => api.overview(limit), retry.policy, retry.sleep).catch((err: unknown) => {
    if (err instanceof ApiError && (err.status === 404 || err.status === 405)) return null;
    throw err;
  });
  // Warm the plans (memoised by the API client) while the probe is in flight.
  void api.plans().catch(() => undefined);
  const g = await own;
  return g && g.nodes.length > 0 ? g : compose(api, options);
};
