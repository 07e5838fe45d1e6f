// Specifications of the offline snapshot's answers: the same questions the API answers, asked of the
// interchange file in memory (rows computed from the graph, answered by core/query).
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../core/errors';
import type {
  BottlenecksResponse,
  CompareResponse,
  ImpactResponse,
  NeighborsResponse,
  NodeDetailsResponse,
  PathsResponse,
  PlanTextResponse,
  ResponsibilitiesResponse,
  SearchResponse,
  SupplyChainResponse,
} from '../../../core/contract';
import { indexGraph } from '../../../client/src/offline/graph-index';
import { kShortestWalks } from '../../../client/src/offline/paths';
import { fixtureGraph } from './fixture-graph';
import { ask, fixtureSnapshot } from './offline-ask';

describe('supplyChain', () => {
  it('returns the materials and parts upstream of CT within the depth limit, with their levels', () => {
    const data = fixtureSnapshot();
    const one = ask<SupplyChainResponse>(
      data,
      '/supply-chain/equipment:ct?direction=upstream&depth=1&limit=100',
    );
    expect(one.nodes.map((n) => n.id).sort()).toEqual(['component:ct-tube', 'equipment:ct']);
    const three = ask<SupplyChainResponse>(
      data,
      '/supply-chain/equipment:ct?direction=upstream&depth=3&limit=100',
    );
    expect(three.levels).toMatchObject({
      'equipment:ct': 0,
      'component:ct-tube': 1,
      'component:anode': 2,
      'material:tungsten-alloy': 3,
    });
    expect(three.edges.every((e) => ['USED_IN', 'PART_OF', 'IN_DOMAIN'].includes(e.type))).toBe(true);
  });

  it('keeps `limit` nodes besides the root, as the server does, and marks the answer truncated', () => {
    const r = ask<SupplyChainResponse>(
      fixtureSnapshot(),
      '/supply-chain/equipment:ct?direction=upstream&depth=6&limit=2',
    );
    expect(r.nodes).toHaveLength(3);
    expect(r.nodes.map((n) => n.id)).toContain('equipment:ct');
    expect(r.truncated).toBe(true);
  });
});

describe('impact', () => {
  it('lists CT, PET-CT and 诊断检验装备 as hit when CT球管 is unavailable, each with its path', () => {
    const r = ask<ImpactResponse>(fixtureSnapshot(), '/impact/component:ct-tube?limit=200');
    expect(r.equipment.map((e) => e.name).sort()).toEqual(['CT', 'PET-CT']);
    expect(r.domains.map((d) => d.name)).toEqual(['诊断检验装备']);
    expect(r.domains[0]?.path[0]).toBe('component:ct-tube');
    expect(r.domains[0]?.path.at(-1)).toBe('domain:diagnostics');
  });
});

