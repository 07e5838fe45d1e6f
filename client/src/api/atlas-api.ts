// The API's endpoints as typed functions (docs/design.md "HTTP API"). The only module that knows URLs.
import type { NodeLabel, RelType } from '../../../core/model/graph-model';
import { getJson, type HttpOptions } from './http';
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
  const enc = encodeURIComponent;
  // The plans of a loaded graph do not change while the page is open; ask once (a failure is retried).
  let plans: Promise<PlanSummary[]> | undefined;
  return {
    health: () => getJson(http, '/health'),
    search: async (q, opts = {}, signal) =>
      (
        await getJson<{ results: SearchResult[] }>(
          http,
          '/search',
          { q, labels: opts.labels?.join(','), limit: opts.limit },
          signal,
        )
      ).results,
    node: (id) => getJson<NodeDetails>(http, `/nodes/${enc(id)}`),
    neighbours: (id, opts = {}) =>
      getJson<NeighboursAnswer>(http, `/nodes/${enc(id)}/neighbors`, {
        types: opts.types?.join(','),
        direction: opts.direction,
        limit: opts.limit,
      }),
    supplyChain: (id, direction, depth) =>
      getJson<SupplyChainResponse>(http, `/supply-chain/${enc(id)}`, { direction, depth }),
    impact: (id) => getJson<ImpactResponse>(http, `/impact/${enc(id)}`),
    overview: (limit) => getJson<WireGraph>(http, '/overview', { limit }),
    plans: () =>
      (plans ??= getJson<{ plans: PlanSummary[] }>(http, '/plans').then(
        (r) => r.plans,
        (err: unknown) => {
          plans = undefined;
          throw err;
        },
      )),
    compare: (a, b) => getJson<CompareResponse>(http, '/compare', { a, b }),
    planText: (planId) => getJson<PlanText>(http, `/plans/${enc(planId)}/text`),
  };
};
