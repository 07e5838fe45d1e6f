// A reload while the API serves (review item 3): the loader switches the pointer and deletes the old
// version at once, while the API still holds the old pointer in its cache. A node that exists in the
// new version must not answer 404 just because the cached version is gone.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../server/load';
import { testDriver } from '../../helpers/neo4j';
import { call, startApi, type Logged, type RunningApi } from './support/api-server';
import { extractPlans, loadPlans } from './support/plans-graph';

let driver: Driver;
let database: string;
let api: RunningApi;
const logged: Logged = { errors: [] };

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  await loadPlans(driver, database);
  // A pointer kept for a minute: the whole test runs under one cached version.
  api = await startApi(driver, database, { graphPointerTtlMs: 60_000, warmUp: false }, logged);
});

afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('a reload while the API serves', () => {
  it('answers a node from the new version when the cached version was deleted, and 404 stays 404', async () => {
    const before = await call(api.baseUrl, '/api/nodes/equipment:ecmo');
    expect(before.status).toBe(200);
    const oldVersion = before.headers.get('x-graph-version');

    const { graph } = extractPlans();
    await loadGraph(driver, database, graph, { hash: `reload-${Date.now()}`, lockWaitMs: 60_000 });

    const after = await call(api.baseUrl, '/api/nodes/equipment:ecmo');
    expect(after.status, JSON.stringify(after.body)).toBe(200);
    expect(after.headers.get('x-graph-version')).not.toBe(oldVersion);
    // The pointer read again is now the cached one: later requests use the new version directly.
    expect((await call(api.baseUrl, '/api/supply-chain/equipment:ecmo')).status).toBe(200);
    expect((await call(api.baseUrl, '/api/nodes/equipment:no-such-thing')).status).toBe(404);
    expect(logged.errors).toEqual([]);
  });
});
