// POST /api/plans/preview, its decisions, confirm and cancel, and GET /api/plans/terms over real
// HTTP: a preview reports without loading and leaves the server answering meanwhile; a second change
// at once is a 409; hostile inputs get a clear 4xx and change nothing; a confirmed preview loads the
// plan with the accepted terms in the user lexicon and the rejected one out of the graph.
import { beforeAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, nodeDetailsResponseSchema } from '../../../core/contract';
import {
  planConfirmResponseSchema,
  planPreviewResponseSchema,
  termDecisionsResponseSchema,
  userTermsResponseSchema,
  type PlanPreviewResponse,
} from '../../../core/contract/plan-preview';
import { readCurrentGraph } from '../../../server/load/index';
import { readStore } from '../../../server/plans/plan-store';
import { GUIDE_BYTES, GUIDE_TEXT, send as sendTo, usePlanStoreApi } from '../../helpers/plan-store-api';

const suite = usePlanStoreApi('plan-preview');
const guide = GUIDE_BYTES;
const guideText = GUIDE_TEXT;

const send = (
  path: string,
  init: { body?: Uint8Array | string; type?: string; method?: string } = {},
  base = suite.api,
) => sendTo(base, path, init);
const json = (path: string, body: unknown) =>
  send(path, { body: JSON.stringify(body), type: 'application/json' });

const query = (id: string) =>
  `?id=${id}&title=${encodeURIComponent('医药工业发展规划指南')}&issuers=${encodeURIComponent('工信部')}`;
const previewOf = async (id: string): Promise<PlanPreviewResponse> => {
  const r = await send(`/api/plans/preview${query(id)}`, { body: guide });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return planPreviewResponseSchema.parse(r.body);
};

const storeIsEmpty = () => {
  const s = readStore(suite.storeDir);
  expect([s.plans, s.lexicon, s.rejected]).toEqual([[], [], []]);
};

describe('the preview routes when adding plans is off', () => {
  it.each([
    `/api/plans/preview${query('guide-2016')}`,
    `/api/plans/preview/${'a'.repeat(32)}/decisions`,
    `/api/plans/preview/${'a'.repeat(32)}/confirm`,
    `/api/plans/preview/${'a'.repeat(32)}/cancel`,
  ])('forbid POST %s', async (path) => {
    const r = await send(path, { body: guide }, suite.off);
    expect(r.status).toBe(403);
    expect(errorResponseSchema.parse(r.body).error.code).toBe('forbidden');
  });

  it('still serve the term decisions, which change nothing', async () => {
    const r = await send('/api/plans/terms', { method: 'GET' }, suite.off);
    expect(r.status).toBe(200);
    expect(userTermsResponseSchema.parse(r.body)).toEqual({ accepted: [], rejected: [] });
  });
});

