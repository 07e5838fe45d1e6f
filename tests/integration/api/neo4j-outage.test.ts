// Neo4j stopped and restarted while the API runs: every graph call answers 503 with the error shape
// (health with its own shape and a reason), the process stays up, and it recovers by itself once
// Neo4j is back. A second throw-away Neo4j of this file's own, so the shared one is not disturbed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, healthResponseSchema, searchResponseSchema } from '../../../core/contract';
import { createDriver } from '../../../server/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/db/embedded-neo4j';
import { findFreePort } from '../../../server/db/free-port';
import { call, startApi, type Logged, type RunningApi } from './support/api-server';
import { loadPlans } from './support/plans-graph';

const PASSWORD = 'outage-test-password';
let home: string;
let port: number;
let neo4j: EmbeddedNeo4j | undefined;
let driver: Driver;
let api: RunningApi;
const logged: Logged = { errors: [] };

const start = () => startEmbeddedNeo4j({ home, port, password: PASSWORD, heap: '512m', pageCache: '64m' });

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-api-outage-'));
  port = await findFreePort();
  neo4j = await start();
  driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: PASSWORD });
  await loadPlans(driver, 'neo4j');
  // A short pointer cache so the test sees the outage at once.
  api = await startApi(driver, 'neo4j', { graphPointerTtlMs: 0 }, logged);
}, 240_000);

afterAll(async () => {
  await api.close();
  await driver.close();
  await neo4j?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not recovered within ${timeoutMs} ms`);
}

describe('Neo4j stopped and restarted during the run', () => {
  it('answers 503 while Neo4j is away and 200 again, by itself, once it is back', async () => {
    expect((await call(api.baseUrl, '/api/health')).status).toBe(200);
    const first = await call(api.baseUrl, '/api/search?q=ECMO');
    expect(first.status, JSON.stringify(first.body)).toBe(200);

    await neo4j?.stop();
    neo4j = undefined;

    const health = await call(api.baseUrl, '/api/health');
    expect(health.status).toBe(503);
    const body = healthResponseSchema.parse(health.body);
    expect(body).toMatchObject({ status: 'unavailable', neo4j: { connected: false }, graph: null });
    expect(body.reason).toMatch(/Neo4j/);
    for (const p of [
      '/api/search?q=ECMO',
      '/api/nodes/equipment:ecmo',
      '/api/supply-chain/equipment:ecmo',
      '/api/health/ping',
    ]) {
      const res = await call(api.baseUrl, p);
      expect(res.status, p).toBe(503);
      expect(errorResponseSchema.parse(res.body).error.code).toBe('unavailable');
      expect(res.headers.get('retry-after')).toBe('5');
    }

    neo4j = await start();
    const tookMs = await until(async () => (await call(api.baseUrl, '/api/health')).status === 200, 60_000);
    const search = await call(api.baseUrl, '/api/search?q=ECMO');
    expect(search.status).toBe(200);
    expect(searchResponseSchema.parse(search.body).results[0]?.id).toBe('equipment:ecmo');
    expect(tookMs).toBeLessThan(60_000);
    expect(logged.errors).toEqual([]);
  }, 240_000);
});
