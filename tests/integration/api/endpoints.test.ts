// Every endpoint over real HTTP on the real plans (extracted and loaded in beforeAll), each answer
// checked against its contract schema.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bottlenecksResponseSchema,
  compareResponseSchema,
  cypherResponseSchema,
  healthResponseSchema,
  impactResponseSchema,
  neighborsResponseSchema,
  nodeDetailsResponseSchema,
  pathsResponseSchema,
  plansResponseSchema,
  planTextResponseSchema,
  responsibilitiesResponseSchema,
  searchResponseSchema,
  supplyChainResponseSchema,
} from '../../../core/contract';
import { createCurrentGraphCache } from '../../../server/api/db/current-graph-cache';
import { createReadRunner } from '../../../server/api/db/read-runner';
import { warmUp } from '../../../server/api/db/warm-up';
import { testNeo4j } from '../../helpers/neo4j';
import { call, startApi } from './support/api-server';
import { usePlansApi } from './support/plans-api';

const suite = usePlansApi();
const get = suite.get.bind(suite);

/** The id of the best search hit for a name, as a user of the page would find it. */
async function idOf(name: string): Promise<string> {
  const { results } = await get(searchResponseSchema, `/api/search?q=${encodeURIComponent(name)}`);
  const first = results[0];
  if (!first) throw new Error(`no search result for ${name}`);
  return first.id;
}

describe('GET /api/health', () => {
  it('reports Neo4j 5.26 connected and the loaded graph with its counts', async () => {
    const health = await get(healthResponseSchema, '/api/health');
    expect(health.status).toBe('ok');
    expect(health.neo4j).toMatchObject({ connected: true });
    expect(health.neo4j.version).toMatch(/^5\.26\./);
    expect(health.graph?.plans).toBe(2);
    expect(health.graph?.nodes).toBeGreaterThan(100);
  });
});

describe('GET /api/search', () => {
  it('finds 中空纤维膜 by Chinese, by pinyin initials, by a pinyin prefix with a space, and exact first', async () => {
    for (const q of ['中空纤维膜', 'zkxwm', 'zhong kong', '中空 纤维膜']) {
      const { results } = await get(searchResponseSchema, `/api/search?q=${encodeURIComponent(q)}`);
      expect(results[0]?.name, q).toBe('中空纤维膜');
    }
    const exact = await get(searchResponseSchema, `/api/search?q=${encodeURIComponent('中空纤维膜')}`);
    expect(exact.results[0]?.match).toBe('exact');
  });

  it('finds ECMO typed in full-width letters', async () => {
    const { results } = await get(searchResponseSchema, `/api/search?q=${encodeURIComponent('ＥＣＭＯ')}`);
    expect(results[0]).toMatchObject({ id: 'equipment:ecmo', match: 'exact' });
  });

  it('ranks exact matches before prefix matches before fuzzy ones', async () => {
    const { results } = await get(searchResponseSchema, `/api/search?q=${encodeURIComponent('CT')}&limit=20`);
    const order = { exact: 3, prefix: 2, head: 1, fuzzy: 0 };
    const ranks = results.map((r) => order[r.match]);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(results[0]?.match).toBe('exact');
  });

  it('keeps only the labels asked for', async () => {
    const { results } = await get(
      searchResponseSchema,
      `/api/search?q=${encodeURIComponent('装备')}&labels=Domain&limit=50`,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.label === 'Domain')).toBe(true);
  });
});

describe('GET /api/nodes/:id', () => {
  it('gives ECMO with its mentions, the quoted evidence of its relationships and neighbour counts', async () => {
    const details = await get(nodeDetailsResponseSchema, '/api/nodes/equipment:ecmo');
    expect(details.node).toMatchObject({ id: 'equipment:ecmo', label: 'Equipment' });
    expect(details.node.mentions?.length).toBeGreaterThan(0);
    const used = details.evidence.find((e) => e.edge.type === 'USED_IN');
    expect(used?.quote).toContain('中空纤维膜');
    expect(details.neighborCounts).toContainEqual(
      expect.objectContaining({ type: 'USED_IN', direction: 'in' }),
    );
  });
});