describe('POST /api/plans/preview', () => {
  it.each([
    ['text/plain, which a cross-origin form could send', query('guide-2016'), guide, 'text/plain', 400],
    ['an empty body', query('guide-2016'), new Uint8Array(), 'application/octet-stream', 400],
    ['a path as id', '?id=..%2F..%2Fetc-2020&title=x', guide, 'application/octet-stream', 400],
    ["a seed's id", '?id=meq-2021&title=x', guide, 'application/octet-stream', 400],
    ['no title', '?id=guide-2016', guide, 'application/octet-stream', 400],
    ['an unknown issuer', '?id=guide-2016&title=x&issuers=外星部', guide, 'application/octet-stream', 400],
    [
      'English text',
      query('guide-2016'),
      'Medical equipment plan. '.repeat(50),
      'application/octet-stream',
      400,
    ],
    [
      'binary bytes',
      query('guide-2016'),
      new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
      'application/octet-stream',
      400,
    ],
    [
      'a body over 5 MB',
      query('guide-2016'),
      new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41),
      'application/octet-stream',
      413,
    ],
  ])('refuses %s', async (_what, q, body, type, status) => {
    const r = await send(`/api/plans/preview${q}`, { body, type });
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(errorResponseSchema.parse(r.body).error.message).toMatch(/^(api|plans): /);
    storeIsEmpty();
  });

  it('reports what the extractor finds without loading, while the server keeps answering', async () => {
    const before = await readCurrentGraph(suite.driver, suite.database);
    let settled = false;
    const pending = previewOf('guide-2016').finally(() => {
      settled = true;
    });
    // The extraction runs in a child process: a read is answered before the preview ends, and a
    // second change at the same time is refused rather than interleaved.
    const [ping, second] = await Promise.all([
      send('/api/health/ping', { method: 'GET' }),
      send(`/api/plans/preview${query('other-2016')}`, { body: guide }),
    ]);
    expect(ping.status).toBe(200);
    expect(settled).toBe(false);
    expect(second.status, JSON.stringify(second.body)).toBe(409);
    expect(errorResponseSchema.parse(second.body).error.code).toBe('conflict');
    const p = await pending;

    expect(p).toMatchObject({ id: 'guide-2016', encoding: 'gb18030', characters: guideText.length });
    expect(p.token).toMatch(/^[0-9a-f]{32}$/);
    expect(p.issuers).toContain('工业和信息化部');
    expect(p.departments.length).toBeGreaterThan(0);
    expect(Object.values(p.byLabel).reduce((a, b) => a + b, 0)).toBe(p.nodes - 1);
    expect(p.discovered.length).toBeGreaterThanOrEqual(3);
    for (const t of p.discovered) {
      expect(guideText.slice(t.start, t.end), t.name).toBe(t.quote);
      expect(t.sentence).toContain(t.quote);
      expect(t.decision).toBeNull();
    }
    expect(p.discovered.map((t) => t.name)).toContain('高通量生化分析仪');
    // Nothing loaded, nothing stored.
    expect((await readCurrentGraph(suite.driver, suite.database))?.version).toBe(before?.version);
    storeIsEmpty();
    expect((await send(`/api/plans/preview/${p.token}/cancel`)).body).toEqual({ cancelled: true });
  });

  it("lists the body that forwards another's plan apart from the plan's issuers", async () => {
    const plan = '“十三五”医疗器械科技创新专项规划';
    const notice = [
      `江苏省科学技术厅关于转发《${plan}》的通知`,
      '苏科社发〔2017〕188号',
      '各设区市科技局：',
      `现将科技部办公厅《关于印发〈${plan}〉的通知》（国科办社〔2017〕44号）转发给你们，请结合实际认真贯彻落实。`,
      '江苏省科学技术厅',
      '2017年6月20日',
      '一、重点任务',
      '研发高场强超导磁共振成像系统和能谱CT，攻克CT球管、平板探测器和超导磁体等核心部件。',
      '',
    ].join('\n');
    const r = await send(`/api/plans/preview?id=js-forward-2017&title=${encodeURIComponent(plan)}`, {
      body: new TextEncoder().encode(notice),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const p = planPreviewResponseSchema.parse(r.body);
    expect(p.issuers).toEqual(['科学技术部']);
    expect(p.forwarders).toEqual(['江苏省科学技术厅']);
    storeIsEmpty();
    expect((await send(`/api/plans/preview/${p.token}/cancel`)).body).toEqual({ cancelled: true });
  });
});

describe('decisions, cancel and confirm', () => {
  let p: PlanPreviewResponse;
  beforeAll(async () => {
    p = await previewOf('guide-2016');
  });

  const decisions = (token = p.token) => `/api/plans/preview/${token}/decisions`;
  const term = (i: number) => {
    const t = p.discovered[i];
    if (!t) throw new Error(`plan-preview: no discovered term ${i}`);
    return t;
  };

  it.each([
    ['a token that is not one', () => json('/api/plans/preview/..%2F..%2Fx/decisions', {}), 400],
    [
      'an unknown token',
      () => json(decisions('0'.repeat(32)), { decisions: [{ id: 'equipment:ecmo', decision: 'accept' }] }),
      404,
    ],
    [
      'a form body',
      () => send(decisions(), { body: 'decisions=x', type: 'application/x-www-form-urlencoded' }),
      400,
    ],
    ['no decisions', () => json(decisions(), { decisions: [] }), 400],
    [
      'a term not in the preview',
      () => json(decisions(), { decisions: [{ id: 'equipment:ecmo', decision: 'accept' }] }),
      400,
    ],
    [
      'an id that is no node id',
      () => json(decisions(), { decisions: [{ id: '../x', decision: 'accept' }] }),
      400,
    ],
    [
      'an unknown decision',
      () => json(decisions(), { decisions: [{ id: term(0).id, decision: 'maybe' }] }),
      400,
    ],
    [
      'an unknown field',
      () => json(decisions(), { decisions: [{ id: term(0).id, decision: 'accept', label: 'Plan' }] }),
      400,
    ],
    [
      'an English name of 201 characters',
      () =>
        json(decisions(), { decisions: [{ id: term(0).id, decision: 'accept', nameEn: 'x'.repeat(201) }] }),
      400,
    ],
    [
      '501 decisions (over the JSON body limit before the schema sees them)',
      () =>
        json(decisions(), {
          decisions: Array.from({ length: 501 }, () => ({ id: term(0).id, decision: 'accept' })),
        }),
      413,
    ],
    ['confirming an unknown token', () => send(`/api/plans/preview/${'0'.repeat(32)}/confirm`), 404],
  ])('refuses %s', async (_what, call, status) => {
    const r = await call();
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(errorResponseSchema.parse(r.body).error.message).toMatch(/^(api|plans): /);
    storeIsEmpty();
  });

  it('records decisions all or nothing, and a null withdraws one', async () => {
    const bad = await json(decisions(), {
      decisions: [
        { id: term(0).id, decision: 'accept' },
        { id: 'equipment:ecmo', decision: 'reject' },
      ],
    });
    expect(bad.status).toBe(400);
    const none = await json(decisions(), { decisions: [{ id: term(0).id, decision: null }] });
    expect(termDecisionsResponseSchema.parse(none.body)).toEqual({ accepted: [], rejected: [] });
    const r = await json(decisions(), {
      decisions: [
        { id: term(0).id, decision: 'accept', nameEn: 'First term' },
        { id: term(1).id, decision: 'accept' },
        { id: term(2).id, decision: 'reject' },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(termDecisionsResponseSchema.parse(r.body)).toEqual({
      accepted: [term(0).id, term(1).id],
      rejected: [term(2).id],
    });
    storeIsEmpty();
  });

  it('cancel forgets a preview and changes nothing', async () => {
    const other = await previewOf('guide-2016');
    expect((await send(`/api/plans/preview/${other.token}/cancel`)).body).toEqual({ cancelled: true });
    expect((await send(`/api/plans/preview/${other.token}/confirm`)).status).toBe(404);
    expect((await send(`/api/plans/preview/${other.token}/cancel`)).body).toEqual({ cancelled: false });
    storeIsEmpty();
  });

  it('confirm loads the plan, the accepted terms as curated, the rejected one out of the graph', async () => {
    const r = await send(`/api/plans/preview/${p.token}/confirm`);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const done = planConfirmResponseSchema.parse(r.body);
    expect(done).toMatchObject({
      id: 'guide-2016',
      accepted: [term(0).name, term(1).name],
      rejected: [term(2).name],
    });
    const store = readStore(suite.storeDir);
    expect(store.plans.map((x) => x.id)).toEqual(['guide-2016']);
    expect(store.lexicon.find((e) => e.id === term(0).id)?.nameEn).toBe('First term');
    // No English name typed: the one composed from the glossary, else the Chinese name.
    expect(store.lexicon.find((e) => e.id === term(1).id)?.nameEn).toBe(term(1).nameEn ?? term(1).name);

    const terms = userTermsResponseSchema.parse((await send('/api/plans/terms', { method: 'GET' })).body);
    expect(terms.accepted.map((t) => t.id).sort()).toEqual([term(0).id, term(1).id].sort());
    expect(terms.rejected).toEqual([
      { id: term(2).id, label: term(2).label, name: term(2).name, plan: 'guide-2016' },
    ]);

    const node = async (id: string) => send(`/api/nodes/${encodeURIComponent(id)}`, { method: 'GET' });
    const accepted = await node(term(0).id);
    expect(accepted.status).toBe(200);
    expect(nodeDetailsResponseSchema.parse(accepted.body).node.discovered).toBeFalsy();
    expect((await node(term(2).id)).status).toBe(404);
    // The confirmed preview is spent.
    expect((await send(`/api/plans/preview/${p.token}/confirm`)).status).toBe(404);
  });

  it('a later preview of a text with a rejected term does not propose it again', async () => {
    const again = await previewOf('again-2016');
    expect(again.rejectedEarlier).toEqual([{ id: term(2).id, name: term(2).name }]);
    expect(again.discovered.map((t) => t.id)).not.toContain(term(2).id);
    expect(again.discovered.map((t) => t.id)).not.toContain(term(0).id);
    await send(`/api/plans/preview/${again.token}/cancel`);
  });

  it('removing the plan gives back the seeds', async () => {
    const r = await send('/api/plans/guide-2016/remove');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(readStore(suite.storeDir).plans).toEqual([]);
    expect((await readCurrentGraph(suite.driver, suite.database))?.plans).toEqual(['meq-2021', 'hist-2017']);
  });
});
