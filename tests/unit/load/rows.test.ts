import { describe, expect, it } from 'vitest';
import { edgeRow, nodeRow } from '../../../server/load/rows';
import { graphEdgeSchema, graphNodeSchema } from '../../../core/model/interchange';

const ecmo = graphNodeSchema.parse({
  id: 'equipment:ecmo',
  label: 'Equipment',
  name: '体外膜肺氧合机',
  nameEn: 'ECMO',
  aliases: ['ECMO'],
  plans: ['meq-2021'],
  mentions: [{ plan: 'meq-2021', section: '三、重点发展领域', start: 3686, end: 3693 }],
});

describe('nodeRow', () => {
  it('stores the contract properties with mentions as JSON and pinyin forms', () => {
    expect(nodeRow(ecmo, 'v1').props).toEqual({
      id: 'equipment:ecmo',
      name: '体外膜肺氧合机',
      nameEn: 'ECMO',
      aliases: ['ECMO'],
      plans: ['meq-2021'],
      discovered: false,
      graph: 'v1',
      pinyin: ['tiwaimofeiyangheji'],
      initials: ['twmfyhj'],
      mentionsJson: JSON.stringify(ecmo.mentions),
    });
  });

  it('carries the model label apart from the properties', () => {
    expect(nodeRow(ecmo, 'v1').label).toBe('Equipment');
  });

  it('refuses a label outside the graph model, which would reach Cypher as a dynamic label', () => {
    expect(() => nodeRow({ ...ecmo, label: 'Admin' as typeof ecmo.label }, 'v1')).toThrow(
      /not a label of the graph model/,
    );
  });

  it('keeps label-specific extras as propsJson and leaves it out when there are none', () => {
    expect(nodeRow({ ...ecmo, props: { year: 2025 } }, 'v1').props.propsJson).toBe('{"year":2025}');
    expect('propsJson' in nodeRow({ ...ecmo, props: {} }, 'v1').props).toBe(false);
  });
});

describe('edgeRow', () => {
  const evidence = [{ plan: 'meq-2021', section: 's', start: 1, end: 3, quote: '中空' }];

  it('stores evidence as JSON and leaves rule out of a stated edge', () => {
    const edge = graphEdgeSchema.parse({
      type: 'USED_IN',
      source: 'material:hollow-fiber-membrane',
      target: 'equipment:ecmo',
      basis: 'stated',
      evidence,
    });
    expect(edgeRow(edge, 'v1')).toEqual({
      type: 'USED_IN',
      source: 'material:hollow-fiber-membrane',
      target: 'equipment:ecmo',
      props: { graph: 'v1', basis: 'stated', evidenceJson: JSON.stringify(evidence) },
    });
  });

  it('keeps the rule of an inferred edge', () => {
    const edge = graphEdgeSchema.parse({
      type: 'RESPONSIBLE_FOR',
      source: 'department:miit',
      target: 'measure:standards',
      basis: 'inferred',
      rule: 'department-remit',
      evidence,
    });
    expect(edgeRow(edge, 'v1').props.rule).toBe('department-remit');
  });

  it('keeps type-specific extras as propsJson and leaves it out when there are none', () => {
    const edge = graphEdgeSchema.parse({
      type: 'RESPONSIBLE_FOR',
      source: 'department:nmpa',
      target: 'measure:m',
      basis: 'stated',
      evidence,
      props: { role: 'lead' },
    });
    expect(edgeRow(edge, 'v1').props.propsJson).toBe('{"role":"lead"}');
    expect('propsJson' in edgeRow({ ...edge, props: {} }, 'v1').props).toBe(false);
  });
});
