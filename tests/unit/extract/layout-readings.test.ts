// Layout a page adds around its text: decoration leading a line (a WeChat post's emoji and arrows),
// a note in brackets closing a heading (a budget, a count, the lead unit), and the like. The text is
// read without it; offsets still index the text as written.
import { describe, expect, it } from 'vitest';
import { splitLines, wrapsAt } from '../../../server/extract/lines';
import { normalize } from '../../../server/extract/normalize';
import { layoutView } from '../../../server/extract/page-layout';
import { parseSections } from '../../../server/extract/structure';
import { equipmentOf, fieldsOf, graphOf } from './seed-data';

const WECHAT = [
  '一图读懂丨这份五部门方案划了哪些重点？',
  '',
  '▶ 02 | 三大重点领域，一次看清',
  '',
  '🦻【听力健康装备】',
  '重点发展数字助听器、骨传导助听器和人工耳蜗，以及耳声发射检测仪等筛查设备。',
  '',
  '👁【眼健康装备】',
  '聚焦眼底照相机和眼科超声乳化仪，支持折叠式人工晶状体、角膜塑形镜等产品创新。',
  '',
  '📌工信部牵头组织关键部件攻关；',
  '✅ 一句话：三类装备迎来政策窗口期！',
].join('\n');

describe('decoration leading a line', () => {
  it('reads 🦻【X】, ▶ X, 📌X and ✅ X without the emoji, arrow or pointer; offsets stay the written ones', () => {
    const lines = splitLines(WECHAT);
    const contents = lines.map((l) => l.content);
    expect(contents).toEqual(
      expect.arrayContaining([
        '【听力健康装备】',
        '02 | 三大重点领域，一次看清',
        '工信部牵头组织关键部件攻关；',
      ]),
    );
    const ear = lines.find((l) => l.content === '【听力健康装备】');
    expect(WECHAT.slice(ear?.cs, ear?.ce)).toBe('【听力健康装备】');
  });

  it('keeps the block marks that make a head (▌X, ■ X) and list bullets', () => {
    expect(splitLines('▌医学影像设备链\n■ 体外诊断\n● 呼吸机')[0]?.content).toBe('▌医学影像设备链');
    expect(splitLines('■ 体外诊断')[0]?.content).toBe('■ 体外诊断');
    expect(splitLines('● 呼吸机')[0]?.content).toBe('● 呼吸机');
  });

  it('reads an emoji-led 【X】 line as a head and its devices in the field X', () => {
    const head = parseSections(WECHAT).find((s) => s.title === '听力健康装备');
    expect(head?.kind).toBe('chapter');
    expect(WECHAT.slice(head?.titleStart, head?.titleEnd)).toBe('听力健康装备');
    const r = fieldsOf(WECHAT);
    expect(r.fields).toEqual(expect.arrayContaining(['听力健康装备', '眼健康装备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['数字助听器 -> 听力健康装备', '眼科超声乳化仪 -> 眼健康装备']),
    );
  });
});

const COUNTY = [
  '云溪县医疗卫生机构设备更新实施方案',
  '',
  '二、分类更新清单',
  '（一）医学影像设备（预算6350万元）',
  '　　2.数字减影血管造影系统（DSA）1台，用于胸痛中心建设；',
  '　　3.数字化X射线摄影系统（DR）12台，含平板探测器和高压发生器；',
  '（二）检验设备（共31台）',
  '　　全自动血细胞分析仪8台、糖化血红蛋白分析仪18台。',
  '（三）强化协同（牵头单位：县卫生健康局）',
  '　　各单位要严格执行政府采购程序。',
].join('\n');

describe('a note in brackets closing a heading', () => {
  it('leaves a budget, a count or a lead unit out of the title; the written label keeps its number', () => {
    const sections = parseSections(COUNTY);
    const titles = sections.map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['医学影像设备', '检验设备', '强化协同']));
    const imaging = sections.find((s) => s.title === '医学影像设备');
    expect(imaging?.path).toBe('二、分类更新清单 > （一）医学影像设备');
    expect(COUNTY.slice(imaging?.titleStart, imaging?.titleEnd)).toBe('医学影像设备');
  });

  it('keeps a bracketed abbreviation, the name’s own (（一）数字化X射线摄影系统（DR）)', () => {
    const s = parseSections('一、重点产品\n（一）数字化X射线摄影系统（DR）\n重点发展动态DR。');
    expect(s.map((x) => x.title)).toContain('数字化X射线摄影系统（DR）');
  });

  it('puts the devices under the heading in its field', () => {
    const r = fieldsOf(COUNTY);
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '检验设备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['数字减影血管造影系统 -> 医学影像设备', '糖化血红蛋白分析仪 -> 检验设备']),
    );
  });
});

