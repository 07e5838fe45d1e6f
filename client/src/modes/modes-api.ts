// The endpoints only the issue-7 modes use (paths, bottlenecks, responsibilities), typed by the wire
// contract and fetched through the page's HTTP options (so the offline snapshot answers them too).
import type {
  BottlenecksResponse,
  PathsResponse,
  RelType,
  ResponsibilitiesResponse,
} from '../../../server/api/contract';
import { getJson, type HttpOptions } from '../api/http';
import { snapshotFetch } from '../offline/snapshot-fetch';
import type { ModeContext } from './registry';

export interface ModesApi {
  paths(q: {
    from: string;
    to: string;
    k?: number;
    maxHops?: number;
    types?: readonly RelType[];
  }): Promise<PathsResponse>;
  bottlenecks(limit?: number): Promise<BottlenecksResponse>;
  responsibilities(department?: string): Promise<ResponsibilitiesResponse>;
}

let pageFetch: Promise<typeof fetch> | null = null;
/** Until the context carries the page's options: the snapshot's fetch on a snapshot, else the browser's. */
const FALLBACK: HttpOptions = {
  baseUrl: './api',
  timeoutMs: 15_000,
  fetchImpl: (input, init) =>
    (pageFetch ??= snapshotFetch(document).then((s) => s?.fetchImpl ?? window.fetch.bind(window))).then((f) =>
      f(input, init),
    ),
};

/** The page's HTTP options when the mode context carries them (see /tmp/modes-needs.md, item 1). */
export const httpOf = (ctx: ModeContext): HttpOptions =>
  'http' in ctx && typeof ctx.http === 'object' && ctx.http !== null ? (ctx.http as HttpOptions) : FALLBACK;

export const createModesApi = (http: HttpOptions): ModesApi => ({
  paths: (q) =>
    getJson<PathsResponse>(http, '/paths', {
      from: q.from,
      to: q.to,
      k: q.k,
      maxHops: q.maxHops,
      types: q.types && q.types.length > 0 ? q.types.join(',') : undefined,
    }),
  bottlenecks: (limit) => getJson<BottlenecksResponse>(http, '/bottlenecks', { limit }),
  responsibilities: (department) =>
    getJson<ResponsibilitiesResponse>(http, '/responsibilities', { department, limit: 2000 }),
});
