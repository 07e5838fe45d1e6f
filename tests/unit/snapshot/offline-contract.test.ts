// Every answer the offline snapshot gives satisfies the wire contract's response schema for its
// route, so a snapshot page and a served page read the same JSON.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROUTES, type CompareResponse } from '../../../core/contract';
import { comparePlans } from '../../../core/query/compare-plans';
import { createOfflineFetch } from '../../../client/src/api/offline-api';
import type { PlanId } from '../../../core/model/ids';
import { fixtureGraph } from './fixture-graph';
import { ask, fixtureSnapshot as snapshot } from './offline-ask';

/** One request per route the snapshot serves; the routes it cannot serve are named. */
const REQUESTS: Partial<Record<keyof typeof ROUTES, string>> = {
  health: './api/health',
  search: './api/search?q=CT',
  node: './api/nodes/equipment%3Act',
  neighbors: './api/nodes/equipment%3Act/neighbors',
  supplyChain: './api/supply-chain/equipment%3Aecmo?direction=upstream',
  impact: './api/impact/component%3Act-tube',
  paths: './api/paths?from=material%3Atungsten-alloy&to=domain%3Adiagnostics',
  bottlenecks: './api/bottlenecks',
  responsibilities: './api/responsibilities',
  overview: './api/overview?limit=10',
  compare: './api/compare?a=hist-2017&b=meq-2021',
  plans: './api/plans',
  planText: './api/plans/meq-2021/text',
};
// Live-server only: the console, adding, previewing or removing plans (they extract, write the plan
// store and load), and the user's term decisions (read from the plan store).
const NOT_OFFLINE = new Set([
  'ping',
  'cypher',
  'planUpload',
  'planRemove',
  'planPreview',
  'planPreviewDecisions',
  'planPreviewConfirm',
  'planPreviewCancel',
  'planTerms',
]);

describe('the offline snapshot answers', () => {
  it('cover every route of the contract but the live-server ones', () => {
    const uncovered = Object.keys(ROUTES).filter((r) => !(r in REQUESTS) && !NOT_OFFLINE.has(r));
    expect(uncovered).toEqual([]);
  });

  for (const [route, url] of Object.entries(REQUESTS)) {
    it(`satisfy the ${route} response schema`, async () => {
      const f = createOfflineFetch(snapshot());
      const r = await f(url);
      expect(r.status).toBe(200);
      const parsed = ROUTES[route as keyof typeof ROUTES].response.safeParse(await r.json());
      expect(parsed.success ? '' : z.prettifyError(parsed.error)).toBe('');
    });
  }
});

describe('offline compare', () => {
  const g = fixtureGraph();
  const q = { a: 'meq-2021' as PlanId, b: 'hist-2017' as PlanId };
  const compare = (o: { a: PlanId; b: PlanId; limit?: number }) =>
    ask<CompareResponse>(snapshot(), `/compare?a=${o.a}&b=${o.b}${o.limit ? `&limit=${o.limit}` : ''}`);
  const serverAnswer = (limit: number): CompareResponse => {
    const rows = g.nodes
      .filter((n) => n.label !== 'Plan' && (n.plans.includes(q.a) || n.plans.includes(q.b)))
      .sort((x, y) => (x.id < y.id ? -1 : 1))
      .map((n) => ({
        node: { id: n.id, label: n.label, name: n.name, nameEn: n.nameEn },
        inA: n.plans.includes(q.a),
        inB: n.plans.includes(q.b),
      }));
    const answer = comparePlans(q.a, q.b, rows.slice(0, limit));
    return rows.length > limit ? { ...answer, truncated: true } : answer;
  };

  it('groups and sorts exactly as the server does (by Chinese name, every label present)', () => {
    expect(compare(q)).toEqual(serverAnswer(1000));
    expect(compare(q).onlyA.Department.map((d) => d.id)).toEqual(
      serverAnswer(1000).onlyA.Department.map((d) => d.id),
    );
  });

  it('cuts at the limit and says so, like the server', () => {
    const cut = compare({ ...q, limit: 3 });
    expect(cut).toEqual(serverAnswer(3));
    expect(cut.truncated).toBe(true);
  });
});
