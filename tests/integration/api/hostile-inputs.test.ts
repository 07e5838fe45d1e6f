// A table of hostile inputs, each answered with the right status (never a 500) and the graph
// unchanged afterwards: injection in every parameter, huge and empty values, wrong types, unknown
// ids, out-of-range depths and k, writes and CALLs on the console.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema } from '../../../core/contract';
import { testDriver } from '../../helpers/neo4j';
import { call, startApi, type Logged, type RunningApi } from './support/api-server';
import { databaseCounts, loadPlans } from './support/plans-graph';

interface Case {
  name: string;
  path: string;
  /** JSON body (POST); `raw` sends the text as is. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  status: number;
  code?: string;
}

const e = encodeURIComponent;
const consoleCase = (query: string, status = 403, code = 'forbidden'): Case => ({
  name: `console: ${query.slice(0, 60)}`,
  path: '/api/cypher',
  body: { query },
  status,
  code,
});

const CASES: Case[] = [
  // Search: the text is searched for, never executed; bad parameters are 400.
  {
    name: 'search: Cypher injection is searched for',
    path: `/api/search?q=${e("'}) MATCH (n) DETACH DELETE n //")}`,
    status: 200,
  },
  { name: 'search: Lucene match-all is searched for', path: `/api/search?q=${e('*:*')}`, status: 200 },
  {
    name: 'search: Lucene operators are searched for',
    path: `/api/search?q=${e('name:CT~ AND [a TO z] "x')}`,
    status: 200,
  },
  { name: 'search: empty q', path: '/api/search?q=', status: 400, code: 'invalid_input' },
  {
    name: 'search: q of spaces only',
    path: `/api/search?q=${e(' \u3000 ')}`,
    status: 400,
    code: 'invalid_input',
  },
  { name: 'search: no q', path: '/api/search', status: 400, code: 'invalid_input' },
  { name: 'search: q given twice', path: '/api/search?q=a&q=b', status: 400, code: 'invalid_input' },
  {
    name: 'search: q too long',
    path: `/api/search?q=${'x'.repeat(101)}`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'search: unknown label',
    path: '/api/search?q=ct&labels=Robot',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'search: label injection',
    path: `/api/search?q=ct&labels=${e('Equipment) DETACH DELETE n //')}`,
    status: 400,
    code: 'invalid_input',
  },
  { name: 'search: limit 0', path: '/api/search?q=ct&limit=0', status: 400, code: 'invalid_input' },
  {
    name: 'search: limit above the maximum',
    path: '/api/search?q=ct&limit=1000000',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'search: limit not a number',
    path: '/api/search?q=ct&limit=ten',
    status: 400,
    code: 'invalid_input',
  },
  // Nodes and neighbours.
  { name: 'node: unknown id', path: '/api/nodes/equipment:does-not-exist', status: 404, code: 'not_found' },
  {
    name: 'node: id injection',
    path: `/api/nodes/${e("equipment:ecmo'})-[r]-() DELETE r //")}`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'node: id too long',
    path: `/api/nodes/equipment:${'a'.repeat(300)}`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'node: URL too long',
    path: `/api/nodes/equipment:${'a'.repeat(5000)}`,
    status: 414,
    code: 'uri_too_long',
  },
  {
    name: 'neighbours: unknown type',
    path: '/api/nodes/equipment:ecmo/neighbors?types=DELETE',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'neighbours: bad direction',
    path: '/api/nodes/equipment:ecmo/neighbors?direction=up',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'neighbours: limit above the maximum',
    path: '/api/nodes/equipment:ecmo/neighbors?limit=201',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'neighbours: unknown id',
    path: '/api/nodes/equipment:nope/neighbors',
    status: 404,
    code: 'not_found',
  },
  // Supply chain and impact.
  {
    name: 'trace: depth 0',
    path: '/api/supply-chain/equipment:ecmo?depth=0',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'trace: depth 7',
    path: '/api/supply-chain/equipment:ecmo?depth=7',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'trace: depth 2.5',
    path: '/api/supply-chain/equipment:ecmo?depth=2.5',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'trace: depth injection',
    path: `/api/supply-chain/equipment:ecmo?depth=${e('3]->(m) DETACH DELETE m //')}`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'trace: bad direction',
    path: '/api/supply-chain/equipment:ecmo?direction=sideways',
    status: 400,
    code: 'invalid_input',
  },
  { name: 'trace: unknown id', path: '/api/supply-chain/equipment:nope', status: 404, code: 'not_found' },
  { name: 'impact: unknown id', path: '/api/impact/material:nope', status: 404, code: 'not_found' },
  {
    name: 'impact: huge limit',
    path: '/api/impact/material:hollow-fiber-membrane?limit=99999999',
    status: 400,
    code: 'invalid_input',
  },
  // Paths.
  {
    name: 'paths: k 6',
    path: '/api/paths?from=equipment:ecmo&to=equipment:ct&k=6',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'paths: k 0',
    path: '/api/paths?from=equipment:ecmo&to=equipment:ct&k=0',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'paths: maxHops 9',
    path: '/api/paths?from=equipment:ecmo&to=equipment:ct&maxHops=9',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'paths: k injection',
    path: `/api/paths?from=equipment:ecmo&to=equipment:ct&k=${e('1 (a)--(b) DETACH DELETE a //')}`,
    status: 400,
    code: 'invalid_input',
  },
  { name: 'paths: no from', path: '/api/paths?to=equipment:ct', status: 400, code: 'invalid_input' },
  {
    name: 'paths: from equals to',
    path: '/api/paths?from=equipment:ct&to=equipment:ct',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'paths: unknown to',
    path: '/api/paths?from=equipment:ecmo&to=equipment:nope',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'paths: type injection',
    path: `/api/paths?from=equipment:ecmo&to=equipment:ct&types=${e('USED_IN|DELETE')}`,
    status: 400,
    code: 'invalid_input',
  },
  // Bottlenecks, responsibilities, plans, compare.
  {
    name: 'bottlenecks: limit above the maximum',
    path: '/api/bottlenecks?limit=101',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'bottlenecks: a label that is not a part',
    path: '/api/bottlenecks?labels=Equipment',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'responsibilities: malformed department',
    path: `/api/responsibilities?department=${e("x' OR 1=1")}`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'responsibilities: unknown department',
    path: '/api/responsibilities?department=department:nope',
    status: 404,
    code: 'not_found',
  },
  { name: 'compare: no a', path: '/api/compare?b=meq-2021', status: 400, code: 'invalid_input' },
  {
    name: 'compare: plan id injection',
    path: `/api/compare?a=${e("meq-2021' OR '1'='1")}&b=hist-2017`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'compare: unknown plan',
    path: '/api/compare?a=meq-2021&b=nope-2020',
    status: 404,
    code: 'not_found',
  },
  {
    name: 'plan text: path traversal',
    path: `/api/plans/${e('../../etc/passwd')}/text`,
    status: 400,
    code: 'invalid_input',
  },
  { name: 'plan text: unknown plan', path: '/api/plans/nope-2020/text', status: 404, code: 'not_found' },
  { name: 'unknown endpoint', path: '/api/nodes', status: 404, code: 'not_found' },
  // The console: only reads.
  consoleCase("CREATE (n:Entity {id: 'equipment:evil', graph: 'x'}) RETURN n"),
  consoleCase("MERGE (n:Hacked {id: 'x'}) RETURN n"),
  consoleCase('MATCH (n) DETACH DELETE n'),
  consoleCase("MATCH (n:Entity) SET n.name = 'hacked'"),
  consoleCase('MATCH (n:Entity) WITH n LIMIT 1 CALL (n) { SET n.hacked = true } RETURN 1'),
  consoleCase("CALL db.createLabel('Hacked')"),
  consoleCase('CALL dbms.components()'),
  consoleCase("LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row"),
  consoleCase('CREATE INDEX hacked IF NOT EXISTS FOR (n:Entity) ON (n.hacked)'),
  consoleCase("CREATE USER hacker SET PASSWORD 'password123'"),
  consoleCase('EXPLAIN CREATE (n)'),
  consoleCase('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS RETURN 1'),
  consoleCase('MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', 400, 'invalid_input'),
  consoleCase('MATC (n) RETURN n', 400, 'invalid_input'),
  consoleCase(
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    400,
    'invalid_input',
  ),
  { name: 'console: no query', path: '/api/cypher', body: {}, status: 400, code: 'invalid_input' },
  {
    name: 'console: query of the wrong type',
    path: '/api/cypher',
    body: { query: 42 },
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'console: body not JSON',
    path: '/api/cypher',
    raw: '{"query": ',
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'console: body too large',
    path: '/api/cypher',
    body: { query: 'RETURN 1', params: { pad: 'x'.repeat(100_000) } },
    status: 413,
    code: 'too_large',
  },
  {
    name: 'console: a body that claims gzip but is not',
    path: '/api/cypher',
    raw: '{"query": "RETURN 1"}',
    headers: { 'content-encoding': 'gzip' },
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'console: parameters nested 10,000 deep',
    path: '/api/cypher',
    raw: `{"query": "RETURN $x AS x", "params": {"x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
    status: 400,
    code: 'invalid_input',
  },
  {
    name: 'console: parameters nested 30 deep are data',
    path: '/api/cypher',
    raw: `{"query": "RETURN size($x) AS x", "params": {"x": ${'['.repeat(30)}${']'.repeat(30)}}}`,
    status: 200,
  },
  {
    name: 'search: a 20,000-character query string',
    path: `/api/search?q=${'x'.repeat(20_000)}`,
    status: 414,
    code: 'uri_too_long',
  },
  {
    name: 'console: parameters stay data',
    path: '/api/cypher',
    body: { query: 'RETURN $x AS x', params: { x: "'}) DETACH DELETE n //" } },
    status: 200,
  },
];

let driver: Driver;
let database: string;
let api: RunningApi;
let before: { nodes: number; edges: number };
const logged: Logged = { errors: [] };

beforeAll(async () => {
  const t = testDriver();
  driver = t.driver;
  database = t.database;
  await loadPlans(driver, database);
  api = await startApi(driver, database, {}, logged);
  before = await databaseCounts(driver, database);
});

afterAll(async () => {
  await api.close();
  await driver.close();
});

describe('hostile inputs', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('$name -> $status', async (c) => {
    const res = await call(
      api.baseUrl,
      c.path,
      c.raw !== undefined
        ? { rawBody: c.raw, headers: c.headers ?? {} }
        : c.body !== undefined
          ? { body: c.body }
          : {},
    );
    expect(res.status, JSON.stringify(res.body)).toBe(c.status);
    if (c.code) expect(errorResponseSchema.parse(res.body).error.code).toBe(c.code);
  });

  it('stops a console query at its 5 s limit with a 503', async () => {
    const res = await call(api.baseUrl, '/api/cypher', {
      body: { query: 'UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 RETURN count(i)' },
    });
    expect(res.status).toBe(503);
    expect(errorResponseSchema.parse(res.body).error.code).toBe('unavailable');
  });

  it('leaves the graph unchanged and logs no unexpected error', async () => {
    expect(await databaseCounts(driver, database)).toEqual(before);
    expect(logged.errors).toEqual([]);
  });
});
