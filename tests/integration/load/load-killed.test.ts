import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, readCurrentGraph } from '../../../server/load';
import { ConflictError } from '../../../core/errors';
import { testDriver, testNeo4j } from '../../helpers/neo4j';
import { emptyDatabase, fixtureGraph, hasEdge, held } from './load-fixture';

let driver: Driver;
let database: string;

beforeAll(() => {
  ({ driver, database } = testDriver());
});
afterAll(async () => {
  await driver.close();
});

let child: ReturnType<typeof spawn> | undefined;
afterEach(() => {
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Runs killable-load.ts and SIGKILLs it once it is writing relationships. */
function killMidLoad(): Promise<void> {
  const n = testNeo4j();
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./killable-load.ts', import.meta.url))],
    {
      env: {
        ...process.env,
        KILL_TEST_URI: n.uri,
        KILL_TEST_USER: n.user,
        KILL_TEST_PASSWORD: n.password,
        KILL_TEST_DATABASE: n.database,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  child = proc;
  return new Promise((resolve, reject) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('writing edges')) proc.kill('SIGKILL');
      if (chunk.toString().includes('finished'))
        reject(new Error('the load finished before it could be killed'));
    });
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited with ${signal ?? _code}`)),
    );
  });
}

describe('a load killed with SIGKILL', () => {
  it('leaves the previous graph current, and the next load takes over its lock and removes its leftovers', async () => {
    await emptyDatabase(driver, database);
    const before = await loadGraph(driver, database, fixtureGraph(), { hash: 'before-kill' });

    await killMidLoad();

    expect((await readCurrentGraph(driver, database))?.version).toBe(before.version);
    const afterKill = await held(driver, database);
    expect(afterKill).toMatchObject({ version: before.version, nodes: 8, edges: 5, versions: 2, locks: 1 });
    expect(afterKill.allEntities).toBeGreaterThan(8);
    expect(
      await hasEdge(driver, database, 'USED_IN', 'material:hollow-fiber-membrane', 'equipment:ecmo'),
    ).toBe(true);

    // The dead load's heartbeat is fresh: a load refuses until it is stale, then takes over.
    await expect(loadGraph(driver, database, fixtureGraph(), { hash: 'too-soon' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await new Promise((r) => setTimeout(r, 1500));
    const next = await loadGraph(driver, database, fixtureGraph(), { hash: 'after-kill', lockStaleMs: 1000 });

    expect(next.retired).toHaveLength(2);
    expect(await held(driver, database)).toMatchObject({
      version: next.version,
      nodes: 8,
      edges: 5,
      allEntities: 8,
      versions: 1,
      locks: 0,
    });
  }, 180_000);
});
