// The read-only console contained by what Neo4j would execute: refusals named from the EXPLAIN plan
// (LOAD CSV however spelled, SHOW/TERMINATE, db.* procedures), Neo4j's own time limit, the byte
// and concurrency caps, and the Host check in front of every route. Real HTTP, real Neo4j.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherResponseSchema, errorResponseSchema } from '../../../core/contract';
import { testDriver } from '../../helpers/neo4j';
import { call, startApi, type Logged, type RunningApi } from './support/api-server';
import { databaseCounts, loadPlans } from './support/plans-graph';

let driver: Driver;
let database: string;
let api: RunningApi;
let csvServer: http.Server;
let csvUrl: string;
const csvRequests: string[] = [];
const logged: Logged = { errors: [] };
const TIMEOUT_MS = 2_000;

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  await loadPlans(driver, database);
  api = await startApi(driver, database, { consoleTimeoutMs: TIMEOUT_MS, warmUp: false }, logged);
  // A local http server that a LOAD CSV would fetch from: it must never be asked.
  csvServer = http.createServer((req, res) => {
    csvRequests.push(req.url ?? '');
    res.end('secret,value\nkey,42\n');
  });
  await new Promise<void>((resolve) => csvServer.listen(0, '127.0.0.1', resolve));
  csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}/internal.csv`;
});

afterAll(async () => {
  await api.close();
  await new Promise<void>((resolve) => csvServer.close(() => resolve()));
  await driver.close();
});

const consoleQuery = (query: string, params?: Record<string, unknown>) =>
  call(api.baseUrl, '/api/cypher', { body: params ? { query, params } : { query } });

const errorOf = (body: unknown) => errorResponseSchema.parse(body).error;

/** Console transactions still running in Neo4j (the console tags its transactions). */
async function runningConsoleTransactions(): Promise<number> {
  const { records } = await driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData
     WHERE metaData.app = 'plan-atlas-console' RETURN count(transactionId) AS n`,
    {},
    { database },
  );
  return Number(records[0]?.get('n'));
}

describe('the console refuses by the plan, naming the operator', () => {
  it.each([
    ['LOAD/**/CSV FROM $url AS row RETURN row', 'LoadCSV'],
    ['LOAD CSV FROM $url AS row RETURN row', 'LoadCSV'],
    ['load /* x */ csv with headers from $url as r return r', 'LoadCSV'],
  ])('%s -> 403 and the local server receives no request', async (query, operator) => {
    const res = await consoleQuery(query, { url: csvUrl });
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(errorOf(res.body).code).toBe('forbidden');
    // The refused operator is named, whatever the sentence around it.
    expect(errorOf(res.body).message).toContain(operator);
    expect(csvRequests).toEqual([]);
  });

  it.each([
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TerminateTransactions'],
    ['SHOW TRANSACTIONS', 'ShowTransactions'],
    ['SHOW SETTINGS', 'ShowSettings'],
    ["CALL db.stats.collect('QUERIES')", 'db.stats.collect'],
    ["CALL db.resampleIndex('entity_graph')", 'db.resampleIndex'],
    ['CALL db.prepareForReplanning()', 'db.prepareForReplanning'],
    ["CREATE USER hacker SET PASSWORD 'password123'", 'only reads'],
  ])('%s -> 403 naming %s', async (query, named) => {
    const res = await consoleQuery(query);
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ code: 'forbidden' });
    expect(errorOf(res.body).message).toContain(named);
  });

  it('refuses reduce(), which Neo4j cannot stop inside one row, before it runs', async () => {
    const res = await consoleQuery('RETURN reduce(s = "", x IN range(1, 2000000) | s + "xxxxxxxxxx") AS s');
    expect(res.status, JSON.stringify(res.body)).toBe(403);
    expect(errorOf(res.body).code).toBe('forbidden');
    expect(errorOf(res.body).message).toContain('reduce()');
    expect(await runningConsoleTransactions()).toBe(0);
  });

  it('still runs reads, listed procedures and full-text queries', async () => {
    for (const query of [
      'CALL db.labels() YIELD label RETURN label',
      "CALL db.index.fulltext.queryNodes('entity_names_cjk', '传感器') YIELD node RETURN node.name LIMIT 3",
      'MATCH (n:Equipment)-[:IN_DOMAIN]->(d) RETURN d.name, count(n) ORDER BY count(n) DESC LIMIT 3',
      'UNWIND range(1, 3) AS i RETURN i',
    ]) {
      const res = await consoleQuery(query);
      expect(res.status, `${query}: ${JSON.stringify(res.body)}`).toBe(200);
    }
  });
});

