// Sections of both plans' styles: Markdown and bold heads, numbered heads, boxes, TOC, side column.
import { describe, expect, it } from 'vitest';
import { parseSections, sectionAt } from '../../../server/extract/structure';
import { planText } from './seed-data';

describe('parseSections', () => {
  it('gives meq-2021 专栏 3 the path 四、跨界融合创新 > 专栏 3 and makes it follow 四（二）', () => {
    const text = planText('meq-2021');
    const sections = parseSections(text);
    const box = sections.find((s) => s.kind === 'box' && s.title === '医疗装备产业链优化升级');
    expect(box?.path).toBe('四、跨界融合创新 > 专栏 3');
    expect(sections[box?.follows ?? -1]?.title).toBe('推动产业链贯通');
  });

  it('reads bold paragraph heads such as **（三）监护与生命支持装备。** and half-width (二)促进推广应用。', () => {
    const titles = parseSections(planText('meq-2021')).map((s) => s.path);
    expect(titles).toContain('三、重点发展领域 > （三）监护与生命支持装备');
    expect(titles).toContain('八、保障措施 > （二）促进推广应用');
  });

  it('reads ——X。 item lines of a box as sections: ——攻关先进基础材料。着力攻关 ECMO...', () => {
    const text = planText('meq-2021');
    const item = parseSections(text).find((s) => s.title === '攻关先进基础材料');
    expect(item?.kind).toBe('item');
    expect(item?.path).toBe('四、跨界融合创新 > 专栏 3 > 攻关先进基础材料');
    expect(text.slice(item?.titleStart, item?.titleEnd)).toBe('攻关先进基础材料');
  });

  it('skips the table of contents of hist-2017 and nests its numbered heads (4.1.2 高端医疗器械)', () => {
    const sections = parseSections(planText('hist-2017'));
    expect(sections.filter((s) => s.kind === 'toc')).toHaveLength(1);
    expect(sections.filter((s) => s.title === '高端医疗器械' && s.kind === 'subsection')).toHaveLength(1);
    expect(sections.find((s) => s.label === '4.1.2 高端医疗器械')?.path).toBe(
      '4 重点任务 > 4.1 重点发展三类产品 > 4.1.2 高端医疗器械',
    );
  });

  it('ends a table of contents at the first blank line after its entries (a slide deck’s 目录 page)', () => {
    // A deck's outline converted to text (dev batch 24): the pages after the contents are text again.
    const text = [
      '--- 第2页 ---',
      '目录',
      '▶ 产业基础',
      '▶ 链条图谱',
      '',
      '--- 第4页 ---',
      '链条图谱｜血液透析',
      '▶ 下游：血液透析机 · 连续性肾脏替代治疗（CRRT）设备 · 血液灌流器',
    ].join('\n');
    const sections = parseSections(text);
    expect(sectionAt(sections, text.indexOf('产业基础')).kind).toBe('toc');
    expect(sectionAt(sections, text.indexOf('血液透析机')).kind).not.toBe('toc');
  });

  it('splits 专栏 6：智慧医疗服务智能诊断技术。 into the box title and its first item', () => {
    const sections = parseSections(planText('hist-2017'));
    const box = sections.find((s) => s.kind === 'box' && s.label === '专栏 6');
    expect(box?.title).toBe('智慧医疗服务');
    const items = sections.filter((s) => s.parent === box?.index).map((s) => s.title);
    expect(items).toEqual(['智能诊断技术', '智能治疗技术', '智能临床决策支持系统']);
  });

  it('returns to 4.1.1 after the tab-ended rows of 专栏 1, so the broken side column (严重\\n危害...) is not in the box', () => {
    const text = planText('hist-2017');
    const sections = parseSections(text);
    const at = text.indexOf('严重\n危害');
    expect(sectionAt(sections, at).label).toBe('4.1.1 重大创新药物');
  });

  it('does not take hist-2017 2.2 list items (1. 坚持**创新驱动**。...) for headings', () => {
    const sections = parseSections(planText('hist-2017'));
    expect(sections.find((s) => s.title.includes('创新驱动'))).toBeUndefined();
    expect(sections.find((s) => s.label === '2.2 基本原则')?.end).toBe(
      sections.find((s) => s.label === '3 发展目标')?.start,
    );
  });

  it('nests notice-style headings 一、 > （一） > 1. > （1） in that order', () => {
    const text = [
      '工业和信息化部关于开展生物医用材料创新任务揭榜挂帅工作的通知',
      '一、重点任务',
      '（一）攻关先进基础材料。着力攻关可吸收降解材料、骨科植入材料。',
      '1.高分子材料。重点突破医用级聚醚醚酮、聚乳酸等材料。',
      '（1）医用级聚醚醚酮。提升纯度与批次稳定性。',
      '2.金属材料。重点突破可降解镁合金、镍钛合金。',
      '二、保障措施',
      '',
    ].join('\n');
    const sections = parseSections(text);
    expect(sections.map((s) => [s.kind, s.level, s.path])).toEqual([
      ['front', -1, '卷首'],
      ['title', 0, '工业和信息化部关于开展生物医用材料创新任务揭榜挂帅工作的通知'],
      ['chapter', 1, '一、重点任务'],
      ['subsection', 2, '一、重点任务 > （一）攻关先进基础材料'],
      ['subsection', 3, '一、重点任务 > （一）攻关先进基础材料 > 1.高分子材料'],
      ['subsection', 4, '一、重点任务 > （一）攻关先进基础材料 > 1.高分子材料 > （1）医用级聚醚醚酮'],
      ['subsection', 3, '一、重点任务 > （一）攻关先进基础材料 > 2.金属材料'],
      ['chapter', 1, '二、保障措施'],
    ]);
    const metal = sections.find((s) => s.title === '金属材料');
    expect(text.slice(metal?.titleStart, metal?.titleEnd)).toBe('金属材料');
  });

  it('reads the 2016 guide layout 一、医疗器械 / 1、医学影像设备。 with 、 after the number', () => {
    const text =
      '落到医械的各个细分领域，重点发展的对象分述如下：\n一、医疗器械\n1、医学影像设备。\n重点发展高场强超导磁共振和专科超导磁共振成像系统。\n2、体外诊断产品。\n重点发展高通量生化分析仪。\n';
    const paths = parseSections(text).map((s) => s.path);
    expect(paths).toEqual([
      '卷首',
      '一、医疗器械',
      '一、医疗器械 > 1、医学影像设备',
      '一、医疗器械 > 2、体外诊断产品',
    ]);
  });

  it('nests 第一章 > 第一节 > 一、 when a plan has chapters and sections', () => {
    const text =
      '第一章 发展基础\n医疗装备产业规模持续扩大。\n第二章　重点任务\n第一节 攻关高端医疗装备\n一、医学影像装备\n推进超导磁共振成像系统攻关。\n第二节 提升产业基础能力\n';
    const sections = parseSections(text);
    expect(sections.map((s) => [s.kind, s.level, s.label])).toEqual([
      ['front', -1, '卷首'],
      ['chapter', 1, '第一章 发展基础'],
      ['chapter', 1, '第二章 重点任务'],
      ['subsection', 2, '第一节 攻关高端医疗装备'],
      ['subsection', 3, '一、医学影像装备'],
      ['subsection', 2, '第二节 提升产业基础能力'],
    ]);
    expect(sections[4]?.path).toBe('第二章 重点任务 > 第一节 攻关高端医疗装备 > 一、医学影像装备');
  });

  it('reads unnumbered Markdown heads by their depth, the first being the title', () => {
    const text =
      '# 高端医疗器械产业发展行动计划\n\n## 发展目标\n到2025年，产业规模突破万亿元。\n\n## 重点任务\n\n### 高端医学影像设备\n攻关 CT 球管。\n\n### 体外诊断设备\n攻关化学发光免疫分析仪。\n';
    const sections = parseSections(text);
    expect(sections.map((s) => [s.kind, s.level, s.path])).toEqual([
      ['front', -1, '卷首'],
      ['title', 0, '高端医疗器械产业发展行动计划'],
      ['chapter', 1, '发展目标'],
      ['chapter', 1, '重点任务'],
      ['subsection', 2, '重点任务 > 高端医学影像设备'],
      ['subsection', 2, '重点任务 > 体外诊断设备'],
    ]);
  });

  it('gives a news report without headings one front section over the whole text', () => {
    const text =
      '两部门联合开展生物医用材料创新任务揭榜挂帅工作\n发布时间:2022-12-26  来源:中国医药报\n\n  工信部、国家药监局日前印发通知,两部门将联合组织生物医用材料创新任务揭榜挂帅工作。\n';
    expect(parseSections(text)).toEqual([
      expect.objectContaining({ kind: 'front', start: 0, end: text.length }),
    ]);
  });

  it('reads a bold line as a head below the # depths, never as the title (**医学影像设备**)', () => {
    const text =
      '**医学影像设备**\n重点发展高端CT、磁共振成像系统。\n**治疗设备**\n发展手术机器人、质子治疗系统。\n';
    expect(parseSections(text).map((s) => [s.kind, s.level, s.path])).toEqual([
      ['front', -1, '卷首'],
      ['chapter', 1, '医学影像设备'],
      ['chapter', 1, '治疗设备'],
    ]);
  });

  it('leaves a bold sentence in running text alone (**据了解，…**)', () => {
    const text = '**据了解，该市已建成医疗器械产业园。**\n园区内企业超过百家。\n';
    expect(parseSections(text).map((s) => s.kind)).toEqual(['front']);
  });

  it('ends a numbered title at a colon: （一）医学影像设备：… and 1.治疗设备：…', () => {
    const text =
      '二、重点领域\n（一）医学影像设备：重点发展高端CT、磁共振成像系统。\n1.治疗设备：发展手术机器人。\n';
    expect(parseSections(text).map((s) => s.path)).toEqual([
      '卷首',
      '二、重点领域',
      '二、重点领域 > （一）医学影像设备',
      '二、重点领域 > （一）医学影像设备 > 1.治疗设备',
    ]);
  });

  it('reads 1）X。 as an Arabic-numbered head (1）医学影像设备。重点发展…)', () => {
    const text =
      '重点发展领域\n1）医学影像设备。重点发展高端CT和磁共振成像系统。\n2）治疗设备。发展手术机器人。\n';
    expect(parseSections(text).map((s) => s.path)).toEqual(['卷首', '1）医学影像设备', '2）治疗设备']);
  });

  it("reads 一．X and 一.X (a PDF or typist's mark) and 三、 X (space after the mark) as 一、 headings", () => {
    const text =
      '第三章　重点发展领域\n一．高端医学影像装备\n　　重点发展光子计数CT。\n二.治疗装备\n　　重点发展质子治疗系统。\n三、 体外诊断装备\n　　重点发展化学发光免疫分析仪。\n';
    const sections = parseSections(text);
    expect(sections.map((s) => s.label)).toEqual([
      '卷首',
      '第三章 重点发展领域',
      '一、高端医学影像装备',
      '二、治疗装备',
      '三、体外诊断装备',
    ]);
    const third = sections[4];
    expect(text.slice(third?.titleStart, third?.titleEnd)).toBe('体外诊断装备');
  });

  it('leaves 一.5倍 (a decimal written with a numeral) in running text', () => {
    expect(parseSections('发展目标\n一.5倍于全国平均水平。\n').map((s) => s.label)).toEqual(['卷首']);
  });

  it('reads headings typed with a stray mark or space, or full-width digits: 一 、X, （一）、X, （1）、X, １．X, （１）X, 一、X：', () => {
    const text =
      '一 、高端医学影像装备：\n（一）、影像设备\n１．光子计数CT。重点攻关。\n（１）探测器。重点攻关。\n（1）、球管。重点攻关。\n';
    expect(parseSections(text).map((s) => s.title)).toEqual([
      '卷首',
      '高端医学影像装备',
      '影像设备',
      '光子计数CT',
      '探测器',
      '球管',
    ]);
  });
});

