// The API's endpoints as typed functions (docs/design.md "HTTP API"), built on the route table's calls.
import type { NodeLabel, RelType } from '../../../core/model/graph-model';
import type { HttpOptions } from './http';
import { callRoute } from './route-call';
import type {
  CompareResponse,
  HealthResponse,
  ImpactResponse,
  NeighboursAnswer,
  NodeDetails,
  PlanSummary,
  PlanText,
  SearchResult,
  SupplyChainResponse,
  WireGraph,
} from './wire';

export type Direction = 'in' | 'out' | 'both';

export interface AtlasApi {
  health(): Promise<HealthResponse>;
  search(
    q: string,
    opts?: { labels?: NodeLabel[]; limit?: number },
    signal?: AbortSignal,
  ): Promise<SearchResult[]>;
  node(id: string): Promise<NodeDetails>;
  neighbours(
    id: string,
    opts?: { types?: RelType[]; direction?: Direction; limit?: number },
  ): Promise<NeighboursAnswer>;
  supplyChain(id: string, direction: 'upstream' | 'downstream', depth?: number): Promise<SupplyChainResponse>;
  impact(id: string): Promise<ImpactResponse>;
  /** Not in the design's API list (docs/design.md): the offline snapshot answers it; the page falls back when it is a 404. */
  overview(limit: number): Promise<WireGraph>;
  plans(): Promise<PlanSummary[]>;
  compare(a: string, b: string): Promise<CompareResponse>;
  planText(planId: string): Promise<PlanText>;
}

export type AtlasApiOptions = Partial<HttpOptions>;

const DEFAULTS: HttpOptions = { baseUrl: './api', timeoutMs: 15_000 };

export const createAtlasApi = (options: AtlasApiOptions = {}): AtlasApi => {
  const http: HttpOptions = { ...DEFAULTS, ...options };
  // The plans of a loaded graph do not change while the page is open; ask once (a failure is retried).
  let plans: Promise<PlanSummary[]> | undefined;
  return {
    health: () => callRoute(http, 'health'),
    search: async (q, opts = {}, signal) =>
      (await callRoute(http, 'search', { query: { q, labels: opts.labels, limit: opts.limit }, signal }))
        .results,
    node: (id) => callRoute(http, 'node', { params: { id } }),
    neighbours: (id, opts = {}) =>
      callRoute(http, 'neighbors', {
        params: { id },
        query: { types: opts.types, direction: opts.direction, limit: opts.limit },
      }),
    supplyChain: (id, direction, depth) =>
      callRoute(http, 'supplyChain', { params: { id }, query: { direction, depth } }),
    impact: (id) => callRoute(http, 'impact', { params: { id } }),
    overview: (limit) => callRoute(http, 'overview', { query: { limit } }),
    plans: () =>
      (plans ??= callRoute(http, 'plans').then(
        (r) => r.plans,
        (err: unknown) => {
          plans = undefined;
          throw err;
        },
      )),
    compare: (a, b) => callRoute(http, 'compare', { query: { a, b } }),
    planText: (planId) => callRoute(http, 'planText', { params: { id: planId } }),
  };
};
