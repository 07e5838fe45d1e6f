// How sure the extractor is of a list member completed with the list's head: a reading when the head
// lends the whole of itself (less counting words and generic modifiers) to a member that names an
// activity, a guess when the completion leaves a short modifier of the head behind or the member is a
// word or two, lower when the head lends a class noun alone. Sentences in the style of broker reports,
// trade news and plans.
import { describe, expect, it } from 'vitest';
import {
  MIN_CONFIDENCE,
  termConfidence,
  type TermEvidence,
} from '../../../../server/extract/terms/confidence';
import { contextOf } from '../seed-data';

const terms = (text: string) => {
  const { model } = contextOf(text);
  const line = (d: { name: string; confidence: number; foundBy: string }) =>
    `${d.name} ${d.confidence} ${d.foundBy}`;
  return { graphed: model.discovered.map(line), candidates: model.candidates.map(line) };
};

describe('a member completed with part of the head after 等', () => {
  it.each([
    ['公司产品覆盖监护、麻醉、呼吸等生命支持设备。', ['监护支持设备', '麻醉支持设备', '呼吸支持设备']],
    ['呼吸、麻醉等急救生命支持设备需求旺盛。', ['呼吸支持设备', '麻醉支持设备']],
    ['重点支持神经、血管等介入手术机器人的研发。', ['血管手术机器人']],
    ['公司聚焦心脏、血管等介入诊疗器械。', ['心脏诊疗器械', '血管诊疗器械']],
    ['公司布局骨科、口腔等数字化种植导航系统。', ['骨科种植导航系统', '口腔种植导航系统']],
  ])('is a candidate, not graphed: %s', (text, names) => {
    const { graphed, candidates } = terms(text);
    for (const n of names) {
      expect(graphed.filter((g) => g.startsWith(`${n} `))).toEqual([]);
      expect(candidates).toContain(`${n} 0.55 coordination:etc`);
    }
  });
});

describe('a member that already names the head’s first word', () => {
  it('is a candidate: 手术导航、术中成像等智能手术设备 (an act of surgery, no kind of surgical device)', () => {
    const { graphed, candidates } = terms('推广手术导航、术中成像等智能手术设备。');
    expect(graphed.filter((g) => g.includes('手术设备 0.8'))).toEqual([]);
    expect(candidates).toEqual(
      expect.arrayContaining([
        '手术导航手术设备 0.55 coordination:etc',
        '术中成像手术设备 0.55 coordination:etc',
      ]),
    );
  });

  it('leaves a member that names the method of the head: 化学发光、分子诊断等检测仪器', () => {
    const { graphed } = terms('支持化学发光、分子诊断等检测仪器的开发。');
    expect(graphed).toContain('分子诊断检测仪器 0.8 coordination:etc');
  });
});

describe('a member completed with the whole head after 等', () => {
  it('reads the head less its counting word: 化学发光、分子诊断等各类检测仪器', () => {
    const { graphed } = terms(
      '在体外诊断领域，支持化学发光、分子诊断、即时检验（POCT）等各类检测仪器的开发。',
    );
    expect(graphed).toEqual(
      expect.arrayContaining([
        '化学发光检测仪器 0.8 coordination:etc',
        '分子诊断检测仪器 0.8 coordination:etc',
      ]),
    );
  });

  const etc = (name: string, completedFrom: string, mentions = 1): TermEvidence => ({
    rules: new Set(['coordination:etc'] as const),
    mentions,
    clean: true,
    name,
    completedFrom,
  });

  it('reads a long qualifier left out of the head as the class’s field, at the threshold', () => {
    expect(termConfidence(etc('神经管畸形产前筛查分析软件', '优生优育诊断分析软件'))).toBe(0.6);
    expect(termConfidence(etc('监护支持设备', '生命支持设备'))).toBeLessThan(MIN_CONFIDENCE);
    // Named twice in the text, the guess is one of its subjects.
    expect(termConfidence(etc('监护支持设备', '生命支持设备', 2))).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
  });

  it('graphs a class noun lent alone after 等 at the threshold: 中医诊断治疗、远程医疗等装备', () => {
    expect(termConfidence(etc('中医诊断治疗装备', '装备'))).toBe(0.6);
    expect(termConfidence(etc('超声设备', '设备'))).toBeLessThan(MIN_CONFIDENCE);
  });

  it('reads a class noun shared by position alone as a guess: 门诊、急诊和住院设备', () => {
    const shared: TermEvidence = {
      rules: new Set(['coordination:shared'] as const),
      mentions: 1,
      clean: true,
      name: '门诊设备',
      completedFrom: '住院设备',
    };
    expect(termConfidence(shared)).toBe(0.55);
    // Generic modifiers lent with it are no part of what it says (`医疗设备`).
    expect(
      termConfidence({ ...shared, name: '影像医疗设备', completedFrom: '检验医疗设备', generic: ['医疗'] }),
    ).toBe(0.55);
    // A head that lends more than its class noun is read at the threshold.
    expect(termConfidence({ ...shared, name: '腹腔镜手术机器人', completedFrom: '骨科手术机器人' })).toBe(
      0.6,
    );
    expect(termConfidence({ ...shared, name: '食道支架', completedFrom: '气管支架' })).toBe(0.6);
  });
});
