import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../server/api/db/read-runner';
import { comparePlans } from '../../../core/query/compare-plans';
import { impactAnswer } from '../../../core/query/impact-answer';
import { responsibilityMatrix } from '../../../core/query/responsibility-matrix';
import { traceLevels } from '../../../core/query/trace-levels';
import { etagMatches, graphEtag } from '../../../server/api/http/graph-handler';
import { RateLimiter } from '../../../server/api/http/rate-limiter';
import type { ApiNode, NodeSummary } from '../../../core/contract';
import type { NodeId, PlanId } from '../../../core/model/ids';

const id = (s: string) => s as NodeId;
const summary = (s: string, label: NodeSummary['label']): NodeSummary => ({
  id: id(s),
  label,
  name: s,
  nameEn: '',
});
const node = (s: string, label: ApiNode['label']): ApiNode => ({
  ...summary(s, label),
  aliases: [],
  plans: [],
});

describe('traceLevels', () => {
  const edges = [
    { source: id('material:a'), target: id('component:b') },
    { source: id('component:b'), target: id('equipment:c') },
    { source: id('material:a'), target: id('equipment:c') },
  ];

  it('gives each node its fewest hops upstream from the root', () => {
    expect(traceLevels('equipment:c', edges, 'upstream')).toEqual({
      'equipment:c': 0,
      'component:b': 1,
      'material:a': 1,
    });
  });

  it('walks along the edges downstream', () => {
    expect(traceLevels('material:a', edges, 'downstream')).toEqual({
      'material:a': 0,
      'component:b': 1,
      'equipment:c': 1,
    });
  });
});

describe('impactAnswer', () => {
  it('splits hits into equipment and domains, nearest first, and merges the paths into one graph', () => {
    const a = node('material:a', 'Material');
    const e = node('equipment:e', 'Equipment');
    const d = node('domain:d', 'Domain');
    const used = {
      type: 'USED_IN' as const,
      source: a.id,
      target: e.id,
      basis: 'stated' as const,
      evidence: [],
    };
    const inDomain = {
      type: 'IN_DOMAIN' as const,
      source: e.id,
      target: d.id,
      basis: 'stated' as const,
      evidence: [],
    };
    const answer = impactAnswer(
      a.id,
      [
        { hit: summary('domain:d', 'Domain'), nodes: [a, e, d], edges: [used, inDomain] },
        { hit: summary('equipment:e', 'Equipment'), nodes: [a, e], edges: [used] },
      ],
      10,
    );
    expect(answer.equipment.map((h) => [h.id, h.hops])).toEqual([['equipment:e', 1]]);
    expect(answer.domains[0]?.path).toEqual(['material:a', 'equipment:e', 'domain:d']);
    expect(answer.nodes).toHaveLength(3);
    expect(answer.edges).toHaveLength(2);
    expect(answer.truncated).toBe(false);
  });

  it('says when it cut the hits at the limit', () => {
    const a = node('material:a', 'Material');
    const hits = ['equipment:x', 'equipment:y'].map((h) => ({
      hit: summary(h, 'Equipment'),
      nodes: [a],
      edges: [],
    }));
    expect(impactAnswer(a.id, hits, 1).truncated).toBe(true);
  });
});

