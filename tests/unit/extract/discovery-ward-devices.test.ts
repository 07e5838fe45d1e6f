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
