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
});
