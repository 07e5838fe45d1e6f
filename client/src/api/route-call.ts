// The API's calls built from the route table (core/contract): the method and path come from
// route-paths.ts, the answer's type from the route's response schema, imported type-only.
import type { z } from 'zod';
import { API_PREFIX, fillPath, ROUTE_PATHS, type PathParamNames } from '../../../core/contract/route-paths';
import type { ROUTES } from '../../../core/contract/routes';
import { requestJson, type HttpOptions, type QueryValue } from './http';

type Routes = typeof ROUTES;
export type ApiRouteName = keyof Routes;

/** What a route answers: the output of its response schema. */
export type RouteAnswer<N extends ApiRouteName> = z.output<Routes[N]['response']>;

type QueryOf<N extends ApiRouteName> = Routes[N] extends { query: z.ZodObject }
  ? { readonly [K in keyof z.input<Routes[N]['query']>]?: QueryValue }
  : Record<string, never>;

type ParamsOf<N extends ApiRouteName> = [PathParamNames<Routes[N]['path']>] extends [never]
  ? { params?: undefined }
  : { params: Readonly<Record<PathParamNames<Routes[N]['path']>, string>> };

/** A call's parts: path parameters (required when the path has any), query, body, abort signal. */
export type RouteArgs<N extends ApiRouteName> = ParamsOf<N> & {
  query?: QueryOf<N>;
  body?: unknown;
  signal?: AbortSignal | undefined;
};

/**
 * Calls one route of the API.
 * @example callRoute(http, 'node', { params: { id: 'equipment:ecmo' } }) // GET ./api/nodes/equipment%3Aecmo
 */
export function callRoute<N extends ApiRouteName>(
  http: HttpOptions,
  name: N,
  ...[args]: ParamsOf<N> extends { params: object } ? [RouteArgs<N>] : [RouteArgs<N>?]
): Promise<RouteAnswer<N>> {
  const route = ROUTE_PATHS[name];
  const params: Readonly<Record<string, string>> = args?.params ?? {};
  return requestJson<RouteAnswer<N>>(http, {
    method: route.method,
    path: fillPath<string>(route.path, params).slice(API_PREFIX.length),
    query: args?.query ?? {},
    body: args?.body,
    signal: args?.signal,
  });
}