describe('GET /api/nodes/:id/neighbors', () => {
  it('caps the neighbours and tells the total for "+N more"', async () => {
    const all = await get(neighborsResponseSchema, '/api/nodes/equipment:ct/neighbors?limit=200');
    expect(all.total).toBeGreaterThan(2);
    const capped = await get(neighborsResponseSchema, '/api/nodes/equipment:ct/neighbors?limit=2');
    expect(capped.returned).toBe(2);
    expect(capped.total).toBe(all.total);
    expect(capped.edges).toHaveLength(2);
  });

  it('filters by type and direction', async () => {
    const incoming = await get(
      neighborsResponseSchema,
      '/api/nodes/equipment:ecmo/neighbors?types=USED_IN&direction=in',
    );
    expect(incoming.edges.every((e) => e.type === 'USED_IN' && e.target === 'equipment:ecmo')).toBe(true);
    expect(incoming.nodes.map((n) => n.name)).toContain('中空纤维膜');
    const outgoing = await get(
      neighborsResponseSchema,
      '/api/nodes/equipment:ecmo/neighbors?types=USED_IN&direction=out',
    );
    expect(outgoing.total).toBe(0);
  });
});

describe('GET /api/supply-chain/:id', () => {
  it('returns the materials upstream of ECMO within the depth limit, 中空纤维膜 among them', async () => {
    const trace = await get(
      supplyChainResponseSchema,
      '/api/supply-chain/equipment:ecmo?direction=upstream&depth=3',
    );
    expect(trace.nodes.map((n) => n.name)).toContain('中空纤维膜');
    expect(Math.max(...Object.values(trace.levels))).toBeLessThanOrEqual(3);
    expect(trace.edges.every((e) => ['USED_IN', 'PART_OF', 'IN_DOMAIN'].includes(e.type))).toBe(true);
  });

  it('reaches 诊断检验装备 downstream of CT球管', async () => {
    const tube = await idOf('CT球管');
    const trace = await get(supplyChainResponseSchema, `/api/supply-chain/${tube}?direction=downstream`);
    expect(trace.nodes.map((n) => n.name)).toContain('诊断检验装备');
    expect(trace.levels[tube]).toBe(0);
  });

  it('stops at depth 1 when asked', async () => {
    const tube = await idOf('CT球管');
    const trace = await get(
      supplyChainResponseSchema,
      `/api/supply-chain/${tube}?direction=downstream&depth=1`,
    );
    expect(trace.nodes.map((n) => n.name)).not.toContain('诊断检验装备');
  });
});

describe('GET /api/impact/:id', () => {
  it('lists every equipment and domain hit if 中空纤维膜 is unavailable, each with its path', async () => {
    const membrane = await idOf('中空纤维膜');
    const impact = await get(impactResponseSchema, `/api/impact/${membrane}`);
    expect(impact.equipment.map((h) => h.id)).toContain('equipment:ecmo');
    const domain = impact.domains.find((d) => d.name === '监护与生命支持装备');
    expect(domain?.path[0]).toBe(membrane);
    expect(domain?.path.at(-1)).toBe(domain?.id);
  });
});

describe('GET /api/paths', () => {
  it('joins 中空纤维膜 and 监护与生命支持装备', async () => {
    const [from, to] = [await idOf('中空纤维膜'), await idOf('监护与生命支持装备')];
    const { paths } = await get(pathsResponseSchema, `/api/paths?from=${from}&to=${to}&k=3`);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    expect(paths[0]?.order[0]).toBe(from);
    expect(paths[0]?.order.at(-1)).toBe(to);
    const hops = paths.map((p) => p.hops);
    expect([...hops].sort((a, b) => a - b)).toEqual(hops);
  });

  it('walks only the relationship types asked for', async () => {
    const [from, to] = [await idOf('中空纤维膜'), await idOf('监护与生命支持装备')];
    const { paths } = await get(
      pathsResponseSchema,
      `/api/paths?from=${from}&to=${to}&types=USED_IN,IN_DOMAIN&k=5`,
    );
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.flatMap((p) => p.edges).every((e) => e.type === 'USED_IN' || e.type === 'IN_DOMAIN')).toBe(
      true,
    );
  });

  it('finds nothing within one hop when the nodes are further apart', async () => {
    const [from, to] = [await idOf('中空纤维膜'), await idOf('监护与生命支持装备')];
    const { paths } = await get(pathsResponseSchema, `/api/paths?from=${from}&to=${to}&maxHops=1`);
    expect(paths).toEqual([]);
  });
});

