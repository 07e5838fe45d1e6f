// What wraps every route: security headers, ETag revalidation tied to the graph version, the rate
// limit, CORS off unless configured, the console off when disabled, the OpenAPI document, and the
// built client served with an index.html fallback.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, errorResponseSchema } from '../../../core/contract';
import { testDriver } from '../../helpers/neo4j';
import { call, startApi, type RunningApi } from './support/api-server';
import { extractPlans, loadPlans } from './support/plans-graph';
import { loadGraph } from '../../../server/load';

let driver: Driver;
let database: string;
let api: RunningApi;
let clientDir: string;

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  await loadPlans(driver, database);
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-client-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Plan Atlas</title>');
  api = await startApi(driver, database, { clientDir });
});

afterAll(async () => {
  await api.close();
  await driver.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

/** Runs `body` against an app started with `options`, then closes it. */
async function withApi(
  options: Parameters<typeof startApi>[2],
  body: (baseUrl: string) => Promise<void>,
): Promise<void> {
  const other = await startApi(driver, database, options);
  try {
    await body(other.baseUrl);
  } finally {
    await other.close();
  }
}

describe('security headers', () => {
  it('sends a strict CSP without inline script, nosniff and frame-ancestors none', async () => {
    const { headers } = await call(api.baseUrl, '/api/health');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-powered-by')).toBeNull();
  });
});

describe('HSTS', () => {
  it('is not sent over plain http', async () => {
    const { headers } = await call(api.baseUrl, '/api/health');
    expect(headers.get('strict-transport-security')).toBeNull();
  });

  it('is sent when a trusted proxy says the request came over https', async () => {
    await withApi({ trustProxy: 'loopback' }, async (baseUrl) => {
      const secure = await call(baseUrl, '/api/health', { headers: { 'X-Forwarded-Proto': 'https' } });
      expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      const plain = await call(baseUrl, '/api/health', { headers: { 'X-Forwarded-Proto': 'http' } });
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    });
  });
});

describe('ETag', () => {
  it('tags graph answers with the graph version and answers 304 to a matching If-None-Match', async () => {
    const first = await call(api.baseUrl, '/api/nodes/equipment:ecmo');
    const etag = first.headers.get('etag');
    expect(etag).toContain(first.headers.get('x-graph-version'));
    const again = await call(api.baseUrl, '/api/nodes/equipment:ecmo', {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
    const other = await call(api.baseUrl, '/api/nodes/equipment:ecmo', {
      headers: { 'If-None-Match': 'W/"old-version.x"' },
    });
    expect(other.status).toBe(200);
  });

  it('leaves error answers untagged', async () => {
    const missing = await call(api.baseUrl, '/api/nodes/equipment:no-such-node');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
  });

  it('changes when a new graph version is loaded', async () => {
    const before = (await call(api.baseUrl, '/api/plans')).headers.get('etag');
    await loadGraph(driver, database, extractPlans().graph, {
      hash: `etag-test-${Date.now()}`,
      lockWaitMs: 60_000,
    });
    await new Promise((r) => setTimeout(r, 1_100)); // the pointer is reused for up to 1 s
    const after = await call(api.baseUrl, '/api/plans', { headers: { 'If-None-Match': before ?? '' } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a client passes its limit', async () => {
    await withApi({ rateLimit: { max: 3, windowMs: 60_000 } }, async (baseUrl) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await call(baseUrl, '/api/health/ping')).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await call(baseUrl, '/api/health/ping');
      expect(errorResponseSchema.parse(limited.body).error.code).toBe('rate_limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });
});

describe('CORS', () => {
  it('is off unless configured', async () => {
    const res = await call(api.baseUrl, '/api/health/ping', { headers: { Origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows only the configured origins', async () => {
    await withApi({ corsOrigins: ['https://atlas.example'] }, async (baseUrl) => {
      const ok = await call(baseUrl, '/api/health/ping', { headers: { Origin: 'https://atlas.example' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://atlas.example');
      const other = await call(baseUrl, '/api/health/ping', { headers: { Origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('the Cypher console', () => {
  it('answers 403 when the server has it off', async () => {
    await withApi({ cypherConsole: false }, async (baseUrl) => {
      const res = await call(baseUrl, '/api/cypher', { body: { query: 'RETURN 1' } });
      expect(res.status).toBe(403);
      expect(errorResponseSchema.parse(res.body).error.code).toBe('forbidden');
    });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route of the contract with its parameters', async () => {
    const { status, body } = await call(api.baseUrl, '/api/openapi.json');
    expect(status).toBe(200);
    const doc = body as {
      openapi: string;
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const route of Object.values(ROUTES)) {
      expect(doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method], route.path).toBeDefined();
    }
    expect(doc.paths['/api/supply-chain/{id}']?.get?.parameters.map((p) => p.name)).toEqual([
      'id',
      'direction',
      'depth',
      'limit',
    ]);
  });
});

describe('the built client', () => {
  it('is served, with index.html for the page URLs and JSON 404s for unknown API paths', async () => {
    const page = await call(api.baseUrl, '/explore/equipment:ecmo', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<title>Plan Atlas</title>');
    const unknownApi = await call(api.baseUrl, '/api/no-such-thing', { headers: { Accept: 'text/html' } });
    expect(unknownApi.status).toBe(404);
    expect(errorResponseSchema.parse(unknownApi.body).error.code).toBe('not_found');
  });
});
