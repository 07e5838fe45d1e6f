// The offline snapshot answers as the server does: every route the snapshot serves, asked with
// several parameter sets of the server over real HTTP (real plans in the embedded Neo4j) and of the
// offline fetch over the same graph, must give the same status and the same JSON values. Where the
// server's answer depends on the store's order (more than one path, a trace or impact cut at its
// limit), the parts the graph determines are compared by value and the rest by what both promise;
// the routes a snapshot cannot serve are listed, with why, in SERVER_ONLY_ROUTES.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineFetch, OFFLINE_ROUTES, SERVER_ONLY_ROUTES } from '../../../client/src/api/offline-api';
import {
  matchRoute,
  ROUTE_PATHS,
  type HealthResponse,
  type ImpactResponse,
  type PathsResponse,
  type RouteName,
  type SupplyChainResponse,
} from '../../../core/contract';
import type { GraphFile } from '../../../core/model/interchange';
import { buildSnapshotData } from '../../../server/snapshot/snapshot-data';
import { call } from '../api/support/api-server';
import { usePlansApi } from '../api/support/plans-api';
import { extractPlans } from '../api/support/plans-graph';

// The load on a shared test machine must not turn a slow query into a 503 on one side only.
const suite = usePlansApi({ queryTimeoutMs: 120_000 });
let offline: typeof fetch;
let graph: GraphFile;

beforeAll(() => {
  graph = extractPlans().graph;
  const texts = Object.fromEntries(graph.plans.map((p) => [p.id, readFileSync(resolve(p.file), 'utf8')]));
  offline = createOfflineFetch(buildSnapshotData({ graph, texts, tours: [], builtAt: 'parity' }));
});

/** The routes this file asked, to check at the end that none the snapshot serves was left out. */
const asked = new Set<RouteName>();

/** Both answers to one API URL (`/api/...`), raw: status and parsed body of each side. */
async function raw(
  url: string,
): Promise<{ served: { status: number; body: unknown }; snapshot: { status: number; body: unknown } }> {
  const route = matchRoute('get', url.split('?')[0]!);
  if (route) asked.add(route.name);
  const served = await call(suite.api.baseUrl, url);
  const res = await offline(`.${url}`);
  return { served, snapshot: { status: res.status, body: (await res.json()) as unknown } };
}

/** Both answers to one API URL (`/api/...`): status and parsed body. */
async function both(url: string): Promise<{ served: unknown; snapshot: unknown }> {
  const { served, snapshot: res } = await raw(url);
  const body = res.body;
  // Error messages are worded per side; the status and the code are the contract.
  const shape = (status: number, b: unknown) =>
    status === 200 ? { status, body: b } : { status, code: (b as { error?: { code?: string } }).error?.code };
  return { served: shape(served.status, served.body), snapshot: shape(res.status, body) };
}

async function expectSame(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const { served, snapshot } = await both(url);
    expect(snapshot, url).toEqual(served);
  }
}

const q = encodeURIComponent;
/** The first `n` node ids of a label, by id: a spread of the graph that does not depend on the test. */
const idsOf = (label: string, n: number): string[] =>
  graph.nodes
    .filter((x) => x.label === label)
    .map((x) => x.id as string)
    .sort()
    .slice(0, n);
const sample = (): string[] =>
  ['Domain', 'Equipment', 'Component', 'Material', 'Technology', 'Measure', 'Department', 'Plan'].flatMap(
    (l) => idsOf(l, 4),
  );

