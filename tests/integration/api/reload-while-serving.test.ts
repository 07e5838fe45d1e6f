// Reloads while the API serves. The loader switches the pointer, then deletes the replaced version
// only once no transaction reads it (at least 1.5 s, at most 15 s): requests that began on the old
// version finish on it, and every answer comes from one version, whole, never a 500.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareResponseSchema,
  responsibilitiesResponseSchema,
  searchResponseSchema,
  supplyChainResponseSchema,
} from '../../../core/contract';
import { loadGraph } from '../../../server/load';
import { testDriver } from '../../helpers/neo4j';
import { call, startApi, type Logged, type RunningApi } from './support/api-server';
import { extractPlans, loadPlans } from './support/plans-graph';

let driver: Driver;
let database: string;
let cachedApi: RunningApi;
let api: RunningApi;
const logged: Logged = { errors: [] };

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  await loadPlans(driver, database);
  // A pointer kept for a minute: the first test runs under one cached version.
  cachedApi = await startApi(driver, database, { graphPointerTtlMs: 60_000, warmUp: false }, logged);
  api = await startApi(driver, database, { warmUp: false }, logged);
});

afterAll(async () => {
  await cachedApi.close();
  await api.close();
  await driver.close();
});

const reload = (tag: string) =>
  loadGraph(driver, database, extractPlans().graph, { hash: `${tag}-${Date.now()}`, lockWaitMs: 60_000 });

describe('a reload while the API serves', () => {
  it('answers a node from the new version when the cached version was deleted, and 404 stays 404', async () => {
    const before = await call(cachedApi.baseUrl, '/api/nodes/equipment:ecmo');
    expect(before.status).toBe(200);
    const oldVersion = before.headers.get('x-graph-version');

    await reload('reload');

    const after = await call(cachedApi.baseUrl, '/api/nodes/equipment:ecmo');
    expect(after.status, JSON.stringify(after.body)).toBe(200);
    expect(after.headers.get('x-graph-version')).not.toBe(oldVersion);
    // The pointer read again is now the cached one: later requests use the new version directly.
    expect((await call(cachedApi.baseUrl, '/api/supply-chain/equipment:ecmo')).status).toBe(200);
    expect((await call(cachedApi.baseUrl, '/api/nodes/equipment:no-such-thing')).status).toBe(404);
    expect(logged.errors).toEqual([]);
  });

  it('serves whole answers of one version, never a 500, through two reloads', async () => {
    const baseline = {
      search: searchResponseSchema.parse((await call(api.baseUrl, '/api/search?q=ct&limit=50')).body).results
        .length,
      trace: Object.keys(
        supplyChainResponseSchema.parse((await call(api.baseUrl, '/api/supply-chain/equipment:ecmo')).body)
          .levels,
      ).length,
      cells: responsibilitiesResponseSchema.parse((await call(api.baseUrl, '/api/responsibilities')).body)
        .cells.length,
      both: compareResponseSchema.parse((await call(api.baseUrl, '/api/compare?a=meq-2021&b=hist-2017')).body)
        .both,
    };
    expect(baseline.search).toBeGreaterThan(0);
    expect(baseline.trace).toBeGreaterThan(1);

    const seenVersions = new Set<string>();
    const problems: string[] = [];
    let loading = true;
    const serve = async () => {
      while (loading) {
        const [search, trace, resp, compare] = await Promise.all([
          call(api.baseUrl, '/api/search?q=ct&limit=50'),
          call(api.baseUrl, '/api/supply-chain/equipment:ecmo'),
          call(api.baseUrl, '/api/responsibilities'),
          call(api.baseUrl, '/api/compare?a=meq-2021&b=hist-2017'),
        ]);
        for (const res of [search, trace, resp, compare]) {
          if (res.status !== 200) problems.push(`${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          seenVersions.add(res.headers.get('x-graph-version') ?? 'none');
        }
        if (search.status === 200) {
          const n = searchResponseSchema.parse(search.body).results.length;
          if (n !== baseline.search) problems.push(`search ct gave ${n} results, not ${baseline.search}`);
        }
        if (trace.status === 200) {
          const n = Object.keys(supplyChainResponseSchema.parse(trace.body).levels).length;
          if (n !== baseline.trace) problems.push(`trace gave ${n} nodes, not ${baseline.trace}`);
        }
        if (resp.status === 200) {
          const n = responsibilitiesResponseSchema.parse(resp.body).cells.length;
          if (n !== baseline.cells) problems.push(`responsibilities gave ${n} cells, not ${baseline.cells}`);
        }
        if (compare.status === 200) {
          const both = compareResponseSchema.parse(compare.body).both;
          if (JSON.stringify(both) !== JSON.stringify(baseline.both)) problems.push('compare changed');
        }
      }
    };
    const serving = [serve(), serve()];
    try {
      await reload('reload-a');
      await reload('reload-b');
    } finally {
      loading = false;
      await Promise.all(serving);
    }
    expect(problems).toEqual([]);
    // The requests did span the reloads: answers came from at least two versions.
    expect(seenVersions.size).toBeGreaterThanOrEqual(2);
    expect(logged.errors).toEqual([]);
  });
});
