// Whole-graph invariants over the real seed plans, and the facts later issues rely on.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { REL_ENDPOINTS } from '../../../core/model/graph-model';
import { NODE_ID_PATTERN } from '../../../core/model/ids';
import { graphFileSchema } from '../../../core/model/interchange';
import { curated, planText, seedPlans, seedResult } from './seed-data';

const graph = () => seedResult().graph;
const texts = () => Object.fromEntries(seedPlans().map((p) => [p.meta.id, p.text])) as Record<string, string>;

/** Node ids reachable from `from` along `types`, following edges forward. */
const downstream = (from: string, types: readonly string[]): Set<string> => {
  const seen = new Set([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift())
    for (const e of graph().edges)
      if (e.source === id && types.includes(e.type) && !seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
  return seen;
};

describe('the extracted graph of both plans', () => {
  it('validates against the interchange schema', () => {
    expect(graphFileSchema.safeParse(graph()).success).toBe(true);
  });

  it('quotes every evidence passage as the exact slice of its plan text', () => {
    const t = texts();
    for (const e of graph().edges)
      for (const ev of e.evidence) expect(t[ev.plan]?.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('locates every mention inside its plan text, with section paths', () => {
    const t = texts();
    for (const n of graph().nodes)
      for (const m of n.mentions) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(t[m.plan]?.length ?? 0);
        expect(m.section).not.toBe('');
      }
  });

  it('has no dangling edge and respects REL_ENDPOINTS', () => {
    const label = new Map(graph().nodes.map((n) => [n.id as string, n.label]));
    for (const e of graph().edges) {
      expect(REL_ENDPOINTS[e.type].from).toContain(label.get(e.source));
      expect(REL_ENDPOINTS[e.type].to).toContain(label.get(e.target));
    }
  });

  it('backs every stated edge with evidence and names the rule of every inferred one', () => {
    for (const e of graph().edges) {
      if (e.basis === 'stated') expect(e.evidence.length).toBeGreaterThan(0);
      else expect(e.rule).toBeTruthy();
    }
    expect(seedResult().report.statedWithoutEvidence).toEqual([]);
  });

  it('uses readable ids and gives the same bytes on a second run', () => {
    for (const n of graph().nodes) expect(n.id).toMatch(NODE_ID_PATTERN);
    const again = extractGraph(seedPlans(), curated()).graph;
    expect(JSON.stringify(again)).toBe(JSON.stringify(graph()));
  });

  it('puts 中空纤维膜 upstream of ECMO, and ECMO in 监护与生命支持装备', () => {
    const reach = downstream('material:hollow-fiber-membrane', ['USED_IN', 'PART_OF', 'IN_DOMAIN']);
    expect(reach).toContain('equipment:ecmo');
    expect(reach).toContain('domain:monitoring-life-support-equipment');
  });

  it('reaches CT and then 诊断检验装备 downstream of CT球管', () => {
    const reach = downstream('component:ct-tube', ['USED_IN', 'PART_OF', 'IN_DOMAIN']);
    expect(reach).toContain('equipment:ct');
    expect(reach).toContain('domain:diagnostic-testing-equipment');
  });

  it('keeps one node for things both plans name (CT, 手术机器人, 全自动核酸检测, CT球管, 3D打印)', () => {
    for (const id of [
      'equipment:ct',
      'equipment:surgical-robot',
      'equipment:automated-nucleic-acid-testing',
      'component:ct-tube',
      'technology:3d-printing',
    ])
      expect(graph().nodes.find((n) => n.id === id)?.plans).toEqual(['meq-2021', 'hist-2017']);
  });

  it('marks discovered terms and finds every curated lexicon entry in some plan', () => {
    const discovered = graph().nodes.filter((n) => n.discovered);
    expect(discovered.length).toBe(seedResult().report.discovered.length);
    expect(seedResult().report.neverFound).toEqual([]);
    expect(planText('meq-2021').length).toBeGreaterThan(0);
  });
});
