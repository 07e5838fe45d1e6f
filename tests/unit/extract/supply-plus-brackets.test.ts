// A bracket after a thing that adds up what it is built of with plus signs (`A（B＋C）`): a product
// sheet's `无创血压模块（压力传感器＋微型气泵）` and a plan's column `PET探测器模块（LYSO晶体＋硅光电倍增管）`.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

describe('a make-up added up with plus signs in brackets', () => {
  it('reads A（B＋C） as the parts of A (a product sheet)', () => {
    expect(
      supplyLines(
        '核心部件：自研血氧模块（双波长LED＋光电二极管传感器）、无创血压模块（压力传感器＋微型气泵），心电模块采用专用模拟前端芯片。',
        { 无创血压模块: 'Component', 压力传感器: 'Component', 微型气泵: 'Component' },
      ).filter((l) => l.includes('A（B＋C）')),
    ).toEqual([
      'PART_OF 压力传感器 -> 无创血压模块 grammar:A（B＋C）',
      'PART_OF 微型气泵 -> 无创血压模块 grammar:A（B＋C）',
    ]);
  });

  it('reads a part and a material alike (a plan column)', () => {
    expect(
      supplyLines('CT探测器；PET探测器模块（LYSO晶体＋硅光电倍增管）', {
        PET探测器模块: 'Component',
        LYSO晶体: 'Material',
        硅光电倍增管: 'Component',
      }).filter((l) => l.includes('A（B＋C）')),
    ).toEqual([
      'PART_OF 硅光电倍增管 -> PET探测器模块 grammar:A（B＋C）',
      'USED_IN LYSO晶体 -> PET探测器模块 grammar:A（B＋C）',
    ]);
  });

  it('reads nothing where the bracket joins devices, names a member the text does not, or uses 、', () => {
    const known = { 一体机: 'Equipment', 压力传感器: 'Component', 微型气泵: 'Component' } as const;
    expect(
      supplyLines('新型一体机（PET＋CT）已上市。', known).filter((l) => l.includes('A（B＋C）')),
    ).toEqual([]);
    expect(
      supplyLines('血压模块（压力传感器＋自研微泵）', { ...known, 血压模块: 'Component' }).filter((l) =>
        l.includes('A（B＋C）'),
      ),
    ).toEqual([]);
    expect(
      supplyLines('血压模块（压力传感器、微型气泵）', { ...known, 血压模块: 'Component' }).filter((l) =>
        l.includes('A（B＋C）'),
      ),
    ).toEqual([]);
  });
});