describe('bottlenecks', () => {
  it('ranks parts and materials by the distinct equipment and domains that depend on them', () => {
    const r = ask<BottlenecksResponse>(fixtureSnapshot(), '/bottlenecks?limit=10');
    expect(r.items[0]).toMatchObject({ equipment: 2, domains: 1, score: 3 });
    expect(r.items.map((i) => i.node.label).every((l) => l === 'Component' || l === 'Material')).toBe(true);
    const scores = r.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('paths', () => {
  it('finds the walk from 中空纤维膜 through ECMO to 监护与生命支持装备', () => {
    const r = ask<PathsResponse>(
      fixtureSnapshot(),
      '/paths?from=material:hollow-fiber-membrane&to=domain:life-support&k=3&maxHops=6',
    );
    expect(r.paths[0]?.order).toEqual([
      'material:hollow-fiber-membrane',
      'equipment:ecmo',
      'domain:life-support',
    ]);
    expect(r.paths[0]?.hops).toBe(2);
  });

  it('returns distinct loop-free walks, shortest first, and honours the relationship types', () => {
    const g = indexGraph(fixtureGraph());
    const walks = kShortestWalks(g, 'component:ct-tube', 'domain:diagnostics', { k: 3, maxHops: 6 });
    expect(walks.map((w) => w.nodes.length)).toEqual([3, 3]);
    expect(new Set(walks.map((w) => w.nodes.join())).size).toBe(2);
    for (const w of walks) expect(new Set(w.nodes).size).toBe(w.nodes.length);
    expect(
      kShortestWalks(g, 'component:ct-tube', 'domain:diagnostics', { k: 3, maxHops: 6, types: ['USED_IN'] }),
    ).toEqual([]);
  });
});

describe('responsibilities', () => {
  it('folds a predecessor body into its successor and keeps stated and inferred cells apart', () => {
    const r = ask<ResponsibilitiesResponse>(fixtureSnapshot(), '/responsibilities?limit=100');
    const nhc = r.cells.find((c) => c.department === 'department:nhc');
    expect(nhc).toMatchObject({
      measure: 'measure:standards',
      basis: 'inferred',
      rule: 'remit:health-standards',
      via: 'department:nhfpc',
    });
    expect(r.cells.find((c) => c.department === 'department:miit')?.basis).toBe('stated');
    expect(r.departments.find((d) => d.id === 'department:nhc')?.predecessors.map((p) => p.name)).toEqual([
      '国家卫生计生委',
    ]);
  });

  it('says what a measure reaches down the supply chain', () => {
    const r = ask<ResponsibilitiesResponse>(fixtureSnapshot(), '/responsibilities?limit=100');
    const reach = r.measures.find((m) => m.id === 'measure:key-parts')?.reaches.map((n) => n.id) ?? [];
    expect(reach).toEqual(
      expect.arrayContaining(['component:ct-tube', 'equipment:ct', 'domain:diagnostics']),
    );
  });
});

describe('compare', () => {
  it('sorts entities into both plans, only the first and only the second, by label', () => {
    const r = ask<CompareResponse>(fixtureSnapshot(), '/compare?a=hist-2017&b=meq-2021');
    expect(r.both.Equipment?.map((n) => n.id)).toEqual(['equipment:ct']);
    expect(r.onlyA.Technology?.map((n) => n.id)).toEqual(['technology:ai']);
    expect(r.onlyB.Material?.length).toBe(2);
    expect(r.both.Plan).toEqual([]);
  });
});

describe('search', () => {
  it('finds by Chinese, English and pinyin, exact matches first', () => {
    const data = fixtureSnapshot({
      pinyin: { 'material:hollow-fiber-membrane': ['zhongkongxianweimo', 'zkxwm'] },
    });
    const first = (q: string) =>
      ask<SearchResponse>(data, `/search?q=${encodeURIComponent(q)}&limit=10`).results[0];
    expect(first('中空')?.id).toBe('material:hollow-fiber-membrane');
    expect(first('ecmo')).toMatchObject({ id: 'equipment:ecmo', match: 'exact' });
    expect(first('zkxwm')?.id).toBe('material:hollow-fiber-membrane');
    expect(
      ask<SearchResponse>(data, '/search?q=CT&labels=Component&limit=10').results.map((r) => r.id),
    ).toEqual(['component:ct-tube']);
  });
});

describe('nodeDetails and neighbours', () => {
  it('gives a node its mentions, the evidence of its edges and neighbour counts', () => {
    const d = ask<NodeDetailsResponse>(fixtureSnapshot(), '/nodes/component:ct-tube');
    expect(d.node.mentions?.length).toBe(1);
    expect(d.evidence.length).toBe(4);
    expect(d.neighborCounts).toEqual(
      expect.arrayContaining([{ type: 'PART_OF', direction: 'out', count: 2 }]),
    );
    expect(() => ask(fixtureSnapshot(), '/nodes/equipment:nothing')).toThrow(NotFoundError);
  });

  it('caps neighbours and reports the total', () => {
    const r = ask<NeighborsResponse>(
      fixtureSnapshot(),
      '/nodes/component:ct-tube/neighbors?direction=both&limit=2',
    );
    expect(r).toMatchObject({ total: 4, returned: 2 });
    expect(r.nodes).toHaveLength(3);
  });
});

describe('planText', () => {
  it('returns the text with the mentions in it, in reading order', () => {
    const text = '一'.repeat(40);
    const r = ask<PlanTextResponse>(fixtureSnapshot({ texts: { 'meq-2021': text } }), '/plans/meq-2021/text');
    expect(r.text).toBe(text);
    expect(r.mentions.length).toBeGreaterThan(5);
    expect(r.sections[0]?.path).toBe('三、重点发展领域');
  });
});