describe('GET /api/bottlenecks', () => {
  it('ranks parts and materials by the equipment and domains depending on them', async () => {
    const { items } = await get(bottlenecksResponseSchema, '/api/bottlenecks?limit=10');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.node.label === 'Component' || i.node.label === 'Material')).toBe(true);
    const scores = items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(items.every((i) => i.score === i.equipment + i.domains)).toBe(true);
  });
});

describe('GET /api/responsibilities', () => {
  it('gives 药监 responsibilities, each cell with basis and, when inferred, its rule', async () => {
    const nmpa = await idOf('药监');
    const matrix = await get(responsibilitiesResponseSchema, `/api/responsibilities?department=${nmpa}`);
    expect(matrix.cells.length).toBeGreaterThan(0);
    expect(matrix.departments.map((d) => d.id)).toEqual([nmpa]);
    for (const cell of matrix.cells) if (cell.basis === 'inferred') expect(cell.rule).toBeTruthy();
  });

  it('resolves a predecessor body to its successor', async () => {
    const matrix = await get(responsibilitiesResponseSchema, '/api/responsibilities?limit=2000');
    const withPredecessor = matrix.departments.find((d) => d.predecessors.length > 0);
    expect(withPredecessor).toBeDefined();
    const predecessorIds = new Set(matrix.departments.flatMap((d) => d.predecessors.map((p) => p.id)));
    expect(matrix.departments.some((d) => predecessorIds.has(d.id))).toBe(false);
    expect(matrix.cells.some((c) => c.via !== undefined)).toBe(true);
  });

  it('has the stated plan-level cells (the departments 八（六） of meq-2021 names) beside the inferred measure cells', async () => {
    const matrix = await get(responsibilitiesResponseSchema, '/api/responsibilities?limit=2000');
    const plan = matrix.measures.find((m) => m.id === 'plan:meq-2021');
    expect(plan?.label).toBe('Plan');
    const stated = matrix.cells.filter((c) => c.measure === 'plan:meq-2021');
    expect(stated.map((c) => c.department).sort()).toEqual(
      ['miit', 'mof', 'mohurd', 'most', 'ndrc', 'nhc', 'nhsa', 'nmpa', 'samr', 'sasac'].map(
        (d) => `department:${d}`,
      ),
    );
    for (const cell of stated) {
      expect(cell.basis).toBe('stated');
      expect(cell.evidence.length).toBeGreaterThan(0);
    }
    expect(matrix.cells.some((c) => c.basis === 'inferred' && c.measure.startsWith('measure:'))).toBe(true);
  });

  it("keeps a department's stated plan cell and its inferred measure cells under the department filter", async () => {
    const matrix = await get(
      responsibilitiesResponseSchema,
      '/api/responsibilities?department=department:nmpa',
    );
    expect(matrix.departments.map((d) => d.id)).toEqual(['department:nmpa']);
    expect(matrix.cells).toContainEqual(
      expect.objectContaining({ department: 'department:nmpa', measure: 'plan:meq-2021', basis: 'stated' }),
    );
    expect(matrix.cells.some((c) => c.basis === 'inferred')).toBe(true);
  });

  it('says what measures reach down the chain', async () => {
    const matrix = await get(responsibilitiesResponseSchema, '/api/responsibilities?limit=2000');
    expect(matrix.measures.some((m) => m.reaches.some((r) => r.label === 'Equipment'))).toBe(true);
  });
});

describe('GET /api/compare', () => {
  it('splits the entities of the two plans into both, only A and only B by label', async () => {
    const cmp = await get(compareResponseSchema, '/api/compare?a=meq-2021&b=hist-2017');
    const count = (g: typeof cmp.both) => Object.values(g).reduce((n, l) => n + l.length, 0);
    expect(count(cmp.both)).toBeGreaterThan(0);
    expect(count(cmp.onlyA)).toBeGreaterThan(0);
    expect(count(cmp.onlyB)).toBeGreaterThan(0);
    expect(cmp.onlyA.Material.map((n) => n.name)).toContain('中空纤维膜');
    expect(cmp.truncated ?? false).toBe(false);
  });

  it('caps the entities at limit and says it cut', async () => {
    const cmp = await get(compareResponseSchema, '/api/compare?a=meq-2021&b=hist-2017&limit=3');
    const total = [cmp.both, cmp.onlyA, cmp.onlyB]
      .flatMap((g) => Object.values(g))
      .reduce((n, l) => n + l.length, 0);
    expect(total).toBe(3);
    expect(cmp.truncated).toBe(true);
  });
});

