// Who issued a text when it names a department's office (办公厅, 综合司) or the State Council itself.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { subUnitAt } from '../../../server/extract/rules/departments-lists';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const issuersOf = (text: string): string[] =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('news-2025'), title: '测试', titleEn: 'test', file: 'n.txt', year: 2025 },
        text,
      },
    ],
    curated(),
  )
    .graph.edges.filter((e) => e.type === 'ISSUED')
    .map((e) => e.source)
    .sort();

describe('issuers named by their offices', () => {
  it('reads a notice header of two offices side by side: 工业和信息化部办公厅 国家药监局综合司关于…的通知', () => {
    expect(
      issuersOf('工业和信息化部办公厅 国家药监局综合司关于组织开展创新任务揭榜工作的通知\n各有关单位：\n'),
    ).toEqual(['department:miit', 'department:nmpa']);
  });

  it('reads 工业和信息化部办公厅、国家药监局综合司日前联合印发通知 as the two departments issuing', () => {
    expect(
      issuersOf('新闻\n工业和信息化部办公厅、国家药监局综合司日前联合印发通知，组织开展揭榜工作。\n'),
    ).toEqual(['department:miit', 'department:nmpa']);
  });

  it('reads 国务院印发《中国制造2025》 as the State Council issuing', () => {
    expect(issuersOf('新闻\n近日，国务院印发《中国制造2025》，部署制造强国战略。\n')).toEqual([
      'department:state-council',
    ]);
  });

  it('takes no company for an office: 工信部与某医疗器械公司签署协议 issues nothing', () => {
    expect(issuersOf('新闻\n工信部与某医疗器械公司签署合作协议。\n')).toEqual([]);
  });
});

describe('subUnitAt', () => {
  it.each([
    ['办公厅关于', 3],
    ['综合司关于', 3],
    ['装备工业一司印发', 6],
    ['与某公司', 0],
    ['、国家药监局', 0],
  ])('measures the office at the start of %s as %i characters', (text, n) => {
    expect(subUnitAt(text, 0)).toBe(n);
  });
});