describe('the offline snapshot and the server give the same values for', () => {
  // Every route the snapshot serves must be asked by a test of this file.
  afterAll(() => {
    expect([...asked].sort()).toEqual([...OFFLINE_ROUTES].sort());
  });

  it('health: the graph it holds (the snapshot has no Neo4j and no load version, by design)', async () => {
    const { served, snapshot } = await raw('/api/health');
    const [s, o] = [served.body as HealthResponse, snapshot.body as HealthResponse];
    expect(o.neo4j.connected).toBe(false);
    expect({ nodes: o.graph?.nodes, edges: o.graph?.edges, plans: o.graph?.plans }).toEqual({
      nodes: s.graph?.nodes,
      edges: s.graph?.edges,
      plans: s.graph?.plans,
    });
  });

  it('the route table: each GET route is served by the snapshot or listed as server-only', () => {
    const gets = Object.entries(ROUTE_PATHS)
      .filter(([, r]) => r.method === 'get')
      .map(([name]) => name);
    const covered = [...OFFLINE_ROUTES, ...Object.keys(SERVER_ONLY_ROUTES)];
    for (const name of gets) expect(covered, name).toContain(name);
    expect(OFFLINE_ROUTES.filter((r) => r in SERVER_ONLY_ROUTES)).toEqual([]);
  });

  it('search: Chinese, pinyin, initials, English, full-width, typos, Traditional, labels and limits', async () => {
    const queries = [
      '中空纤维膜',
      '中空',
      '中空 纤维膜',
      'zkxwm',
      'zhong kong',
      'zhongkongxianweimo',
      'ecmo',
      'ＥＣＭＯ',
      'ecmp',
      'CT',
      'ct球管',
      '传感器',
      '芯片',
      'hollow fiber',
      'sensor',
      'pet-ct',
      '医疗装备',
      '醫療裝備',
      '監護',
      '監護儀',
      '手術機械人',
      '壓力感測器',
      '醫用內視鏡',
      '超音波探頭',
      'ＣＴ掃描儀',
      '人工智能',
      'rgzn',
      '5G',
    ];
    await expectSame(queries.map((s) => `/api/search?q=${q(s)}`));
    await expectSame(queries.map((s) => `/api/search?q=${q(s)}&limit=50`));
    await expectSame([
      `/api/search?q=${q('装备')}&labels=Domain&limit=50`,
      `/api/search?q=${q('CT')}&labels=Component&labels=Equipment&limit=20`,
      `/api/search?q=${q('材料')}&labels=Material&limit=5`,
      `/api/search?q=${q(' ')}`,
    ]);
  });

  it('search in Traditional script: both sides answer it as its Simplified form, and find something', async () => {
    const pairs = [
      ['醫療裝備', '医疗装备'],
      ['監護', '监护'],
      ['手術機械人', '手术机器人'],
      ['壓力感測器', '压力传感器'],
      ['超音波', '超声'],
    ];
    for (const [traditional, simplified] of pairs) {
      const [t, s] = [
        await raw(`/api/search?q=${q(traditional!)}`),
        await raw(`/api/search?q=${q(simplified!)}`),
      ];
      expect(t.snapshot.body, traditional).toEqual(t.served.body);
      expect(t.snapshot.body, traditional).toEqual(s.snapshot.body);
      expect((t.snapshot.body as { results: unknown[] }).results.length, traditional).toBeGreaterThan(0);
    }
  });

  it('the overview at several limits', async () => {
    await expectSame([
      '/api/overview',
      '/api/overview?limit=5',
      '/api/overview?limit=23',
      '/api/overview?limit=200',
    ]);
  });

  it('node details and neighbours, by type and direction, capped', async () => {
    const ids = [...sample(), 'component:ct-tube', 'equipment:ecmo', 'department:nhc', 'department:nhfpc'];
    await expectSame(ids.map((id) => `/api/nodes/${q(id)}`));
    await expectSame(ids.map((id) => `/api/nodes/${q(id)}/neighbors`));
    await expectSame([
      `/api/nodes/${q('measure:hist-2017-three-product-classes')}/neighbors?limit=5`,
      `/api/nodes/${q('measure:hist-2017-three-product-classes')}/neighbors?direction=out&limit=200`,
      `/api/nodes/${q('component:ct-tube')}/neighbors?direction=in&types=PART_OF`,
      `/api/nodes/${q('department:miit')}/neighbors?types=RESPONSIBLE_FOR&types=SUCCEEDED_BY&direction=out`,
      `/api/nodes/${q('equipment:nothing')}`,
      `/api/nodes/${q('equipment:nothing')}/neighbors`,
    ]);
  });

  it('supply-chain traces upstream and downstream at depths 1, 3 and 6', async () => {
    const urls = [
      ...sample(),
      'component:ct-tube',
      'equipment:ecmo',
      'material:hollow-fiber-membrane',
    ].flatMap((id) =>
      ['upstream', 'downstream'].flatMap((d) =>
        [1, 3, 6].map((depth) => `/api/supply-chain/${q(id)}?direction=${d}&depth=${depth}`),
      ),
    );
    await expectSame([...urls, `/api/supply-chain/${q('equipment:nothing')}`]);
  });

  it('traces cut at their limit: the same root, levels and size, each node kept within the whole trace', async () => {
    const ids = [
      'domain:diagnostic-testing-equipment',
      'domain:collaborative-medical-services',
      'component:ct-tube',
      'equipment:ecmo',
      ...idsOf('Domain', 3),
    ];
    for (const id of ids)
      for (const direction of ['upstream', 'downstream'])
        for (const limit of [1, 2, 5]) {
          const base = `/api/supply-chain/${q(id)}?direction=${direction}&depth=6`;
          const url = `${base}&limit=${limit}`;
          const { served, snapshot } = await raw(url);
          expect([snapshot.status, served.status], url).toEqual([200, 200]);
          const [s, o] = [served.body as SupplyChainResponse, snapshot.body as SupplyChainResponse];
          const whole = (await raw(base)).served.body as SupplyChainResponse;
          const summary = (r: SupplyChainResponse) => ({
            root: r.root,
            truncated: r.truncated,
            nodes: r.nodes.length,
            // Both keep the nearest members first: which of one level's members is the store's pick.
            levels: Object.values(r.levels).sort(),
          });
          expect(summary(o), url).toEqual(summary(s));
          expect(o.truncated, url).toBe(whole.nodes.length > limit + 1);
          for (const n of o.nodes) expect(whole.levels[n.id], `${url} ${n.id}`).toBeDefined();
          for (const e of o.edges)
            expect(
              whole.edges.some((w) => w.type === e.type && w.source === e.source && w.target === e.target),
            ).toBe(true);
        }
  });

  it('impact cut at its limit: the same hit counts, hop counts and flag, each hit one of the whole answer', async () => {
    const ids = [...idsOf('Component', 6), ...idsOf('Material', 4), 'component:ct-tube'];
    for (const id of ids)
      for (const limit of [1, 2, 3]) {
        const url = `/api/impact/${q(id)}?limit=${limit}`;
        const { served, snapshot } = await raw(url);
        expect([snapshot.status, served.status], url).toEqual([200, 200]);
        const [s, o] = [served.body as ImpactResponse, snapshot.body as ImpactResponse];
        const whole = (await raw(`/api/impact/${q(id)}`)).served.body as ImpactResponse;
        const hits = (r: ImpactResponse) => [...r.equipment, ...r.domains];
        const summary = (r: ImpactResponse) => ({
          truncated: r.truncated,
          hops: hits(r)
            .map((h) => h.hops)
            .sort(),
        });
        expect(summary(o), url).toEqual(summary(s));
        // A hit kept is the same hit, with the same path, as in the whole answer.
        for (const h of hits(o)) expect(hits(whole), url).toContainEqual(h);
      }
  });

  it('impact of parts, materials and equipment', async () => {
    const ids = [
      ...idsOf('Component', 12),
      ...idsOf('Material', 12),
      ...idsOf('Equipment', 4),
      'component:ct-tube',
    ];
    await expectSame([...ids.map((id) => `/api/impact/${q(id)}`), `/api/impact/${q('material:nothing')}`]);
  });

  it('the shortest path between nodes (k = 1), hops and types varied', async () => {
    await expectSame([
      `/api/paths?from=${q('material:hollow-fiber-membrane')}&to=${q('equipment:ecmo')}&k=1`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('domain:diagnostic-testing-equipment')}&k=1&maxHops=4`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('equipment:ecmo')}&k=1&maxHops=2`,
      `/api/paths?from=${q('department:miit')}&to=${q('equipment:ecmo')}&k=1`,
      `/api/paths?from=${q('technology:5g')}&to=${q('component:ct-tube')}&k=1&maxHops=8`,
      `/api/paths?from=${q('measure:hist-2017-three-product-classes')}&to=${q('domain:diagnostic-testing-equipment')}&k=1`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('domain:diagnostic-testing-equipment')}&k=1&types=PART_OF&types=IN_DOMAIN`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('equipment:nothing')}`,
    ]);
  });

  it('k shortest paths (k > 1): every path shorter than the longest by value, and the same lengths', async () => {
    const pairs = [
      ['material:hollow-fiber-membrane', 'equipment:ecmo'],
      ['component:ct-tube', 'domain:diagnostic-testing-equipment'],
      ['department:miit', 'equipment:ecmo'],
      ['technology:5g', 'component:ct-tube'],
      ['measure:hist-2017-three-product-classes', 'domain:diagnostic-testing-equipment'],
      ['department:nhc', 'department:miit'],
    ];
    for (const [from, to] of pairs)
      for (const k of [2, 3, 5])
        for (const maxHops of [4, 8]) {
          const url = `/api/paths?from=${q(from!)}&to=${q(to!)}&k=${k}&maxHops=${maxHops}`;
          const { served, snapshot } = await raw(url);
          expect([snapshot.status, served.status], url).toEqual([200, 200]);
          const [s, o] = [served.body as PathsResponse, snapshot.body as PathsResponse];
          // SHORTEST k keeps any of the equal paths at its last length, so those may differ; all
          // shorter ones are fixed by the graph, and both sides order them the same way.
          const longest = Math.max(...s.paths.map((p) => p.hops));
          const shorter = (r: PathsResponse) => r.paths.filter((p) => p.hops < longest);
          expect(shorter(o), url).toEqual(shorter(s));
          expect(o.paths.length, url).toBeLessThanOrEqual(k);
          // Neither side answers a path through a node twice (the server drops the walks around a
          // loop that SHORTEST k may return), so both give the same lengths.
          const loopFree = (r: PathsResponse) =>
            r.paths.every((p) => new Set(p.order).size === p.order.length);
          expect([loopFree(o), loopFree(s)], url).toEqual([true, true]);
          expect(
            o.paths.map((p) => p.hops),
            url,
          ).toEqual(s.paths.map((p) => p.hops));
        }
  });

  it('bottlenecks, by label and limit', async () => {
    await expectSame([
      '/api/bottlenecks',
      '/api/bottlenecks?limit=100',
      '/api/bottlenecks?labels=Material',
      '/api/bottlenecks?labels=Component&limit=5',
    ]);
  });

  it('the responsibility matrix, whole, per department (a successor, a predecessor) and cut', async () => {
    await expectSame([
      '/api/responsibilities',
      '/api/responsibilities?limit=10',
      `/api/responsibilities?department=${q('department:nhc')}`,
      `/api/responsibilities?department=${q('department:nhfpc')}`,
      `/api/responsibilities?department=${q('department:miit')}`,
      `/api/responsibilities?department=${q('department:nmpa')}&limit=3`,
      `/api/responsibilities?department=${q('department:nothing')}`,
    ]);
  });

  it('the comparison of the two plans, both ways and cut', async () => {
    await expectSame([
      '/api/compare?a=meq-2021&b=hist-2017',
      '/api/compare?a=hist-2017&b=meq-2021',
      '/api/compare?a=meq-2021&b=hist-2017&limit=40',
      '/api/compare?a=meq-2021&b=nothing',
    ]);
  });

  it('the plans and their texts with sections and mentions', async () => {
    await expectSame([
      '/api/plans',
      '/api/plans/meq-2021/text',
      '/api/plans/hist-2017/text',
      '/api/plans/nothing/text',
    ]);
  });
});
