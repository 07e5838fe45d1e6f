import { describe, expect, it } from 'vitest';
import type { WireEdge, WireNode } from '../../../../client/src/api/wire';
import { toElements } from '../../../../client/src/graph/element-mapping';
import { initialViewState, type ViewState } from '../../../../client/src/state/view-state';
import { asNodeId, asPlanId } from '../../../../core/model/ids';

const node = (
  id: string,
  label: WireNode['label'],
  name: string,
  nameEn: string,
  plans: string[],
): WireNode => ({
  id: asNodeId(id),
  label,
  name,
  nameEn,
  aliases: [],
  plans: plans.map(asPlanId),
});
const edge = (
  source: string,
  target: string,
  type: WireEdge['type'],
  basis: WireEdge['basis'],
  plan = 'meq-2021',
): WireEdge => ({
  type,
  source: asNodeId(source),
  target: asNodeId(target),
  basis,
  evidence: [{ plan: asPlanId(plan), section: '一', start: 0, end: 1, quote: 'x' }],
});

const fixture = () => {
  const nodes = new Map<string, WireNode>(
    [
      node('material:hollow-fiber-membrane', 'Material', '中空纤维膜', 'hollow-fibre membrane', ['meq-2021']),
      node('equipment:ecmo', 'Equipment', '体外膜肺氧合机', 'ECMO', ['meq-2021']),
      node('domain:life-support', 'Domain', '监护与生命支持装备', 'Monitoring and life support', [
        'meq-2021',
      ]),
      node('measure:standards', 'Measure', '完善标准体系', 'Improve standards', ['hist-2017']),
    ].map((n) => [n.id, n]),
  );
  const edges = [
    edge('material:hollow-fiber-membrane', 'equipment:ecmo', 'USED_IN', 'stated'),
    edge('equipment:ecmo', 'domain:life-support', 'IN_DOMAIN', 'inferred'),
    edge('measure:standards', 'equipment:ecmo', 'TARGETS', 'stated', 'hist-2017'),
  ];
  const view: ViewState = { ...initialViewState('zh'), nodes: [...nodes.keys()] };
  return { nodes, edges, view };
};

describe('toElements', () => {
  it('labels nodes in the chosen language and marks inferred edges', () => {
    const { nodes, edges, view } = fixture();
    const zh = toElements({ nodes, edges, view });
    expect(zh.nodes.find((n) => n.data.id === 'equipment:ecmo')?.data.display).toBe('体外膜肺氧合机');
    const en = toElements({ nodes, edges, view: { ...view, lang: 'en' } });
    expect(en.nodes.find((n) => n.data.id === 'equipment:ecmo')?.data.display).toBe('ECMO');
    expect(en.edges.find((e) => e.data.type === 'IN_DOMAIN')?.classes).toBe('inferred');
    expect(en.edges.find((e) => e.data.type === 'USED_IN')?.classes).toBe('stated');
  });

  it('draws only visible nodes and the edges between two of them', () => {
    const { nodes, edges, view } = fixture();
    const out = toElements({
      nodes,
      edges,
      view: { ...view, nodes: ['equipment:ecmo', 'domain:life-support', 'unknown:x'] },
    });
    expect(out.nodes.map((n) => n.data.id)).toEqual(['equipment:ecmo', 'domain:life-support']);
    expect(out.edges.map((e) => e.data.type)).toEqual(['IN_DOMAIN']);
  });

  it('applies the label, plan and basis filters', () => {
    const { nodes, edges, view } = fixture();
    const byLabel = toElements({
      nodes,
      edges,
      view: { ...view, filters: { hiddenLabels: ['Measure'], hiddenPlans: [], hiddenBasis: [] } },
    });
    expect(byLabel.nodes.some((n) => n.data.kind === 'Measure')).toBe(false);
    const byPlan = toElements({
      nodes,
      edges,
      view: { ...view, filters: { hiddenLabels: [], hiddenPlans: ['hist-2017'], hiddenBasis: [] } },
    });
    expect(byPlan.nodes.map((n) => n.data.id)).not.toContain('measure:standards');
    const byBasis = toElements({
      nodes,
      edges,
      view: { ...view, filters: { hiddenLabels: [], hiddenPlans: [], hiddenBasis: ['inferred'] } },
    });
    expect(byBasis.edges.map((e) => e.data.type).sort()).toEqual(['TARGETS', 'USED_IN']);
  });

  it('locks pinned nodes at their saved place', () => {
    const { nodes, edges, view } = fixture();
    const out = toElements({
      nodes,
      edges,
      view: { ...view, pinned: { 'equipment:ecmo': { x: 10, y: 20 } } },
    });
    const ecmo = out.nodes.find((n) => n.data.id === 'equipment:ecmo');
    expect(ecmo?.position).toEqual({ x: 10, y: 20 });
    expect(ecmo?.locked).toBe(true);
    expect(ecmo?.classes).toContain('pinned');
  });
});
