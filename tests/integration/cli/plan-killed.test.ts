// `npm run plan -- add` killed with SIGKILL while it loads: the previous graph stays served, the
// plan store is byte for byte as it was, and the next plan command takes over the dead command's
// store lock and the loader's lock and adds the plan.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { plansResponseSchema } from '../../../core/contract';
import { PROJECT_ROOT } from '../../../server/cli/config';
import { GRAPH_INPUTS, hashPaths } from '../../../server/cli/content-hash';
import { runPlanCommand, type PlanCommandDeps } from '../../../server/cli/plan-commands';
import { extractPlans, storedUserPlans } from '../../../server/cli/seed-graph';
import { applySchema, loadGraph, readCurrentGraph } from '../../../server/load/index';
import { storeFiles } from '../../../server/plans/store-layout';
import { testDriver, testNeo4j } from '../../helpers/neo4j';
import { call, startApi, type RunningApi } from '../api/support/api-server';

const heldOut = join(PROJECT_ROOT, 'tests/fixtures/heldout/dev/sh2021-hiequip-forum.txt');

let driver: Driver;
let database: string;
let storeDir: string;
let api: RunningApi;
let child: ReturnType<typeof spawn> | undefined;

const storeHash = () => {
  const user = storedUserPlans(storeDir);
  return hashPaths(GRAPH_INPUTS, PROJECT_ROOT, { dir: storeDir, files: storeFiles(user.state, user.textOf) });
};

/** Every file under the store with its content hash: "unchanged" means this is equal. */
const storeListing = (dir: string, prefix = ''): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) Object.assign(out, storeListing(file, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
};

/** Nodes of graph versions other than the current one: a load is writing. */
const staged = async (): Promise<number> => {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (c:AtlasCurrent {id: 'current'})
     MATCH (n:Entity) WHERE n.graph <> coalesce(c.version, '')
     RETURN count(n) AS n`,
    {},
    { database },
  );
  return Number(records[0]?.get('n'));
};

/** Runs `npm run plan -- add` as its own process and SIGKILLs it once its load writes nodes. */
const killMidAdd = (): Promise<void> => {
  const n = testNeo4j();
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'server/cli/plan.ts'),
      'add',
      heldOut,
      '--id',
      'killed-2021',
      '--title',
      '上海高端装备论坛',
      '--year',
      '2021',
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PLAN_STORE_DIR: storeDir,
        NEO4J_URI: n.uri,
        NEO4J_USER: n.user,
        NEO4J_PASSWORD: n.password,
        NEO4J_DATABASE: n.database,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child = proc;
  let output = '';
  return new Promise((resolve, reject) => {
    let polling = false;
    const poll = async (): Promise<void> => {
      while (proc.exitCode === null && proc.signalCode === null) {
        if ((await staged()) > 0) {
          proc.kill('SIGKILL');
          return;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!polling && output.includes('plan: loading')) {
        polling = true;
        poll().catch(reject);
      }
    };
    proc.stdout.on('data', read);
    proc.stderr.on('data', read);
    proc.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`plan add ended (${signal ?? code}) before it could be killed:\n${output}`)),
    );
  });
};

beforeAll(async () => {
  ({ driver, database } = testDriver());
  storeDir = mkdtempSync(join(tmpdir(), 'plan-store-killed-'));
  await applySchema(driver, database);
  const { graph } = extractPlans(join(PROJECT_ROOT, 'seeds'), storedUserPlans(storeDir));
  await loadGraph(driver, database, graph, { hash: storeHash(), lockWaitMs: 60_000, retireMinWaitMs: 0 });
  api = await startApi(driver, database, { planStoreDir: storeDir, warmUp: false, graphPointerTtlMs: 0 });
});

afterEach(() => {
  if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

afterAll(async () => {
  await api.close();
  await driver.close();
  rmSync(storeDir, { recursive: true, force: true });
  rmSync(`${storeDir}.lock`, { force: true });
});

describe('npm run plan -- add, killed while it loads', () => {
  it('leaves the previous graph served and the store unchanged; the next add takes over and succeeds', async () => {
    const before = await readCurrentGraph(driver, database);
    const listing = storeListing(storeDir);

    await killMidAdd();

    expect((await readCurrentGraph(driver, database))?.version).toBe(before?.version);
    expect(storeListing(storeDir)).toEqual(listing);
    const { body } = await call(api.baseUrl, '/api/plans');
    expect(plansResponseSchema.parse(body).plans.map((p) => p.id)).toEqual(['hist-2017', 'meq-2021']);

    // The dead command's store lock names a process that is gone, and its load lock goes stale.
    const printed: string[] = [];
    const deps: PlanCommandDeps = {
      storeDir,
      seedDir: join(PROJECT_ROOT, 'seeds'),
      out: (s) => printed.push(s),
      load: (graph, hash) =>
        loadGraph(driver, database, graph, {
          hash,
          lockWaitMs: 60_000,
          lockStaleMs: 1_000,
          retireMinWaitMs: 0,
        }),
    };
    await new Promise((r) => setTimeout(r, 1_500));
    await runPlanCommand(
      {
        command: 'add',
        file: heldOut,
        id: 'killed-2021',
        title: '上海高端装备论坛',
        year: '2021',
        issuers: [],
      },
      deps,
    );
    expect((await readCurrentGraph(driver, database))?.plans).toContain('killed-2021');
    expect(printed.join('')).toContain('the plan store is updated');

    await runPlanCommand({ command: 'remove', id: 'killed-2021' }, deps);
    const after = await readCurrentGraph(driver, database);
    expect(after).toMatchObject({ nodes: before?.nodes, edges: before?.edges, plans: before?.plans });
    // The hash of an emptied store is the seeds' alone (recomputed: the sources may change meanwhile).
    expect(after?.hash).toBe(storeHash());
  }, 180_000);
});