describe('Taiwan’s outer numbering (壹、 貳、 參、)', () => {
  it('reads 壹、 as the level above 一、 and （一）, in the Simplified view of a Taiwan plan', () => {
    const text =
      '台湾医疗器材产业推动方案\n\n壹、计画缘起\n为推动我国医疗器材产业发展，特订定本方案。\n\n贰、重点发展领域\n一、医学影像设备\n重点发展超音波诊断设备。\n二、手术机器人\n发展骨科手术机器人。\n\n参、推动策略\n（一）强化研发能量\n推动关键零组件自主化。\n';
    expect(parseSections(text).map((s) => `${s.level} ${s.path}`)).toEqual(
      expect.arrayContaining([
        '1 贰、重点发展领域',
        '2 贰、重点发展领域 > 一、医学影像设备',
        '1 参、推动策略',
        '3 参、推动策略 > （一）强化研发能量',
      ]),
    );
  });

  it('reads 1. X over decimal heads 1.1 Y as their chapter (a call for projects), not a list item', () => {
    const text = [
      '2026年度项目申报指南',
      '',
      '1. 高端医学影像装备',
      '',
      '1.1 光子计数能谱CT研发',
      '研究内容：研制光子计数探测器。',
      '',
      '2. 植介入器械及材料',
      '',
      '2.1 可降解金属血管支架研发',
      '研究内容：研制可降解冠状动脉支架。',
      '',
      '1. 申报单位应为企业。',
    ].join('\n');
    const sections = parseSections(text);
    expect(sections.find((s) => s.label === '1.1 光子计数能谱CT研发')?.path).toBe(
      '1 高端医学影像装备 > 1.1 光子计数能谱CT研发',
    );
    expect(sections.find((s) => s.label === '2.1 可降解金属血管支架研发')?.path).toBe(
      '2 植介入器械及材料 > 2.1 可降解金属血管支架研发',
    );
    expect(sections.find((s) => s.title.includes('申报单位'))).toBeUndefined();
  });

  it('reads no heading from a line of prose opening with such a numeral', () => {
    expect(parseSections('壹佰台设备已采购完毕，运行良好。\n').map((s) => s.kind)).not.toContain('chapter');
  });
});
