import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph, readCurrentGraph } from '../../../server/load';
import { crashAfterBatches, SimulatedCrash } from '../../helpers/simulated-crash';
import { InvalidInputError } from '../../../core/errors';
import type { GraphFile } from '../../../core/model/interchange';
import { testDriver } from '../../helpers/neo4j';
import { emptyDatabase, fixtureGraph, hasEdge, held } from './load-fixture';

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

describe('loadGraph', () => {
  it('gives identical counts when the same file is loaded twice, and keeps one version', async () => {
    const first = await loadGraph(driver, database, fixtureGraph(), { hash: 'h1' });
    const afterFirst = await held(driver, database);
    const second = await loadGraph(driver, database, fixtureGraph(), { hash: 'h1' });
    const afterSecond = await held(driver, database);

    expect(first).toMatchObject({ nodes: 8, edges: 5, plans: 1 });
    expect(second).toMatchObject({ nodes: 8, edges: 5, plans: 1, retired: [first.version] });
    expect(afterFirst).toMatchObject({ nodes: 8, edges: 5, allEntities: 8, versions: 1, locks: 0 });
    expect(afterSecond).toMatchObject({ nodes: 8, edges: 5, allEntities: 8, versions: 1, locks: 0 });
    expect(afterSecond.version).toBe(second.version);
  });

  it('drops a fact that an edited plan no longer states', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'before' });
    expect(
      await hasEdge(
        driver,
        database,
        'USED_IN',
        'material:dialysis-membrane',
        'equipment:blood-purification',
      ),
    ).toBe(true);

    const edited = fixtureGraph();
    edited.edges = edited.edges.filter((e) => e.source !== 'material:dialysis-membrane');
    edited.nodes = edited.nodes.filter((n) => n.id !== 'material:dialysis-membrane');
    await loadGraph(driver, database, edited, { hash: 'after' });

    expect(
      await hasEdge(
        driver,
        database,
        'USED_IN',
        'material:dialysis-membrane',
        'equipment:blood-purification',
      ),
    ).toBe(false);
    expect(await held(driver, database)).toMatchObject({ nodes: 7, edges: 4, allEntities: 7 });
  });

  it('leaves the previous graph current and queryable when a load fails after N batches', async () => {
    const before = await loadGraph(driver, database, fixtureGraph(), { hash: 'good' });
    const edited = fixtureGraph();
    edited.edges = edited.edges.slice(1);

    await expect(
      loadGraph(driver, database, edited, { hash: 'crashing', batchSize: 1, ...crashAfterBatches(4) }),
    ).rejects.toBeInstanceOf(SimulatedCrash);

    expect((await readCurrentGraph(driver, database))?.version).toBe(before.version);
    expect(await held(driver, database)).toMatchObject({
      version: before.version,
      nodes: 8,
      edges: 5,
      locks: 0,
    });
    expect(
      await hasEdge(driver, database, 'USED_IN', 'material:hollow-fiber-membrane', 'equipment:ecmo'),
    ).toBe(true);
    // The crashed version's 4 nodes are still there, invisible to readers, until the next load.
    expect((await held(driver, database)).allEntities).toBe(12);
  });

  it('removes the leftovers of a failed load on the next load', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'good' });
    await expect(
      loadGraph(driver, database, fixtureGraph(), {
        hash: 'crashing',
        batchSize: 1,
        ...crashAfterBatches(3),
      }),
    ).rejects.toBeInstanceOf(SimulatedCrash);

    const next = await loadGraph(driver, database, fixtureGraph(), { hash: 'next' });

    expect(next.retired).toHaveLength(2);
    expect(await held(driver, database)).toMatchObject({
      version: next.version,
      nodes: 8,
      edges: 5,
      allEntities: 8,
      versions: 1,
    });
  });

  it("switches to the new version before it deletes a killed load's leftovers", async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'good' });
    await expect(
      loadGraph(driver, database, fixtureGraph(), {
        hash: 'crashing',
        batchSize: 1,
        ...crashAfterBatches(3),
      }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const { records } = await driver.executeQuery(
      "MATCH (v:AtlasVersion {state: 'writing'}) RETURN v.version AS version",
      {},
      { database },
    );
    const leftover = records[0]?.get('version') as string;
    const leftoverNodes = async () =>
      Number(
        (
          await driver.executeQuery(
            'MATCH (n:Entity {graph: $leftover}) RETURN count(n) AS n',
            { leftover },
            { database },
          )
        ).records[0]?.get('n'),
      );
    const written = await leftoverNodes();
    expect(written).toBeGreaterThan(0);

    // Counted as the switch begins: the leftover is still there, so its deletion did not hold up
    // the writing of the new version (it follows the switch, after the readers' grace).
    let atSwitch: Promise<number> | undefined;
    const next = await loadGraph(driver, database, fixtureGraph(), {
      hash: 'next',
      onProgress: (p) => {
        if (p.phase === 'switch') atSwitch ??= leftoverNodes();
      },
    });

    expect(await atSwitch).toBe(written);
    expect(next.retired).toContain(leftover);
    expect(await leftoverNodes()).toBe(0);
    expect(await held(driver, database)).toMatchObject({
      version: next.version,
      allEntities: 8,
      versions: 1,
    });
  });

  it('rejects an invalid file naming the JSON path, with nothing written', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'good' });
    const before = await held(driver, database);
    const broken = fixtureGraph() as unknown as { edges: Record<string, unknown>[] };
    broken.edges[2]!.target = 'component:no-such-part';

    const load = loadGraph(driver, database, broken as unknown as GraphFile, { hash: 'bad' });

    await expect(load).rejects.toBeInstanceOf(InvalidInputError);
    await expect(load).rejects.toThrow(/edges\[2\]\.target: expected the id of a node in nodes/);
    expect(await held(driver, database)).toEqual(before);
  });

  it('stores the pointer that readCurrentGraph returns', async () => {
    expect(await readCurrentGraph(driver, database)).toBeNull();
    const s = await loadGraph(driver, database, fixtureGraph(), { hash: 'sha-of-seeds' });

    expect(await readCurrentGraph(driver, database)).toEqual({
      version: s.version,
      hash: 'sha-of-seeds',
      loadedAt: s.loadedAt,
      nodes: 8,
      edges: 5,
      plans: ['meq-2021'],
      planMeta: fixtureGraph().plans,
    });
  });

  it('stores provenance as JSON that gives back the quotes and offsets', async () => {
    const s = await loadGraph(driver, database, fixtureGraph(), { hash: 'h' });
    const { records } = await driver.executeQuery(
      `MATCH (:Entity {graph: $g, id: 'material:hollow-fiber-membrane'})-[r:USED_IN]->(e:Entity {graph: $g, id: 'equipment:ecmo'})
       RETURN r.evidenceJson AS evidence, r.basis AS basis, e.mentionsJson AS mentions, e.pinyin AS pinyin`,
      { g: s.version },
      { database },
    );
    const row = records[0]!.toObject() as {
      evidence: string;
      basis: string;
      mentions: string;
      pinyin: string[];
    };
    const expected = fixtureGraph().edges[0]!.evidence;
    expect(JSON.parse(row.evidence)).toEqual(expected);
    expect(expected[0]!.quote).toBe('着力攻关 ECMO（体外膜肺氧合机）用中空纤维膜');
    expect(row.basis).toBe('stated');
    expect(JSON.parse(row.mentions)).toEqual(fixtureGraph().nodes[2]!.mentions);
    expect(row.pinyin).toEqual(['tiwaimofeiyangheji']);
  });
});
