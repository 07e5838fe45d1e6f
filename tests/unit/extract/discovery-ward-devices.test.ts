// Devices of the ward and of transport that the dictionary writes as one word (培养箱, 暖箱, 无影灯, 救护车),
// read by their kind as heads (terms/heads.ts), and 眼底 (the fundus), which the dictionary tags a time word,
// read as the noun that opens a device's name (terms/segmenter.ts).
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

/** Discovered names of one label in a text. */
const names = (text: string, label = 'Equipment'): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === label)
    .map((d) => d.name)
    .sort();

describe('incubators, lamps and ambulances', () => {
  it('reads the incubators of a neonatal ward (婴儿培养箱, 新生儿转运暖箱)', () => {
    const found = names('新生儿科另配置婴儿培养箱、新生儿转运暖箱和蓝光治疗仪。');
    expect(found).toContain('婴儿培养箱');
    expect(found).toContain('新生儿转运暖箱');
  });

  it('reads a lamp and an ambulance counted in a budget line (手术无影灯10台, 负压救护车4辆)', () => {
    const found = names('高频电刀8台、手术无影灯10台、麻醉机6台、负压救护车4辆。');
    expect(found).toContain('手术无影灯');
    expect(found).toContain('负压救护车');
  });

  it('reads no box, lamp or vehicle without its kind (冰箱, 路灯, 汽车)', () => {
    expect(names('推广智能冰箱、节能路灯和新能源汽车。')).toEqual([]);
  });
});

describe('the fundus opens a device name', () => {
  it('reads 眼底照相机 whole, not 照相机', () => {
    const found = names('聚焦眼科光学相干断层扫描仪（OCT）、眼底照相机和眼科超声乳化仪。');
    expect(found).toContain('眼底照相机');
    expect(found).not.toContain('照相机');
  });
});

describe('sterilizers and disinfectors', () => {
  it('reads a sterilizer named by its process, whose 等 is that of plasma (等离子), not a list', () => {
    expect(names('医院采购过氧化氢低温等离子灭菌器2台。')).toContain('过氧化氢低温等离子灭菌器');
    expect(names('重点发展低温等离子灭菌器。')).toEqual(['低温等离子灭菌器']);
  });

  it('reads 等温 (isothermal) as a word of a name', () => {
    expect(names('推广等温扩增检测系统。')).toEqual(['等温扩增检测系统']);
  });

  it('reads a disinfector whole in a list (全自动清洗消毒器)', () => {
    const found = names('推广全自动清洗消毒器、过氧化氢低温等离子体灭菌器和医用气动物流传输系统。');
    expect(found).toContain('全自动清洗消毒器');
    expect(found).not.toContain('消毒器');
  });
});

describe('a comparing verb opens no name', () => {
  it('reads 指尖血糖仪 after 相较, not CGM相较指尖血糖仪', () => {
    expect(names('CGM相较指尖血糖仪可提供连续曲线。')).toEqual(['CGM', '指尖血糖仪']);
  });
});
