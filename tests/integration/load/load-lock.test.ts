import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGraph, loadGraphStream } from '../../../server/load';
import { acquireLoadLock } from '../../../server/load/load-lock';
import { ConflictError, InvalidInputError } from '../../../core/errors';
import { testDriver } from '../../helpers/neo4j';
import { emptyDatabase, fixtureGraph, held } from './load-fixture';

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

const lockOptions = { version: 'other-load', waitMs: 0, staleMs: 30_000, heartbeatMs: 1000 };

describe('the load lock', () => {
  it('makes a second load refuse with a ConflictError while another load holds it', async () => {
    await loadGraph(driver, database, fixtureGraph(), { hash: 'first' });
    const before = await held(driver, database);
    const other = await acquireLoadLock(driver, database, lockOptions);
    try {
      const load = loadGraph(driver, database, fixtureGraph(), { hash: 'second' });
      await expect(load).rejects.toBeInstanceOf(ConflictError);
      await expect(load).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      await other.release();
    }
    expect(await held(driver, database)).toEqual(before);
  });

  it('lets a load wait for the lock when asked to', async () => {
    const other = await acquireLoadLock(driver, database, lockOptions);
    setTimeout(() => void other.release(), 300);

    const s = await loadGraph(driver, database, fixtureGraph(), { hash: 'patient', lockWaitMs: 10_000 });

    expect(s.nodes).toBe(8);
  });

  it('takes over a lock whose holder stopped beating', async () => {
    await driver.executeQuery(
      `CREATE (:AtlasLoadLock {id: 'load', owner: 'dead-host:1:abcd', version: 'v-dead', heartbeat: timestamp() - 60000})`,
      {},
      { database },
    );

    const s = await loadGraph(driver, database, fixtureGraph(), { hash: 'after-crash', lockStaleMs: 30_000 });

    expect(await held(driver, database)).toMatchObject({ version: s.version, nodes: 8, edges: 5, locks: 0 });
  });

  it('never interleaves two loads started together: the result is one whole graph', async () => {
    const small = fixtureGraph();
    small.edges = small.edges.slice(0, 2);
    const results = await Promise.allSettled([
      loadGraph(driver, database, fixtureGraph(), { hash: 'a', batchSize: 1 }),
      loadGraph(driver, database, small, { hash: 'b', batchSize: 1 }),
    ]);

    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) expect(r.reason).toBeInstanceOf(ConflictError);
    const state = await held(driver, database);
    expect([5, 2]).toContain(state.edges);
    expect(state).toMatchObject({ nodes: 8, allEntities: 8, versions: 1, locks: 0 });
  });
});

describe('loadGraphStream', () => {
  it('loads a streamed graph like the same file', async () => {
    const g = fixtureGraph();
    const s = await loadGraphStream(
      driver,
      database,
      { plans: g.plans, nodes: g.nodes, edges: g.edges },
      { hash: 's' },
    );

    expect(s).toMatchObject({ nodes: 8, edges: 5 });
  });

  it('stops at an invalid element, names its path, and leaves the previous graph current', async () => {
    const before = await loadGraph(driver, database, fixtureGraph(), { hash: 'good' });
    const g = fixtureGraph();
    function* edges() {
      yield* g.edges.slice(0, 3);
      yield { ...g.edges[3], target: 'domain:missing' };
    }

    const load = loadGraphStream(
      driver,
      database,
      { plans: g.plans, nodes: g.nodes, edges: edges() },
      { hash: 'x', batchSize: 1 },
    );

    await expect(load).rejects.toBeInstanceOf(InvalidInputError);
    await expect(load).rejects.toThrow(/edges\[3\]\.target/);
    expect(await held(driver, database)).toMatchObject({
      version: before.version,
      nodes: 8,
      edges: 5,
      allEntities: 8,
      locks: 0,
    });
  });
});
