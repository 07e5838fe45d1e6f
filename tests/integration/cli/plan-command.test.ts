// `npm run plan`: a third plan added next to the seeds, served by the API (plan list, search, its
// text with exact offsets, a comparison with a seed), then removed; a failed load changes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareResponseSchema,
  plansResponseSchema,
  planTextResponseSchema,
  searchResponseSchema,
} from '../../../core/contract';
import { PROJECT_ROOT } from '../../../server/cli/config';
import { GRAPH_INPUTS, hashPaths } from '../../../server/cli/content-hash';
import { runPlanCommand, type PlanCommandDeps } from '../../../server/cli/plan-commands';
import { extractPlans, storedUserPlans } from '../../../server/cli/seed-graph';
import { decodePlanBytes } from '../../../server/extract/decode';
import { applySchema, loadGraph, readCurrentGraph } from '../../../server/load/index';
import { AtlasError, InvalidInputError } from '../../../core/errors';
import type { GraphFile } from '../../../core/model/interchange';
import { readStore } from '../../../server/plans/plan-store';
import { storeFiles } from '../../../server/plans/store-layout';
import { testDriver } from '../../helpers/neo4j';
import { crashAfterBatches } from '../../helpers/simulated-crash';
import { call, startApi, type RunningApi } from '../api/support/api-server';

const heldOut = join(PROJECT_ROOT, 'tests/fixtures/heldout/dev/meq2021-forum-post.txt');
const decoded = decodePlanBytes(readFileSync(heldOut));
if (!decoded.ok) throw new Error('plan-command: the held-out forum post does not decode');
const forumText = decoded.text;

let driver: Driver;
let database: string;
let storeDir: string;
let api: RunningApi;
const printed: string[] = [];

const deps = (over: Partial<PlanCommandDeps> = {}): PlanCommandDeps => ({
  storeDir,
  seedDir: join(PROJECT_ROOT, 'seeds'),
  out: (s) => printed.push(s),
  load: (graph: GraphFile, hash: string) =>
    loadGraph(driver, database, graph, { hash, lockWaitMs: 60_000, retireMinWaitMs: 0 }),
  ...over,
});

const storeHash = () => {
  const user = storedUserPlans(storeDir);
  return hashPaths(GRAPH_INPUTS, PROJECT_ROOT, { dir: storeDir, files: storeFiles(user.state, user.textOf) });
};

