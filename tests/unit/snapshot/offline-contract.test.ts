// Every answer the offline snapshot gives satisfies the wire contract's response schema for its
// route, so a snapshot page and a served page read the same JSON.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROUTES, type CompareResponse } from '../../../core/contract';
import { comparePlans } from '../../../server/api/graph/compare-plans';
import { createOfflineFetch } from '../../../client/src/api/offline-api';
import { indexGraph } from '../../../client/src/offline/graph-index';
import { compare } from '../../../client/src/offline/plans';
import { toSummary } from '../../../client/src/offline/wire-shapes';
import type { SnapshotData } from '../../../client/src/offline/snapshot-data';
import type { PlanId } from '../../../core/model/ids';
import { fixtureGraph } from './fixture-graph';

const snapshot = (): SnapshotData => ({
  format: 1,
  builtAt: '2026-01-01T00:00:00Z',
  graph: fixtureGraph(),
  texts: { 'meq-2021': '一'.repeat(40), 'hist-2017': '二'.repeat(40) },
  pinyin: {},
  tours: [],
});

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
// Live-server only: the console, and adding or removing plans (they write the plan store and load).
const NOT_OFFLINE = new Set(['ping', 'cypher', 'planUpload', 'planRemove']);

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
  const g = indexGraph(fixtureGraph());
  const q = { a: 'meq-2021' as PlanId, b: 'hist-2017' as PlanId };
  const serverAnswer = (limit: number): CompareResponse => {
    const rows = [...g.nodes.values()]
      .filter((n) => n.label !== 'Plan' && (n.plans.includes(q.a) || n.plans.includes(q.b)))
      .sort((x, y) => (x.id < y.id ? -1 : 1))
      .map((n) => ({ node: toSummary(n), inA: n.plans.includes(q.a), inB: n.plans.includes(q.b) }));
    const answer = comparePlans(q.a, q.b, rows.slice(0, limit));
    return rows.length > limit ? { ...answer, truncated: true } : answer;
  };

  it('groups and sorts exactly as the server does (by Chinese name, every label present)', () => {
    expect(compare(g, q)).toEqual(serverAnswer(1000));
    expect(compare(g, q).onlyA.Department.map((d) => d.id)).toEqual(
      serverAnswer(1000).onlyA.Department.map((d) => d.id),
    );
  });

  it('cuts at the limit and says so, like the server', () => {
    const cut = compare(g, { ...q, limit: 3 });
    expect(cut).toEqual(serverAnswer(3));
    expect(cut.truncated).toBe(true);
  });
});
