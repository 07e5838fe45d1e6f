// Every path of the HTTP API, written once. The server mounts its handlers on these, the page builds
// its URLs from them, and routes.ts adds each one's schemas. Plain data (no zod), so the page can
// import it without the schemas.

/** The prefix every API path starts with: the server's middleware for the API is mounted on it. */
export const API_PREFIX = '/api';

export interface RoutePath {
  readonly method: 'get' | 'post';
  /** Express-style: `:name` marks a path parameter. */
  readonly path: `/api/${string}`;
}

export const ROUTE_PATHS = {
  openApi: { method: 'get', path: '/api/openapi.json' },
  health: { method: 'get', path: '/api/health' },
  ping: { method: 'get', path: '/api/health/ping' },
  search: { method: 'get', path: '/api/search' },
  node: { method: 'get', path: '/api/nodes/:id' },
  neighbors: { method: 'get', path: '/api/nodes/:id/neighbors' },
  supplyChain: { method: 'get', path: '/api/supply-chain/:id' },
  impact: { method: 'get', path: '/api/impact/:id' },
  paths: { method: 'get', path: '/api/paths' },
  bottlenecks: { method: 'get', path: '/api/bottlenecks' },
  responsibilities: { method: 'get', path: '/api/responsibilities' },
  overview: { method: 'get', path: '/api/overview' },
  compare: { method: 'get', path: '/api/compare' },
  plans: { method: 'get', path: '/api/plans' },
  planText: { method: 'get', path: '/api/plans/:id/text' },
  planUpload: { method: 'post', path: '/api/plans' },
  planRemove: { method: 'post', path: '/api/plans/:id/remove' },
  planPreview: { method: 'post', path: '/api/plans/preview' },
  planPreviewDecisions: { method: 'post', path: '/api/plans/preview/:token/decisions' },
  planPreviewConfirm: { method: 'post', path: '/api/plans/preview/:token/confirm' },
  planPreviewCancel: { method: 'post', path: '/api/plans/preview/:token/cancel' },
  planTerms: { method: 'get', path: '/api/plans/terms' },
  cypher: { method: 'post', path: '/api/cypher' },
} as const satisfies Record<string, RoutePath>;

export type RouteName = keyof typeof ROUTE_PATHS;

/** The names of a path's `:name` parameters: `PathParamNames<'/api/nodes/:id'>` is `'id'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/**
 * The path with each `:name` replaced by its value, URI-encoded.
 * @example fillPath('/api/nodes/:id', { id: 'equipment:ecmo' }) // '/api/nodes/equipment%3Aecmo'
 */
export function fillPath<P extends string>(path: P, params: Record<PathParamNames<P>, string>): string {
  const values: Record<string, string> = params;
  return path.replace(/:([A-Za-z]\w*)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`contract: no value for :${name} of ${path}`);
    return encodeURIComponent(value);
  });
}

/** A request's route in the table: its name and its path parameters, decoded. */
export interface RouteMatch {
  readonly name: RouteName;
  readonly params: Readonly<Record<string, string>>;
}

const segments = (path: string): string[] => path.split('/').filter((s) => s !== '');

/**
 * The route of the table a method and path (`/api/...`, no query) reach, as Express would route them,
 * or null. A literal segment wins over a `:name` at the same place; a `%` that does not decode is
 * left as written (the route's params schema then refuses it).
 * @example matchRoute('get', '/api/nodes/equipment%3Aecmo') // { name: 'node', params: { id: 'equipment:ecmo' } }
 */
export function matchRoute(method: string, path: string): RouteMatch | null {
  const asked = segments(path);
  let best: { match: RouteMatch; literals: number } | null = null;
  for (const [name, route] of Object.entries(ROUTE_PATHS) as [RouteName, RoutePath][]) {
    if (route.method !== method.toLowerCase()) continue;
    const parts = segments(route.path);
    if (parts.length !== asked.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    const fits = parts.every((part, i) => {
      const value = asked[i]!;
      if (!part.startsWith(':')) return part === value && ++literals > 0;
      params[part.slice(1)] = decodeSegment(value);
      return true;
    });
    if (fits && (!best || literals > best.literals)) best = { match: { name, params }, literals };
  }
  return best?.match ?? null;
}

const decodeSegment = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
