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

describe('splitSentences on a pipe table whose cells end on 。', () => {
  // Two rows of a hospital's purchase-intention page: after each 需求概况 cell come its budget and date.
  const ROWS = [
    '| 7 | 血液透析設備採購項目 | 採購血液透析機30台（含血泵、肝素泵、超濾控制系統和電導度監測模塊）、反滲透水處理設備1套（雙級反滲透膜，膜元件為聚酰胺複合膜）。 | 450 | 2026年7月 |',
    '| 8 | 彩色多普勒超聲診斷系統採購項目 | 採購高端彩色多普勒超聲診斷系統4台，配置單晶凸陣探頭、高頻線陣探頭、相控陣探頭和經食管超聲探頭，支持剪切波彈性成像和超聲造影。 | 720 | 2026年8月 |',
  ].join('\n');
  const quotes = splitSentences(ROWS, parseSections(ROWS)).map((s) => ROWS.slice(s.start, s.end));

  it("starts the next row's sentence at its own bar, not at the cells left after the row before's 。", () => {
    expect(quotes).toContain(
      '| 8 | 彩色多普勒超聲診斷系統採購項目 | 採購高端彩色多普勒超聲診斷系統4台，配置單晶凸陣探頭、高頻線陣探頭、相控陣探頭和經食管超聲探頭，支持剪切波彈性成像和超聲造影。',
    );
    expect(quotes).toContain('| 450 | 2026年7月 |');
  });
});

describe('trimSpan', () => {
  it('drops whitespace, ** and the —— of item lines', () => {
    const text = '\n**——攻关。** ';
    const [s, e] = trimSpan(text, 0, text.length);
    expect(text.slice(s, e)).toBe('攻关。');
  });
});
