// Sentence splitting keeps page breaks inside a sentence and trims marks from the ends.
import { describe, expect, it } from 'vitest';
import { splitSentences, trimSpan } from '../../../server/extract/sentences';
import { parseSections } from '../../../server/extract/structure';
import { planText } from './seed-data';

describe('splitSentences', () => {
  it('keeps 推进手术机\\n\\n器人在重大疾病治疗中的规范应用。 as one sentence across the page break', () => {
    const text = planText('meq-2021');
    const sentences = splitSentences(text, parseSections(text));
    const s = sentences.find((x) => text.slice(x.start, x.end).includes('推进手术机'));
    expect(text.slice(s?.start, s?.end)).toBe(
      '攻关智能手术机器人，提升治疗过程视觉实时导航、力感应随动等智能控制功能，推进手术机\n\n器人在重大疾病治疗中的规范应用。',
    );
  });

  it('ends a sentence at ； so each clause of 专栏 3 is its own passage', () => {
    const text = planText('meq-2021');
    const quotes = splitSentences(text, parseSections(text)).map((s) => text.slice(s.start, s.end));
    expect(quotes).toContain('着力攻关 ECMO（体外膜肺氧合机）用中空纤维膜，血液净化设备用透析膜；');
  });

  it('separates a bold head from its paragraph: （二）治疗装备。 then 开发多模式图像...', () => {
    const text = planText('meq-2021');
    const quotes = splitSentences(text, parseSections(text)).map((s) => text.slice(s.start, s.end));
    expect(quotes).toContain('（二）治疗装备。');
    expect(quotes).toContain('开发多模式图像、多治疗计划融合以及自适应放射治疗装备。');
  });
});

describe('splitSentences on a news report', () => {
  const NEWS = [
    '两部门联合开展生物医用材料创新任务揭榜挂帅工作',
    '发布时间:2022-12-26  来源:中国医药报  ',
    '',
    '  工信部、国家药监局日前印发通知,两部门将联合组织生物医用材料创新任务揭榜挂帅工作,以此带动上下游协同创新攻关。',
    '',
    '那么医疗器械具体怎么规划?哪些领域和技术会被重点扶持?',
    '',
    '五大目标',
    '',
    '12月28日,工信部、国家卫健委等十部门联合发布《“十四五”医疗装备产业发展规划》。',
    '（责任编辑：王蕾）',
    '',
  ].join('\n');
  const quotes = splitSentences(NEWS, parseSections(NEWS)).map((s) => NEWS.slice(s.start, s.end));

  it('finds the sentences of a text without headings', () => {
    expect(quotes).toContain(
      '工信部、国家药监局日前印发通知,两部门将联合组织生物医用材料创新任务揭榜挂帅工作,以此带动上下游协同创新攻关。',
    );
    expect(quotes).toContain('两部门联合开展生物医用材料创新任务揭榜挂帅工作');
  });

  it('drops by-lines (发布时间:... 来源:..., （责任编辑：...）): they are not content', () => {
    expect(quotes.some((q) => q.includes('来源') || q.includes('责任编辑'))).toBe(false);
  });

  it('ends sentences at half-width ? after Chinese text and at a lone head between blank lines', () => {
    expect(quotes).toContain('那么医疗器械具体怎么规划?');
    expect(quotes).toContain('五大目标');
  });
});

describe('trimSpan', () => {
  it('drops whitespace, ** and the —— of item lines', () => {
    const text = '\n**——攻关。** ';
    const [s, e] = trimSpan(text, 0, text.length);
    expect(text.slice(s, e)).toBe('攻关。');
  });
});
