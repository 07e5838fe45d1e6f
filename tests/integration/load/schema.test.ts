import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../server/load';
import { testDriver } from '../../helpers/neo4j';
import { emptyDatabase, fixtureGraph } from './load-fixture';

let driver: Driver;
let database: string;

beforeAll(() => {
  ({ driver, database } = testDriver());
});
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await emptyDatabase(driver, database);
});

/** Full-text hits among the current version's nodes, best first. */
async function search(index: string, query: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (c:AtlasCurrent {id: 'current'})
     CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WHERE node.graph = c.version
     RETURN node.id AS id ORDER BY score DESC`,
    { index, query },
    { database },
  );
  return records.map((r) => r.get('id') as string);
}

describe('applySchema (through a load)', () => {
  it('leaves the composite key, the pointer constraints, the version index and both full-text indexes online', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'h' });
    const constraints = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
      {},
      { database },
    );
    const indexes = await driver.executeQuery(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options RETURN *',
      {},
      { database },
    );
    const byName = new Map(indexes.records.map((r) => [r.get('name') as string, r.toObject()]));

    expect(constraints.records.map((r) => r.toObject())).toEqual(
      expect.arrayContaining([
        {
          name: 'entity_graph_id',
          type: 'UNIQUENESS',
          labelsOrTypes: ['Entity'],
          properties: ['graph', 'id'],
        },
        { name: 'atlas_current_id', type: 'UNIQUENESS', labelsOrTypes: ['AtlasCurrent'], properties: ['id'] },
        {
          name: 'atlas_load_lock_id',
          type: 'UNIQUENESS',
          labelsOrTypes: ['AtlasLoadLock'],
          properties: ['id'],
        },
      ]),
    );
    expect(byName.get('entity_names_cjk')).toMatchObject({
      type: 'FULLTEXT',
      state: 'ONLINE',
      labelsOrTypes: ['Entity'],
      properties: ['name', 'aliases'],
    });
    expect(byName.get('entity_names_en')).toMatchObject({
      type: 'FULLTEXT',
      state: 'ONLINE',
      properties: ['nameEn', 'aliases', 'pinyin', 'initials'],
    });
    expect(byName.get('entity_graph')).toMatchObject({
      type: 'RANGE',
      state: 'ONLINE',
      properties: ['graph'],
    });
    const cjk = byName.get('entity_names_cjk') as { options: { indexConfig: Record<string, unknown> } };
    expect(cjk.options.indexConfig['fulltext.analyzer']).toBe('cjk');
  });

  it('finds 中空纤维膜 by 中空纤维 and ECMO by ecmo right after the load', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'h' });

    expect((await search('entity_names_cjk', '中空纤维'))[0]).toBe('material:hollow-fiber-membrane');
    expect((await search('entity_names_en', 'ecmo'))[0]).toBe('equipment:ecmo');
  });

  it('finds nodes by pinyin and by initials', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'h' });

    expect(await search('entity_names_en', 'zhongkongxianweimo')).toEqual(['material:hollow-fiber-membrane']);
    expect(await search('entity_names_en', 'zkxwm')).toEqual(['material:hollow-fiber-membrane']);
  });
});