const get = async <T>(schema: { parse: (v: unknown) => T }, path: string): Promise<T> => {
  const { status, body } = await call(api.baseUrl, path);
  expect(status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  return schema.parse(body);
};

const add = (extra: string[] = []) =>
  runPlanCommand(
    {
      command: 'add',
      file: heldOut,
      id: 'forum-2022',
      title: '国家发布：“十四五”医疗装备规划出台，圈定7大重点领域',
      issuers: ['工信部'],
      ...(extra.length > 0 ? { titleEn: extra[0] } : {}),
    },
    deps(),
  );

beforeAll(async () => {
  ({ driver, database } = testDriver());
  storeDir = mkdtempSync(join(tmpdir(), 'plan-store-'));
  await applySchema(driver, database);
  // The graph of the seeds alone, under the hash the empty store gives.
  const { graph } = extractPlans(join(PROJECT_ROOT, 'seeds'), storedUserPlans(storeDir));
  await loadGraph(driver, database, graph, { hash: storeHash(), lockWaitMs: 60_000, retireMinWaitMs: 0 });
  api = await startApi(driver, database, { planStoreDir: storeDir, warmUp: false, graphPointerTtlMs: 0 });
});

afterAll(async () => {
  await api.close();
  await driver.close();
  rmSync(storeDir, { recursive: true, force: true });
});

describe('npm run plan -- add, then remove', () => {
  it('adds the held-out forum post as a third plan, serves it, and removing it restores counts and hash', async () => {
    const before = await readCurrentGraph(driver, database);
    expect(before?.plans).toEqual(['meq-2021', 'hist-2017']);

    await add();
    const report = printed.join('');
    expect(report).toContain('plan: read');
    expect(report).toMatch(/as utf-8/);
    expect(report).toMatch(/plan forum-2022: \d+ nodes, \d+ mentions/);
    expect(report).toContain('discovered terms');
    expect(report).toContain('聚焦超声治疗系统');
    // The sentence it was read from, quoted as the post writes it.
    expect(report).toContain('骨科手术机器人、第三代人工心脏、聚焦超声治疗系统等产品已达国际先进');
    expect(report).toMatch(/issuers \(\d+\): .*工业和信息化部/);

    const stored = readStore(storeDir);
    expect(stored.plans.map((p) => p.id)).toEqual(['forum-2022']);
    expect(readFileSync(join(storeDir, 'texts/forum-2022.txt'), 'utf8')).toBe(forumText);
    const added = await readCurrentGraph(driver, database);
    expect(added?.plans).toContain('forum-2022');
    expect(added?.hash).toBe(storeHash());

    const { plans } = await get(plansResponseSchema, '/api/plans');
    expect(plans.map((p) => p.id)).toEqual(['hist-2017', 'meq-2021', 'forum-2022']);
    expect(plans.find((p) => p.id === 'forum-2022')?.entities).toBeGreaterThan(0);

    const { results } = await get(
      searchResponseSchema,
      `/api/search?q=${encodeURIComponent('聚焦超声治疗系统')}`,
    );
    expect(results[0]?.name).toBe('聚焦超声治疗系统');

    const text = await get(planTextResponseSchema, '/api/plans/forum-2022/text');
    expect(text.text).toBe(forumText);
    expect(text.mentions.length).toBeGreaterThan(5);
    const hit = text.mentions.find((m) => m.node === results[0]?.id);
    expect(hit && text.text.slice(hit.start, hit.end)).toBe('聚焦超声治疗系统');

    const compare = await get(compareResponseSchema, '/api/compare?a=forum-2022&b=meq-2021');
    const both = Object.values(compare.both).flat();
    expect(both.length).toBeGreaterThan(0);

    printed.length = 0;
    await runPlanCommand({ command: 'remove', id: 'forum-2022' }, deps());
    expect(readStore(storeDir).plans).toEqual([]);
    const after = await readCurrentGraph(driver, database);
    expect(after).toMatchObject({ nodes: before?.nodes, edges: before?.edges, plans: before?.plans });
    expect(after?.hash).toBe(storeHash());
    expect((await call(api.baseUrl, '/api/plans/forum-2022/text')).status).toBe(404);
  });

  it('leaves the store and the served graph as they were when the load fails', async () => {
    const before = await readCurrentGraph(driver, database);
    const failing = deps({
      load: (graph, hash) => loadGraph(driver, database, graph, { hash, ...crashAfterBatches(1) }),
    });
    await expect(
      runPlanCommand(
        { command: 'add', file: heldOut, id: 'forum-2022', title: '医疗装备规划出台', issuers: [] },
        failing,
      ),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(readStore(storeDir).plans).toEqual([]);
    expect((await readCurrentGraph(driver, database))?.version).toBe(before?.version);
  });

  it('refuses a seed id and a removal of a seed, changing nothing', async () => {
    const before = await readCurrentGraph(driver, database);
    await expect(
      runPlanCommand({ command: 'add', file: heldOut, id: 'meq-2021', title: 'x', issuers: [] }, deps()),
    ).rejects.toBeInstanceOf(InvalidInputError);
    await expect(runPlanCommand({ command: 'remove', id: 'hist-2017' }, deps())).rejects.toBeInstanceOf(
      AtlasError,
    );
    expect((await readCurrentGraph(driver, database))?.version).toBe(before?.version);
  });
});

describe('npm run plan, as a command', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'server/cli/plan.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, PLAN_STORE_DIR: storeDir, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' },
      encoding: 'utf8',
    });

  it.each([
    ['an English text', ['--id', 'en-2020', '--title', 'T'], 'does not read as Chinese text'],
    ['an id of another form', ['--id', 'Forum_2022', '--title', 'T'], 'is not of the form short-name-YYYY'],
    ["a seed's id", ['--id', 'hist-2017', '--title', 'T'], "is a seed plan's"],
  ])('refuses %s in one line with exit code 1, before any database is reached', (_what, flags, message) => {
    const english = join(storeDir, '..', `plan-en-${process.pid}.txt`);
    writeFileSync(
      english,
      'The Medical Equipment Industry Development Plan sets targets for 2025. '.repeat(30),
    );
    const r = run(['add', english, ...flags]);
    rmSync(english, { force: true });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(storeDir, 'plans.json'))).toBe(false);
  });

  it('lists the seeds with their counts and hashes', () => {
    const r = run(['list']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/meq-2021\s+seed\s+2021\s+\d+\s+\d+\s+[0-9a-f]{12}/);
    expect(r.stdout).toMatch(/hist-2017\s+seed\s+2017/);
  });
});
