// The route table: each path written once, each route's schemas under the same method and path.
import { describe, expect, it } from 'vitest';
import { API_PREFIX, fillPath, matchRoute, ROUTE_PATHS } from '../../../../core/contract/route-paths';
import { ROUTES } from '../../../../core/contract/routes';

describe('ROUTE_PATHS', () => {
  it('names each method and path once, all under the API prefix', () => {
    const keys = Object.values(ROUTE_PATHS).map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of Object.values(ROUTE_PATHS)) expect(r.path.startsWith(`${API_PREFIX}/`)).toBe(true);
  });

  it('gives every route of the schema table its method and path', () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      const entry = ROUTE_PATHS[name as keyof typeof ROUTES];
      expect({ name, method: route.method, path: route.path }).toEqual({ name, ...entry });
    }
  });

  it('declares a params schema exactly for the routes whose path has parameters', () => {
    for (const [name, route] of Object.entries(ROUTES)) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const declared = 'params' in route ? Object.keys(route.params.shape) : [];
      expect({ name, params: declared.sort() }).toEqual({ name, params: names.sort() });
    }
  });
});

describe('fillPath', () => {
  it('puts each parameter in place, URI-encoded', () => {
    expect(fillPath(ROUTE_PATHS.node.path, { id: 'equipment:ecmo' })).toBe('/api/nodes/equipment%3Aecmo');
    expect(fillPath(ROUTE_PATHS.planText.path, { id: 'meq-2021' })).toBe('/api/plans/meq-2021/text');
  });

  it('encodes a slash inside a value so it cannot reach another route', () => {
    expect(fillPath(ROUTE_PATHS.node.path, { id: 'a/../../health' })).toBe('/api/nodes/a%2F..%2F..%2Fhealth');
  });

  it('refuses a path whose parameter has no value', () => {
    expect(() => fillPath<string>(ROUTE_PATHS.node.path, {})).toThrow(Error);
  });

  it('leaves a path without parameters as it is', () => {
    expect(fillPath(ROUTE_PATHS.search.path, {})).toBe('/api/search');
  });
});

describe('matchRoute', () => {
  it('finds every route of the table from its own filled path and method', () => {
    for (const [name, route] of Object.entries(ROUTE_PATHS)) {
      const params: Record<string, string> = {};
      for (const m of route.path.matchAll(/:(\w+)/g)) params[m[1]!] = 'x:y';
      expect(matchRoute(route.method, fillPath<string>(route.path, params))).toEqual({ name, params });
    }
  });

  it('decodes path parameters and keeps an encoded slash inside one', () => {
    expect(matchRoute('GET', '/api/nodes/a%2F..%2Fhealth')).toEqual({
      name: 'node',
      params: { id: 'a/../health' },
    });
  });

  it('tells apart routes that share their first segments', () => {
    expect(matchRoute('post', '/api/plans/preview')?.name).toBe('planPreview');
    expect(matchRoute('get', '/api/plans/terms')?.name).toBe('planTerms');
    expect(matchRoute('get', '/api/plans/terms/text')).toEqual({ name: 'planText', params: { id: 'terms' } });
    expect(matchRoute('get', '/api/nodes/x/neighbors')?.name).toBe('neighbors');
  });

  it('answers null for an unknown path, a path of another method and a path outside the API', () => {
    expect(matchRoute('get', '/api/nodes')).toBeNull();
    expect(matchRoute('get', '/api/cypher')).toBeNull();
    expect(matchRoute('post', '/api/search')).toBeNull();
    expect(matchRoute('get', '/health')).toBeNull();
  });
});
