// The discovery report: every term with its sentence, offsets, rule and probable duplicates.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../../server/extract/extract';
import { formatReport } from '../../../../server/extract/report';
import { asPlanId } from '../../../../core/model/ids';
import { curated, seedResult } from '../seed-data';

const reportOf = (text: string) =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 't.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  ).report;

describe('the discovery report', () => {
  it('gives each discovered term its label, rule, confidence, exact sentence and offsets', () => {
    const text = '推进中医健康状态辨识、中医诊断治疗、远程医疗等装备发展，不断提升中医药健康服务能力。';
    const entry = reportOf(text).discovered.find((d) => d.name === '远程医疗装备');
    expect(entry).toMatchObject({
      label: 'Equipment',
      foundBy: 'coordination:etc',
      confidence: 0.6,
      completedFrom: '装备',
      plans: ['test-2024'],
    });
    const m = entry?.mentions[0];
    expect(m && text.slice(m.start, m.end)).toBe('远程医疗');
    expect(m?.sentence).toBe(text.slice(0, -1) + '。');
  });

  it('reports a term glossed with a known name as its probable duplicate, without merging', () => {
    const r = reportOf('重点发展新型即时检测设备（POCT）。');
    const entry = r.discovered.find((d) => d.name === '新型即时检测设备');
    expect(entry?.probableDuplicates).toEqual([
      { id: 'equipment:poct-equipment', name: '即时即地检验装备', reason: 'glossed as' },
    ]);
  });

  it('reports names equal without generic modifiers: 护理机器人 and 智能护理机器人 in the seeds', () => {
    const entry = seedResult().report.discovered.find((d) => d.name === '护理机器人');
    expect(entry?.probableDuplicates.map((p) => `${p.name} ${p.reason}`)).toContain(
      '智能护理机器人 generic modifiers',
    );
  });

  it('lists candidates below the threshold apart, and prints both as text', () => {
    const r = reportOf('专栏 2 医疗装备融合发展。');
    expect(r.candidates.map((c) => [c.name, c.confidence])).toEqual([['专栏2医疗装备', 0.5]]);
    const text = formatReport(r);
    expect(text).toContain('candidates below the confidence threshold, not in the graph (1):');
    expect(text).toContain('「专栏 2 医疗装备融合发展。」');
  });
});