describe('GET /api/plans and /api/plans/:id/text', () => {
  it('lists both plans with their entity counts', async () => {
    const { plans } = await get(plansResponseSchema, '/api/plans');
    expect(plans.map((p) => p.id).sort()).toEqual(['hist-2017', 'meq-2021']);
    expect(plans.every((p) => p.entities > 0)).toBe(true);
  });

  it('gives the full text, its sections and mention spans that quote the entity', async () => {
    const answer = await get(planTextResponseSchema, '/api/plans/meq-2021/text');
    expect(answer.text).toBe(readFileSync('seeds/meq-2021.txt', 'utf8'));
    expect(answer.sections.some((s) => s.path.includes('专栏 3'))).toBe(true);
    const span = answer.mentions.find((m) => m.node === 'material:hollow-fiber-membrane');
    expect(span && answer.text.slice(span.start, span.end)).toBe('中空纤维膜');
  });

  it('answers 503 naming the plan when its file on disk differs from the text the graph was extracted from', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-plan-text-'));
    mkdirSync(join(root, 'seeds'));
    copyFileSync('seeds/hist-2017.txt', join(root, 'seeds/hist-2017.txt'));
    // One character more shifts every later offset: exactly the silent misalignment to refuse.
    writeFileSync(join(root, 'seeds/meq-2021.txt'), `\u3000${readFileSync('seeds/meq-2021.txt', 'utf8')}`);
    const edited = await startApi(suite.driver, suite.database, { repoRoot: root }, suite.logged);
    try {
      const res = await call(edited.baseUrl, '/api/plans/meq-2021/text');
      expect(res.status).toBe(503);
      expect(JSON.stringify(res.body)).toMatch(/meq-2021.*differs from the text the loaded graph/);
      expect((await call(edited.baseUrl, '/api/plans/hist-2017/text')).status).toBe(200);
    } finally {
      await edited.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('POST /api/cypher', () => {
  it('runs a read and returns columns and rows', async () => {
    const res = await call(suite.api.baseUrl, '/api/cypher', {
      body: {
        query: 'MATCH (n:Equipment {id: $id}) RETURN n.name AS name',
        params: { id: 'equipment:ecmo' },
      },
    });
    expect(res.status).toBe(200);
    const body = cypherResponseSchema.parse(res.body);
    expect(body.columns).toEqual(['name']);
    expect(body.rows[0]).toEqual(['体外膜肺氧合机']);
  });

  it('passes whole-number parameters as integers, so LIMIT $n works', async () => {
    const res = await call(suite.api.baseUrl, '/api/cypher', {
      body: { query: 'MATCH (n:Equipment) RETURN n.id AS id LIMIT $n', params: { n: 2 } },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(cypherResponseSchema.parse(res.body).rows).toHaveLength(2);
  });

  it('stops at 1,000 rows and says so', async () => {
    const res = await call(suite.api.baseUrl, '/api/cypher', {
      body: { query: 'UNWIND range(1, 5000) AS i RETURN i' },
    });
    const body = cypherResponseSchema.parse(res.body);
    expect(body.rows).toHaveLength(1000);
    expect(body.truncated).toBe(true);
  });
});

describe('warmUp', () => {
  it('runs the first search and trace on the loaded graph', async () => {
    const runner = createReadRunner({
      driver: suite.driver,
      database: testNeo4j().database,
      timeoutMs: 30_000,
    });
    expect(await warmUp(runner, createCurrentGraphCache(runner, 0))).toBe(true);
  });
});

describe('the API on the real plans', () => {
  it('logged no unexpected error (a 500 is a bug)', () => {
    expect(suite.logged.errors).toEqual([]);
  });
});
