// What one plan contributed: counts, the terms found by reading it, departments and issuers.
import { describe, expect, it } from 'vitest';
import type { ExtractReport } from '../../../server/extract/report';
import type { TermEntry } from '../../../server/extract/terms/term-report';
import { asNodeId, asOffset, asPlanId } from '../../../core/model/ids';
import type { GraphFile, GraphNode } from '../../../core/model/interchange';
import { formatFindings, planCounts, planFindings } from '../../../server/plans/plan-summary';

const forum = asPlanId('forum-2022');
const meq = asPlanId('meq-2021');
const mention = (plan = forum, start = 0) => ({
  plan,
  section: '',
  start: asOffset(start),
  end: asOffset(start + 2),
});
const node = (id: string, label: GraphNode['label'], name: string, mentions = [mention()]): GraphNode => ({
  id: asNodeId(id),
  label,
  name,
  nameEn: '',
  aliases: [],
  plans: [...new Set(mentions.map((m) => m.plan))],
  mentions,
});

const sentence = '骨科手术机器人、第三代人工心脏、聚焦超声治疗系统等产品已达国际先进水平。';
const graph: GraphFile = {
  plans: [],
  nodes: [
    node('plan:forum-2022', 'Plan', '国家发布'),
    node('equipment:hifu', 'Equipment', '聚焦超声治疗系统', [mention(forum, 16), mention(meq, 5)]),
    node('department:miit', 'Department', '工业和信息化部'),
    node('equipment:ct', 'Equipment', 'CT', [mention(meq)]),
  ],
  edges: [
    {
      type: 'ISSUED',
      source: asNodeId('department:miit'),
      target: asNodeId('plan:forum-2022'),
      basis: 'stated',
      evidence: [{ ...mention(), quote: '工信' }],
    },
  ],
};
const term = (name: string, plan: string): TermEntry => ({
  id: `equipment:${name}`,
  label: 'Equipment',
  name,
  confidence: 0.75,
  foundBy: 'list:class',
  plans: [plan],
  mentions: [{ plan, start: 16, end: 24, section: '', sentence }],
  probableDuplicates: [
    {
      id: 'equipment:hifu2',
      name: '聚焦超声系统',
      reason: 'contains',
    } as TermEntry['probableDuplicates'][number],
  ],
});
const report = {
  discovered: [term('聚焦超声治疗系统', 'forum-2022'), term('CT', 'meq-2021')],
  candidates: [],
} as unknown as ExtractReport;

describe('planFindings', () => {
  it("counts the plan's nodes, mentions and edges with its evidence", () => {
    expect(planCounts(graph, forum)).toEqual({ nodes: 3, mentions: 3, edges: 1 });
  });

  it('keeps the terms found in this plan, its departments and its issuers', () => {
    const f = planFindings(graph, report, forum);
    expect(f.discovered.map((t) => t.name)).toEqual(['聚焦超声治疗系统']);
    expect(f.byLabel).toEqual({ Equipment: 1, Department: 1 });
    expect(f.departments).toEqual(['工业和信息化部']);
    expect(f.issuers).toEqual(['工业和信息化部']);
  });

  it('prints each term with the sentence it was read in and its probable duplicates', () => {
    const text = formatFindings(forum, planFindings(graph, report, forum));
    expect(text).toContain(`「${sentence}」`);
    expect(text).toContain('probable duplicate of: 聚焦超声系统 (contains)');
    expect(text).toContain('issuers (1): 工业和信息化部');
    expect(text).not.toContain('forwarded by');
  });

  it('keeps a body that forwards the plan apart from its issuers', () => {
    const forwarded: GraphFile = {
      ...graph,
      nodes: [...graph.nodes, node('department:js-kjt', 'Department', '江苏省科学技术厅')],
      edges: [
        ...graph.edges,
        {
          type: 'ISSUED',
          source: asNodeId('department:js-kjt'),
          target: asNodeId('plan:forum-2022'),
          basis: 'stated',
          props: { role: 'forwarder' },
          evidence: [{ ...mention(), quote: '江苏' }],
        },
      ],
    };
    const f = planFindings(forwarded, report, forum);
    expect(f.issuers).toEqual(['工业和信息化部']);
    expect(f.forwarders).toEqual(['江苏省科学技术厅']);
    expect(formatFindings(forum, f)).toContain('forwarded by (1): 江苏省科学技术厅');
  });
});