describe('the console limits', () => {
  it('a runaway query is stopped by Neo4j at the transaction timeout and answered 503', async () => {
    const started = performance.now();
    const res = await consoleQuery('UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i)');
    const elapsed = performance.now() - started;
    expect(res.status, JSON.stringify(res.body)).toBe(503);
    expect(errorOf(res.body).code).toBe('unavailable');
    expect(res.headers.get('retry-after')).not.toBeNull();
    // Neo4j's answer (its monitor looks every 2 s), not the server's later deadline (timeout + 5 s,
    // whose message says Neo4j did not answer).
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 5_000);
    expect(await runningConsoleTransactions()).toBe(0);
  });

  it('cuts the answer at the byte cap and says which cap', async () => {
    const res = await consoleQuery('UNWIND range(1, 1000) AS i RETURN i, $pad AS pad', {
      pad: 'x'.repeat(10_000),
    });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    const body = cypherResponseSchema.parse(res.body);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'bytes' });
    expect(body.rows.length).toBeGreaterThan(100);
    expect(body.rows.length).toBeLessThan(200);
    expect(JSON.stringify(body.rows).length).toBeLessThanOrEqual(2_000_000);
  });

  it('says when the row cap cut the answer', async () => {
    const body = cypherResponseSchema.parse((await consoleQuery('UNWIND range(1, 5000) AS i RETURN i')).body);
    expect(body).toMatchObject({ truncated: true, truncatedBy: 'rows' });
    expect(body.rows).toHaveLength(1000);
  });

  it('runs two queries at once and refuses more with 503', async () => {
    const slow = 'UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i)';
    const answers = await Promise.all([1, 2, 3, 4].map(() => consoleQuery(slow)));
    const messages = answers.map((a) => errorOf(a.body).message);
    expect(answers.map((a) => a.status)).toEqual([503, 503, 503, 503]);
    expect(messages.filter((m) => m.includes('already runs 2 queries'))).toHaveLength(2);
    expect(messages.filter((m) => m.includes('longer than 2 s'))).toHaveLength(2);
    expect((await consoleQuery('RETURN 1 AS one')).status).toBe(200);
  });
});

/** A GET with a Host header of our choosing (fetch does not let a caller set Host). */
function getWithHost(path: string, host: string): Promise<number> {
  const url = new URL(api.baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path, method: 'GET', headers: { host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the Host header', () => {
  it('refuses another host name on a loopback server (DNS rebinding) with 421, on every route', async () => {
    const port = new URL(api.baseUrl).port;
    for (const path of ['/api/health/ping', '/api/search?q=CT', '/', '/api/openapi.json'])
      expect(await getWithHost(path, `rebind.example:${port}`)).toBe(421);
  });

  it('answers loopback names', async () => {
    const port = new URL(api.baseUrl).port;
    expect(await getWithHost('/api/health/ping', `localhost:${port}`)).toBe(200);
    expect(await getWithHost('/api/health/ping', `127.0.0.1:${port}`)).toBe(200);
  });
});

describe('after all that', () => {
  it('the graph is unchanged, the local server was never asked, and nothing was logged as a bug', async () => {
    const counts = await databaseCounts(driver, database);
    expect(counts.nodes).toBeGreaterThan(0);
    expect(csvRequests).toEqual([]);
    expect(logged.errors).toEqual([]);
  });
});
