// SETS: quantified goals with value, unit, comparator and year.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { parseQuantity } from '../../../server/extract/rules/targets';
import { asPlanId } from '../../../core/model/ids';
import { curated, seedResult } from './seed-data';

describe('parseQuantity', () => {
  it('reads 6-8 家企业进入全球医疗器械行业 50 强 as a range of 6 to 8 企业', () => {
    expect(parseQuantity('6-8 家企业进入全球医疗器械行业 50 强')).toEqual({
      name: '6-8家企业进入全球医疗器械行业50强',
      value: 6,
      valueMax: 8,
      unit: '家',
    });
  });

  it('reads 规上企业营业收入年均复合增长率 15%以上 as at least 15 %', () => {
    expect(parseQuantity('规上企业营业收入年均复合增长率 15%以上')).toMatchObject({
      value: 15,
      unit: '%',
      comparator: '>=',
    });
  });

  it('does not read a year (到 2025 年) as a quantity', () => {
    expect(parseQuantity('到 2025 年')).toBeUndefined();
  });
});

describe('targets', () => {
  it('sets the two meq-2021 goals of 发展愿景 for 2025 and the seven hist-2017 goals of 3.2 for 2020', () => {
    const { graph } = seedResult();
    const sets = graph.edges.filter((e) => e.type === 'SETS');
    const byPlan = (p: string) =>
      sets.filter((e) => e.source === `plan:${p}`).map((e) => graph.nodes.find((n) => n.id === e.target));
    expect(byPlan('meq-2021').map((n) => n?.props?.year)).toEqual([2025, 2025]);
    expect(byPlan('hist-2017')).toHaveLength(7);
    expect(byPlan('hist-2017').every((n) => n?.props?.year === 2020)).toBe(true);
    const firms = byPlan('meq-2021').find((n) => n?.name.startsWith('6-8'));
    expect(firms?.props).toMatchObject({ value: 6, valueMax: 8, unit: '家', year: 2025, yearSource: 'text' });
  });

  it('reads the goals of a news report without goal sections from its 到2025年 sentence, not its 2020 figures', () => {
    const text = [
      '12月28日记者获悉,工业和信息化部等10部门联合印发《“十四五”医疗装备产业发展规划》。',
      '《规划》提出,到2025年,医疗装备产业基础高级化、产业链现代化水平明显提升,6-8家企业进入全球医疗器械行业50强。',
      '2020年市场规模达到8400亿元,年均复合增长率为11.8%。',
      '',
    ].join('\n');
    const meta = { id: asPlanId('news-2021'), title: 'X', titleEn: 'X', file: 'x.txt', year: 2021 };
    const { graph } = extractGraph([{ meta, text }], curated());
    const goals = graph.edges
      .filter((e) => e.type === 'SETS')
      .map((e) => graph.nodes.find((n) => n.id === e.target));
    expect(goals.map((n) => [n?.name, n?.props?.year])).toEqual([
      ['6-8家企业进入全球医疗器械行业50强', 2025],
    ]);
  });
});
