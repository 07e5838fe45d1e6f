// Search never loses a current hit to another version (a killed load's leftovers, a load in
// progress, a replaced version kept for its readers), and ranks head matches (压力传感器 for 传感器)
// above fuzzy hits, and reads a query typed in Traditional script (手術機械人, 醫療裝備) as the
// Simplified names are stored. Real HTTP, real Neo4j, the real plans.
import { afterAll, describe, expect, it } from 'vitest';
import { searchResponseSchema } from '../../../core/contract';
import { deleteVersion } from '../../../server/load/versions';
import { call } from './support/api-server';
import { usePlansApi } from './support/plans-api';

const LEFTOVER = `leftover-search-test-${Date.now()}`;
const suite = usePlansApi({ warmUp: false });

afterAll(async () => {
  await deleteVersion(suite.driver, suite.database, LEFTOVER, 1000);
});

const search = async (q: string, limit = 50) => {
  const res = await call(suite.api.baseUrl, `/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return searchResponseSchema.parse(res.body).results;
};

/** Ids of current nodes whose name or an alias contains the text. */
async function currentIdsContaining(text: string): Promise<string[]> {
  const { records } = await suite.driver.executeQuery(
    `MATCH (c:AtlasCurrent {id: 'current'})
     MATCH (n:Entity {graph: c.version})
     WHERE n.name CONTAINS $text OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS $text)
     RETURN n.id AS id ORDER BY id`,
    { text },
    { database: suite.database },
  );
  return records.map((r) => r.get('id') as string);
}

describe('search across versions', () => {
  it('finds every current 芯片 while another version holds 300 better-scoring 芯片 nodes', async () => {
    const current = await currentIdsContaining('芯片');
    expect(current.length).toBeGreaterThan(3);
    // A version being written (registered as a load in progress would be), whose nodes are named
    // exactly 芯片: Lucene scores them above every current hit.
    await suite.driver.executeQuery(
      `CREATE (:AtlasVersion {version: $v, hash: 'test', startedAt: '2026-01-01T00:00:00Z', state: 'writing'})
       WITH 1 AS one UNWIND range(1, 300) AS i
       CREATE (:Entity:Component {graph: $v, id: 'component:leftover-' + i, name: '芯片', nameEn: 'chip',
         aliases: [], plans: [], pinyin: ['xinpian'], initials: ['xp']})`,
      { v: LEFTOVER },
      { database: suite.database },
    );
    await suite.driver.executeQuery(
      'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()',
      {},
      { database: suite.database },
    );

    const found = (await search('芯片')).map((r) => r.id);
    expect(found.filter((id) => id.startsWith('component:leftover-'))).toEqual([]);
    for (const id of current) expect(found, id).toContain(id);
  });
});

describe('search ranking', () => {
  it('ranks the components whose name ends with 传感器 first, as head matches', async () => {
    const sensors = (await currentIdsContaining('传感器')).filter((id) => id.startsWith('component:'));
    expect(sensors.length).toBeGreaterThanOrEqual(5);
    const results = await search('传感器', 20);
    const top = results.slice(0, sensors.length);
    expect(top.map((r) => r.id).sort()).toEqual([...sensors].sort());
    for (const r of top) expect(r.match === 'head' || r.match === 'exact' || r.match === 'prefix').toBe(true);
    expect(suite.logged.errors).toEqual([]);
  });
});

describe('search in Traditional script', () => {
  it.each([
    ['醫療裝備', '医疗装备'],
    ['監護儀', '监护仪'],
    ['手術機械人', '手术机器人'],
    ['醫用內視鏡', '医用内窥镜'],
    ['壓力感測器', '压力传感器'],
    ['超音波', '超声'],
    ['磁力共振', '磁共振'],
  ])(
    'finds for %s what %s finds, in the same order and with the same scores',
    async (traditional, simplified) => {
      const expected = await search(simplified, 20);
      expect(expected.length).toBeGreaterThan(0);
      expect(await search(traditional, 20)).toEqual(expected);
    },
  );

  it('finds the exact names of the field for their Hong Kong and Taiwan wordings', async () => {
    for (const q of ['手術機械人', '壓力感測器', '醫用內視鏡', '超音波'])
      expect((await search(q, 5))[0]?.match, q).toBe('exact');
    expect(suite.logged.errors).toEqual([]);
  });
});
