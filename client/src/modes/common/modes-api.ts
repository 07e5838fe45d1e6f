// The endpoints only the analysis modes use (paths, bottlenecks, responsibilities), typed by the wire
// contract and fetched through the page's HTTP options (`ModeContext.http`, so the offline snapshot
// answers them too).
import type {
  BottlenecksResponse,
  PathsResponse,
  RelType,
  ResponsibilitiesResponse,
} from '../../../../core/contract';
import type { HttpOptions } from '../../api/http';
import { callRoute } from '../../api/route-call';

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

export const createModesApi = (http: HttpOptions): ModesApi => ({
  paths: (q) =>
    callRoute(http, 'paths', {
      query: { from: q.from, to: q.to, k: q.k, maxHops: q.maxHops, types: q.types },
    }),
  bottlenecks: (limit) => callRoute(http, 'bottlenecks', { query: { limit } }),
  responsibilities: (department) =>
    callRoute(http, 'responsibilities', { query: { department, limit: 2000 } }),
});
