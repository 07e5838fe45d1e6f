// A chain map drawn as a text tree (`├─`, `└─`, `│`): a node with nodes under it is a head, and a segment
// head among the products' segments is the field of the devices under it.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../server/extract/lines';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

const TREE = [
  '武汉市医疗器械产业链图谱（2026年版）',
  '',
  '医疗器械产业链',
  '├─ 上游：原材料与核心零部件',
  '│　├─ 医用金属材料 ★',
  '│　│　├─ 医用钛合金（TC4/TA3）→ 人工关节、骨科植入物、牙种植体',
  '│　│　└─ 镍钛合金丝 ☆ → 血管支架、封堵器、取石网篮',
  '│　└─ 光电与半导体器件 ★（光谷优势环节）',
  '│　　　└─ CMOS图像传感器 → 电子内窥镜',
  '│',
  '├─ 中游：医疗器械产品',
  '│　├─ 医学影像设备 ★',
  '│　│　├─ 数字化X射线摄影系统（DR）⇐ 平板探测器（碘化铯闪烁体＋非晶硅）、高压发生器、X射线管',
  '│　│　└─ 光学相干断层扫描仪（OCT）⇐ 扫频光源、光纤干涉仪',
  '│　├─ 治疗与手术设备',
  '│　│　├─ 医用激光治疗仪 ★ ⇐ 光纤激光器、传输光纤',
  '│　│　└─ 高频电刀 ⇐ 主机、电刀笔、中性电极',
  '│　└─ 监护与生命支持设备 ★',
  '│　　　├─ 多参数监护仪 ⇐ 血氧模块、心电模块、无创血压模块',
  '│　　　└─ 呼吸机 ⇐ 涡轮风机、比例电磁阀、流量传感器',
  '│',
  '└─ 下游：应用与服务',
  '　　├─ 医疗机构：三甲医院（46家）、基层医疗卫生机构',
  '　　└─ 第三方医学检验实验室、影像中心',
  '════════════════════════════════',
  '附注　重点招引方向：镍钛合金丝、SiPM、谐波减速器。',
].join('\n');

describe('lines of a text tree', () => {
  it('leaves the drawing before a node out of its content and keeps the column of its branch', () => {
    const lines = splitLines(TREE);
    const node = lines.find((l) => l.content.startsWith('医学影像设备'));
    expect(node?.content).toBe('医学影像设备 ★');
    expect(node?.tree).toBe(2);
    expect(lines.find((l) => l.content.startsWith('高频电刀'))?.tree).toBe(4);
    // A line of rules alone (`│`) has no content; a Markdown table's rule is no tree.
    expect(lines.filter((l) => /^[│\s]+$/.test(TREE.slice(l.start, l.end))).map((l) => l.content)).toEqual([
      '',
      '',
    ]);
    expect(splitLines('|---|---|')[0]?.tree).toBeUndefined();
    expect(splitLines('╠════╬════╣\n╚════╩════╝').map((l) => l.tree)).toEqual([undefined, undefined]);
    expect(splitLines('+-- 呼吸机')[0]?.content).toBe('呼吸机');
  });
});

describe('heads of a text tree', () => {
  it('reads a node with nodes under it as a head one level inside its branch, its marks aside', () => {
    const sections = parseSections(TREE);
    const paths = sections.map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '上游：原材料与核心零部件 > 医用金属材料',
        '上游：原材料与核心零部件 > 光电与半导体器件',
        '中游：医疗器械产品 > 医学影像设备',
        '中游：医疗器械产品 > 监护与生命支持设备',
        '下游：应用与服务',
      ]),
    );
    // A leaf stays a line of its branch.
    expect(sections.some((s) => s.title.startsWith('高频电刀'))).toBe(false);
    const imaging = sections.find((s) => s.title === '医学影像设备');
    expect(TREE.slice(imaging?.start, imaging?.end)).not.toContain('治疗与手术设备');
    // The tree's end closes its heads: the note after it is in none of them.
    const note = TREE.indexOf('附注');
    expect(sections.filter((s) => s.kind === 'subsection' && s.start <= note && note < s.end)).toEqual([]);
  });

  it('puts the devices under a segment head of the products in its field', () => {
    const r = fieldsOf(TREE);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '数字化X射线摄影系统 -> 医学影像设备',
        '光学相干断层扫描仪 -> 医学影像设备',
        '医用激光治疗仪 -> 治疗与手术设备',
        '高频电刀 -> 治疗与手术设备',
        '多参数监护仪 -> 监护与生命支持设备',
        '呼吸机 -> 监护与生命支持设备',
      ]),
    );
    expect(r.fields).not.toContain('医用金属材料');
  });

  it('puts no part an arrow back points to in the field (光纤干涉仪 of 光学相干断层扫描仪 ⇐ …)', () => {
    const r = fieldsOf(TREE);
    expect(r.links.filter((l) => l.startsWith('光纤干涉仪') || l.startsWith('主机'))).toEqual([]);
  });
});
