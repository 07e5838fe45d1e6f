// Hard-wrapped running text (a PDF's or an email's fixed-width lines): a name cut by the wrap is read
// whole, while a short line (a heading, a list line) or a table row still ends at its break.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { wrapsAt } from '../../../server/extract/lines';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

const names = (text: string): string[] =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('wrap-2024'), title: '测试', titleEn: 'test', file: 'w.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  )
    .graph.nodes.filter((n) => n.discovered === true)
    .map((n) => n.name);

describe('wrapsAt', () => {
  it('is true at the break of a long prose line that goes on with a Han character', () => {
    const text = '重点发展光子计数CT、超导磁共振成像系统、数字减影血管造影系\n统等产品。';
    expect(wrapsAt(text, text.indexOf('\n'))).toBe(true);
  });

  it('is true for a numbered line that holds prose (（一）X。重点发展A、B…)', () => {
    const text =
      '（一）高端医学影像装备。重点发展光子计数CT、超导磁共振成像系统、数字减影血管造影系\n统等产品。';
    expect(wrapsAt(text, text.indexOf('\n'))).toBe(true);
  });

  it.each([
    ['a short line', '产品\n光子计数CT\n康复器械'],
    [
      'a line closed by its mark',
      '重点发展光子计数CT、超导磁共振成像系统、数字减影血管造影系统。\n统筹推进产业链协同。',
    ],
    ['a table row', '| 医学影像 | 光子计数CT、超导磁共振成像系统、数字减影 |\n| 血管造影系统 |'],
    ['a heading without prose', '（一）高端医学影像装备重点发展方向与主要产品方向\n光子计数CT'],
    [
      'a labelled entry before the next one',
      '骨科：人工髋关节、人工膝关节、脊柱内固定系统；材料为钛合金（TC4）、超高分子量聚乙烯、氧化锆陶瓷\n康复：上肢康复机器人、电动轮椅',
    ],
  ])('is false after %s', (_, text) => {
    expect(wrapsAt(text, text.indexOf('\n'))).toBe(false);
  });
});

describe('names cut by a hard wrap', () => {
  it('reads 平板探⏎测器 and 血管造影系⏎统 whole', () => {
    const text = [
      '二、重点任务',
      '（一）高端医学影像装备。重点发展光子计数CT、超导磁共振成像系统、数字减影血管造影系',
      '统等产品，突破CT球管、高压发生器、高热容量阳极靶盘、旋转阳极轴承、一体化平板探',
      '测器等关键零部件，推动整机与零部件协同攻关，提升产业链供应链韧性和安全水平。',
      '',
    ].join('\n');
    const found = names(text);
    expect(found).toContain('数字减影血管造影系统');
    expect(found).not.toContain('测器');
  });

  it('still ends a name at a short line: 产品⏎光子计数CT⏎康复器械 are two things', () => {
    const found = names('重点产品\n光子计数CT\n康复器械\n');
    expect(found).not.toContain('光子计数CT康复器械');
  });
});

describe('entries labelled line after line', () => {
  it('reads no member across the break into the next entry’s label (氧化锆陶瓷⏎康复：)', () => {
    const text = [
      '▌骨科及康复链',
      '骨科：人工髋关节、人工膝关节、脊柱内固定系统；材料为钛合金（TC4）、超高分子量聚乙烯、氧化锆陶瓷',
      '康复：上肢康复机器人、电动轮椅；电动轮椅用无刷电机和锂电池组',
      '',
    ].join('\n');
    const found = names(text);
    expect(found).not.toContain('氧化锆陶瓷康复');
    expect(found).not.toContain('康复');
    expect(found).toContain('上肢康复机器人');
  });
});
