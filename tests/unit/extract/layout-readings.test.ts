// Layout a page adds around its text: decoration leading a line (a WeChat post's emoji and arrows),
// a note in brackets closing a heading (a budget, a count, the lead unit), and the like. The text is
// read without it; offsets still index the text as written.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../server/extract/lines';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

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
      expect.arrayContaining(['【听力健康装备】', '02 | 三大重点领域，一次看清', '工信部牵头组织关键部件攻关；']),
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
