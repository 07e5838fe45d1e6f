// POST /api/plans and /api/plans/:id/remove: a GB18030 plan uploaded from the page's Plans panel is
// served like a seed and removed again; hostile or wrong uploads get a clear 4xx and change nothing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorResponseSchema,
  planRemoveResponseSchema,
  plansResponseSchema,
  planTextResponseSchema,
  planUploadResponseSchema,
} from '../../../core/contract';
import { ERROR_STATUS } from '../../../core/errors';
import { PROJECT_ROOT } from '../../../server/cli/config';
import { extractPlans, storedUserPlans } from '../../../server/cli/seed-graph';
import { decodePlanBytes } from '../../../server/extract/decode';
import { applySchema, loadGraph, readCurrentGraph } from '../../../server/load/index';
import { readStore } from '../../../server/plans/plan-store';
import { testDriver } from '../../helpers/neo4j';
import { startApi, type RunningApi } from './support/api-server';

const guide = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/heldout/dev/guide2016-devices.txt'));
const guideText = (() => {
  const d = decodePlanBytes(guide);
  if (!d.ok) throw new Error('plan-upload: the guide does not decode');
  return d.text;
})();

let driver: Driver;
let database: string;
let storeDir: string;
let api: RunningApi;
let off: RunningApi;

const post = async (
  path: string,
  body?: Uint8Array | string,
  type = 'application/octet-stream',
  base = api,
) => {
  const res = await fetch(base.baseUrl + path, {
    method: 'POST',
    ...(body === undefined
      ? {}
      : {
          body: typeof body === 'string' ? body : new Uint8Array(body),
          headers: { 'content-type': type },
        }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
};

const upload =
  '/api/plans?id=guide-2016&title=' + encodeURIComponent('医药工业发展规划指南') + '&issuers=工信部';

beforeAll(async () => {
  ({ driver, database } = testDriver());
  storeDir = mkdtempSync(join(tmpdir(), 'plan-upload-'));
  await applySchema(driver, database);
  const { graph } = extractPlans(join(PROJECT_ROOT, 'seeds'), storedUserPlans(storeDir));
  await loadGraph(driver, database, graph, {
    hash: 'plan-upload-seeds',
    lockWaitMs: 60_000,
    retireMinWaitMs: 0,
  });
  api = await startApi(driver, database, {
    planUpload: true,
    planStoreDir: storeDir,
    warmUp: false,
    graphPointerTtlMs: 0,
  });
  off = await startApi(driver, database, { warmUp: false });
});

afterAll(async () => {
  await api.close();
  await off.close();
  await driver.close();
  rmSync(storeDir, { recursive: true, force: true });
});

describe('POST /api/plans', () => {
  it('is forbidden unless the app turns uploads on', async () => {
    const r = await post(upload, guide, 'application/octet-stream', off);
    expect(r.status).toBe(403);
    expect(errorResponseSchema.parse(r.body).error.code).toBe('forbidden');
  });

  it.each([
    ['text/plain, which a cross-origin form could send', upload, guide, 'text/plain', 400],
    ['an empty body', upload, new Uint8Array(), 'application/octet-stream', 400],
    ['a path as id', '/api/plans?id=..%2F..%2Fetc-2020&title=x', guide, 'application/octet-stream', 400],
    ["a seed's id", '/api/plans?id=meq-2021&title=x', guide, 'application/octet-stream', 400],
    ['no title', '/api/plans?id=guide-2016', guide, 'application/octet-stream', 400],
    [
      'an unknown issuer',
      '/api/plans?id=guide-2016&title=x&issuers=外星部',
      guide,
      'application/octet-stream',
      400,
    ],
    ['English text', upload, 'Medical equipment plan. '.repeat(50), 'application/octet-stream', 400],
    [
      'binary bytes',
      upload,
      new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
      'application/octet-stream',
      400,
    ],
    [
      'a body over 5 MB',
      upload,
      new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41),
      'application/octet-stream',
      413,
    ],
  ])('refuses %s', async (_what, path, body, type, status) => {
    const r = await post(path, body, type);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    // The code is the one the list gives this status.
    expect(ERROR_STATUS[errorResponseSchema.parse(r.body).error.code]).toBe(status);
    expect(readStore(storeDir).plans).toEqual([]);
  });

  it('adds a GB18030 plan with its findings, serves it like a seed, and removes it', async () => {
    const before = await readCurrentGraph(driver, database);
    const r = await post(upload, guide);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const added = planUploadResponseSchema.parse(r.body);
    expect(added).toMatchObject({ id: 'guide-2016', encoding: 'gb18030' });
    const analyser = added.discovered.find((t) => t.name === '高通量生化分析仪');
    expect(analyser && guideText.slice(analyser.start, analyser.end)).toBe('高通量生化分析仪');
    expect(analyser?.sentence).toContain('高通量生化分析仪');
    expect(analyser?.quote).toBe('高通量生化分析仪');

    const plans = plansResponseSchema.parse(
      (await (await fetch(`${api.baseUrl}/api/plans`)).json()) as unknown,
    );
    expect(plans.plans.map((p) => p.id)).toContain('guide-2016');
    const text = planTextResponseSchema.parse(
      (await (await fetch(`${api.baseUrl}/api/plans/guide-2016/text`)).json()) as unknown,
    );
    expect(text.text).toBe(guideText);

    expect((await post('/api/plans/meq-2021/remove')).status).toBe(400);
    const removed = await post('/api/plans/guide-2016/remove');
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(planRemoveResponseSchema.parse(removed.body).removed).toBe('guide-2016');
    expect(readStore(storeDir).plans).toEqual([]);
    expect(await readCurrentGraph(driver, database)).toMatchObject({
      nodes: before?.nodes,
      plans: before?.plans,
    });
  });
});
