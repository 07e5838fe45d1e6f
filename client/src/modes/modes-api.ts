// The endpoints only the issue-7 modes use (paths, bottlenecks, responsibilities), typed by the wire
// contract and fetched through the page's HTTP options (`ModeContext.http`, so the offline snapshot
// answers them too).
import type {
  BottlenecksResponse,
  PathsResponse,
  RelType,
  ResponsibilitiesResponse,
} from '../../../core/contract';
import { getJson, type HttpOptions } from '../api/http';

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
