// Specifications of the offline fetch: API URLs answered from the snapshot in memory, with the
// API's status codes and error bodies, and nothing ever written.
import { describe, expect, it } from 'vitest';
import type { ImpactResponse, SearchResponse } from '../../../core/contract';
import { createOfflineFetch, SERVER_ONLY_ROUTES } from '../../../client/src/api/offline-api';
import { fillPath, ROUTE_PATHS } from '../../../core/contract';
import { fixtureSnapshot as snapshot } from './offline-ask';

describe('createOfflineFetch', () => {
  it('answers a relative API URL with the same JSON shape the server sends', async () => {
    const f = createOfflineFetch(snapshot());
    const r = await f('./api/impact/component%3Act-tube');
    expect(r.status).toBe(200);
    const body = (await r.json()) as ImpactResponse;
    expect(body.domains.map((d) => d.name)).toEqual(['诊断检验装备']);
  });

  it('applies the contract defaults and limits to query parameters', async () => {
    const f = createOfflineFetch(snapshot());
    const ok = (await (await f('./api/search?q=CT&limit=1')).json()) as SearchResponse;
    expect(ok.results).toHaveLength(1);
    const bad = await f('./api/search?q=CT&limit=5000');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
  });

  it('says 404 for an unknown node and for the endpoints a snapshot cannot serve, 405 for writes', async () => {
    const f = createOfflineFetch(snapshot());
    expect((await f('./api/nodes/equipment:unknown')).status).toBe(404);
    expect((await f('./api/openapi.json')).status).toBe(404);
    expect((await f('./api/cypher', { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('says 404 for every GET route listed as server-only, and 405 for every POST route', async () => {
    const f = createOfflineFetch(snapshot());
    for (const name of Object.keys(SERVER_ONLY_ROUTES) as (keyof typeof SERVER_ONLY_ROUTES)[]) {
      const route = ROUTE_PATHS[name];
      const url = `.${fillPath<string>(route.path, { id: 'meq-2021', token: 'a'.repeat(32) })}`;
      const status = (await f(url, { method: route.method.toUpperCase() })).status;
      expect({ name, status }).toEqual({ name, status: route.method === 'get' ? 404 : 405 });
    }
  });
});
