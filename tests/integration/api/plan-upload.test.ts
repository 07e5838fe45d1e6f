// POST /api/plans and /api/plans/:id/remove: a GB18030 plan uploaded from the page's Plans panel is
// served like a seed and removed again; hostile or wrong uploads get a clear 4xx and change nothing.
import { describe, expect, it } from 'vitest';
import {
  errorResponseSchema,
  planRemoveResponseSchema,
  plansResponseSchema,
  planTextResponseSchema,
  planUploadResponseSchema,
} from '../../../core/contract';
import { ERROR_STATUS } from '../../../core/errors';
import { readCurrentGraph } from '../../../server/load/index';
import { readStore } from '../../../server/plans/plan-store';
import { GUIDE_BYTES, GUIDE_TEXT, send as sendTo, usePlanStoreApi } from '../../helpers/plan-store-api';

const suite = usePlanStoreApi('plan-upload');
const guide = GUIDE_BYTES;
const guideText = GUIDE_TEXT;

const post = (
  path: string,
  body?: Uint8Array | string,
  type = 'application/octet-stream',
  base = suite.api,
) => sendTo(base, path, { body, type });

const upload =
  '/api/plans?id=guide-2016&title=' + encodeURIComponent('医药工业发展规划指南') + '&issuers=工信部';

describe('POST /api/plans', () => {
  it('is forbidden unless the app turns uploads on', async () => {
    const r = await post(upload, guide, 'application/octet-stream', suite.off);
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
    expect(readStore(suite.storeDir).plans).toEqual([]);
  });

  it('adds a GB18030 plan with its findings, serves it like a seed, and removes it', async () => {
    const before = await readCurrentGraph(suite.driver, suite.database);
    const r = await post(upload, guide);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const added = planUploadResponseSchema.parse(r.body);
    expect(added).toMatchObject({ id: 'guide-2016', encoding: 'gb18030' });
    const analyser = added.discovered.find((t) => t.name === '高通量生化分析仪');
    expect(analyser && guideText.slice(analyser.start, analyser.end)).toBe('高通量生化分析仪');
    expect(analyser?.sentence).toContain('高通量生化分析仪');
    expect(analyser?.quote).toBe('高通量生化分析仪');

    const plans = plansResponseSchema.parse(
      (await (await fetch(`${suite.api.baseUrl}/api/plans`)).json()) as unknown,
    );
    expect(plans.plans.map((p) => p.id)).toContain('guide-2016');
    const text = planTextResponseSchema.parse(
      (await (await fetch(`${suite.api.baseUrl}/api/plans/guide-2016/text`)).json()) as unknown,
    );
    expect(text.text).toBe(guideText);

    expect((await post('/api/plans/meq-2021/remove')).status).toBe(400);
    const removed = await post('/api/plans/guide-2016/remove');
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect(planRemoveResponseSchema.parse(removed.body).removed).toBe('guide-2016');
    expect(readStore(suite.storeDir).plans).toEqual([]);
    expect(await readCurrentGraph(suite.driver, suite.database)).toMatchObject({
      nodes: before?.nodes,
      plans: before?.plans,
    });
  });
});