/** A PDF's text as copied: a cover, hard line breaks, a page footer and the title repeated on top of each page. */
const PDF = [
  '附件',
  '',
  '推动生命支持与专科诊疗装备高质量发展',
  '实施方案（2026—2030年）',
  '',
  '工业和信息化部　国家卫生健康委员会　国家药品监督管理局',
  '2026年3月',
  '',
  '　　为贯彻落实党中央、国务院关于推动大规模设备更新和高端装备',
  '创新发展的决策部署，制定本方案。',
  '',
  '二、重点领域',
  '',
  '　　（一）急救与生命支持装备',
  '',
  '　　1.急救转运装备。重点发展急救转运呼吸机、自动体外除颤器（AED）、',
  '心肺复苏机和车载急救监护系统，提升整机的抗振和长续航能力。',
  '',
  '推动生命支持与专科诊疗装备高质量发展实施方案（2026—2030年）',
  '',
  '　　（二）放射治疗装备',
  '',
  '　　1.加速器类。重点发展医用电子直线加',
  '速器、螺旋断层放射治疗系统和图像引导放射治疗系统，攻关加速管、速',
  '调管等核心部件。',
  '',
  '— 7 —',
  '',
  '推动生命支持与专科诊疗装备高质量发展实施方案（2026—2030年）',
  '',
  '　　（三）妇幼健康装备',
  '',
  '　　（1）新生儿重症监护装备。发展新生儿呼吸机、婴儿培养箱和经皮黄疸测试仪。',
].join('\n');

describe('a PDF’s pages', () => {
  it('blanks page footers and the title repeated on top of each page, keeping every offset', () => {
    const view = layoutView(PDF);
    expect(view.length).toBe(PDF.length);
    expect(view).not.toContain('— 7 —');
    expect(view.split('推动生命支持与专科诊疗装备高质量发展实施方案').length).toBe(1);
    expect(view.indexOf('（三）妇幼健康装备')).toBe(PDF.indexOf('（三）妇幼健康装备'));
  });

  it('keeps a title repeated as a running header when it stands on the cover, above every heading', () => {
    const text = [
      'X省医疗装备产业发展规划',
      '一、总体要求',
      '正文。',
      'X省医疗装备产业发展规划',
      '（一）发展目标',
    ].join('\n');
    const view = layoutView(text);
    expect(view.startsWith('X省医疗装备产业发展规划\n')).toBe(true);
    expect(view.split('X省医疗装备产业发展规划').length).toBe(2);
  });

  it('keeps the fields of a section open across a page break', () => {
    const sections = parseSections(layoutView(PDF));
    expect(sections.find((s) => s.title === '放射治疗装备')?.path).toBe('二、重点领域 > （二）放射治疗装备');
    expect(sections.find((s) => s.title === '妇幼健康装备')?.path).toBe('二、重点领域 > （三）妇幼健康装备');
  });

  it('joins a name a short line breaks after a full stop (医用电子直线加⏎速器)', () => {
    const at = PDF.indexOf('直线加\n') + 3;
    expect(wrapsAt(PDF, at)).toBe(true);
    expect(equipmentOf(PDF).names).toContain('医用电子直线加速器');
    // A short head line ends where it breaks.
    expect(wrapsAt('1.急救转运装备\n重点发展呼吸机。', 7)).toBe(false);
  });

  it('puts the devices of each field in it, the field after a page break too', () => {
    const r = fieldsOf(PDF);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '心肺复苏机 -> 急救转运装备',
        '医用电子直线加速器 -> 放射治疗装备',
        '经皮黄疸测试仪 -> 新生儿重症监护装备',
      ]),
    );
  });

  it('puts the devices of a field inside a field in the outer one too (1.急救转运装备 under （一）急救与生命支持装备)', () => {
    expect(fieldsOf(PDF).links).toEqual(
      expect.arrayContaining(['心肺复苏机 -> 急救与生命支持装备', '经皮黄疸测试仪 -> 妇幼健康装备']),
    );
    const whole = [
      '一、重点领域',
      '（一）高端医疗装备',
      '1.急救转运装备。重点发展心肺复苏机和车载急救监护系统。',
    ].join('\n');
    expect(fieldsOf(whole).links).not.toContain('心肺复苏机 -> 高端医疗装备');
  });

  it('reads the departments on the cover, under a title broken over two lines, as the issuers', () => {
    const g = graphOf(PDF);
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    const issuers = g.edges.filter((e) => e.type === 'ISSUED').map((e) => name.get(e.source));
    expect(issuers.sort()).toEqual(['国家卫生健康委员会', '国家药品监督管理局', '工业和信息化部'].sort());
  });
});

describe('the stroke 丨 as a bar', () => {
  it('parts a WeChat title’s column from its subject (一图读懂丨助听器、人工晶状体……)', () => {
    expect(normalize('一图读懂丨助听器').text).toBe('一图读懂|助听器');
    const names = equipmentOf(
      '一图读懂丨助听器、人工晶状体、牙科种植体……这份方案划了哪些重点？\n重点发展数字助听器和人工耳蜗。',
    ).names;
    expect(names.some((n) => n.includes('丨'))).toBe(false);
  });
});