describe('responsibilityMatrix', () => {
  it('folds a predecessor body into its successor and marks the cell with via', () => {
    const nhc = summary('department:nhc', 'Department');
    const nhfpc = summary('department:nhfpc', 'Department');
    const m = summary('measure:m', 'Measure');
    const matrix = responsibilityMatrix(
      [
        { department: nhc, via: nhfpc, measure: m, basis: 'stated', evidence: [] },
        { department: nhc, via: null, measure: m, basis: 'inferred', rule: 'remit', evidence: [] },
      ],
      new Map([['measure:m', [summary('equipment:e', 'Equipment')]]]),
      10,
    );
    expect(matrix.departments).toEqual([{ ...nhc, predecessors: [nhfpc] }]);
    expect(matrix.cells.map((c) => c.via ?? null)).toEqual(['department:nhfpc', null]);
    expect(matrix.cells[1]?.rule).toBe('remit');
    expect(matrix.measures[0]?.reaches.map((r) => r.id)).toEqual(['equipment:e']);
  });

  it("carries a cell's role, its reason in words and the row's plans", () => {
    const nmpa = summary('department:nmpa', 'Department');
    const m = summary('measure:m', 'Measure');
    const matrix = responsibilityMatrix(
      [
        {
          department: nmpa,
          via: null,
          measure: m,
          plans: ['meq-2021' as PlanId],
          basis: 'inferred',
          rule: 'remit:nmpa:registration',
          evidence: [],
          props: { reasonZh: '职责涵盖“注册”', reasonEn: 'covers “注册”', terms: ['注册'] },
        },
      ],
      new Map(),
      10,
    );
    expect(matrix.cells[0]).toMatchObject({ reasonZh: '职责涵盖“注册”', reasonEn: 'covers “注册”' });
    expect(matrix.cells[0]).not.toHaveProperty('role');
    expect(matrix.measures[0]?.plans).toEqual(['meq-2021']);
  });
});

describe('comparePlans', () => {
  it('puts every entity in both, onlyA or onlyB under its label', () => {
    const out = comparePlans('meq-2021' as PlanId, 'hist-2017' as PlanId, [
      { node: summary('equipment:ct', 'Equipment'), inA: true, inB: true },
      { node: summary('material:m', 'Material'), inA: true, inB: false },
      { node: summary('technology:5g', 'Technology'), inA: false, inB: true },
    ]);
    expect(out.both.Equipment.map((n) => n.id)).toEqual(['equipment:ct']);
    expect(out.onlyA.Material.map((n) => n.id)).toEqual(['material:m']);
    expect(out.onlyB.Technology.map((n) => n.id)).toEqual(['technology:5g']);
    expect(out.both.Domain).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it('fills integer placeholders', () => {
    expect(fillTemplate('MATCH (a)-[*1..__DEPTH__]->(b)', { DEPTH: 3 })).toBe('MATCH (a)-[*1..3]->(b)');
  });

  it('refuses anything that is not an integer', () => {
    expect(() => fillTemplate('x __DEPTH__', { DEPTH: 1.5 })).toThrow();
    expect(() => fillTemplate('x __DEPTH__', { DEPTH: Number.NaN })).toThrow();
  });

  it('refuses a query with a placeholder left', () => {
    expect(() => fillTemplate('SHORTEST __K__ (a)--{1,__MAX_HOPS__}(b)', { K: 2 })).toThrow(/unfilled/);
  });
});

describe('etagMatches', () => {
  const etag = graphEtag('v1', 'boot');

  it('matches the same version, weak or strong, alone or in a list', () => {
    expect(etagMatches(etag, etag)).toBe(true);
    expect(etagMatches('"v1.boot"', etag)).toBe(true);
    expect(etagMatches(`"other", ${etag}`, etag)).toBe(true);
    expect(etagMatches('*', etag)).toBe(true);
  });

  it('does not match another version or no header', () => {
    expect(etagMatches(graphEtag('v2', 'boot'), etag)).toBe(false);
    expect(etagMatches(undefined, etag)).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows max requests per window per client, then refuses with the seconds to wait', () => {
    const limiter = new RateLimiter(2, 10_000);
    expect(limiter.hit('a', 1_000).allowed).toBe(true);
    expect(limiter.hit('a', 1_001).allowed).toBe(true);
    const third = limiter.hit('a', 1_002);
    expect(third.allowed).toBe(false);
    expect(third.retryAfterS).toBe(9);
    expect(limiter.hit('b', 1_003).allowed).toBe(true);
  });

  it('starts counting afresh in the next window', () => {
    const limiter = new RateLimiter(1, 1_000);
    limiter.hit('a', 0);
    expect(limiter.hit('a', 500).allowed).toBe(false);
    expect(limiter.hit('a', 1_000).allowed).toBe(true);
  });
});
