// Make-up said in a table's row and in a patent's wording: a description cell after the name cell
// (`冷疗设备 | 通常由B、C组成`), what a part has inside it (`所述壳体内设有B和C`) and a count before the
// first part listed (`灯头内置多颗B`), and a manual's section numbered in levels (`3.2.5  A：…，由B组成`).
// Sentences of a classification catalogue, patents, a yearbook and a service manual.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

describe("a row's description cell", () => {
  it('reads 名称 | 通常由B、C和D组成 as the parts of the thing the name cell names', () => {
    expect(
      supplyLines(
        '02温热（冷）治疗设备/器具 | 02冷疗设备 | 通常由压缩机、冷敷垫和循环水泵组成。 | 用于术后局部冷敷。',
        { 冷疗设备: 'Equipment', 压缩机: 'Component', 冷敷垫: 'Component', 循环水泵: 'Component' },
      ),
    ).toEqual([
      'PART_OF 冷敷垫 -> 冷疗设备 grammar:A由B组成',
      'PART_OF 压缩机 -> 冷疗设备 grammar:A由B组成',
      'PART_OF 循环水泵 -> 冷疗设备 grammar:A由B组成',
    ]);
  });

  it('reads nothing from a cell that does not say 由…组成', () => {
    expect(
      supplyLines('02冷疗设备 | 压缩机、冷敷垫和循环水泵 | 用于术后局部冷敷。', {
        冷疗设备: 'Equipment',
        压缩机: 'Component',
        冷敷垫: 'Component',
        循环水泵: 'Component',
      }),
    ).toEqual([]);
  });
});

describe('what a part has inside it', () => {
  it('reads 所述A内设有B和C as parts of A (a patent claim)', () => {
    expect(
      supplyLines(
        '摘要：本实用新型公开了一种电动腔镜吻合器，包括壳体和电池组，所述壳体内设有霍尔传感器和控制电路板，用于检测击发行程。',
        {
          电动腔镜吻合器: 'Equipment',
          壳体: 'Component',
          电池组: 'Component',
          霍尔传感器: 'Component',
          控制电路板: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF 壳体 -> 电动腔镜吻合器 grammar:A包括B',
      'PART_OF 控制电路板 -> 壳体 grammar:A包括B',
      'PART_OF 电池组 -> 电动腔镜吻合器 grammar:A包括B',
      'PART_OF 霍尔传感器 -> 壳体 grammar:A包括B',
    ]);
  });

  it('reads a count between 内置 and the first part (灯头内置多颗B和C)', () => {
    expect(
      supplyLines('灯头内置多颗大功率LED光源和光学透镜，透镜采用聚碳酸酯。', {
        灯头: 'Component',
        大功率LED光源: 'Component',
        光学透镜: 'Component',
      }),
    ).toEqual([
      'PART_OF 光学透镜 -> 灯头 grammar:A包括B',
      'PART_OF 大功率LED光源 -> 灯头 grammar:A包括B',
      'USED_IN 聚碳酸酯 -> 透镜 grammar:A采用B',
    ]);
  });
});

describe('a section numbered in levels that names its topic', () => {
  it('reads 3.2.5  A：kind，由B、C和D组成 as the parts of A (a service manual)', () => {
    expect(
      supplyLines('3.2.5  麻醉呼吸机：电动电控气动型，由风箱组件、驱动气比例阀和流量传感器组成。', {
        麻醉呼吸机: 'Equipment',
        风箱组件: 'Component',
        驱动气比例阀: 'Component',
        流量传感器: 'Component',
      }),
    ).toEqual([
      'PART_OF 流量传感器 -> 麻醉呼吸机 grammar:A…，主要由B组成',
      'PART_OF 风箱组件 -> 麻醉呼吸机 grammar:A…，主要由B组成',
      'PART_OF 驱动气比例阀 -> 麻醉呼吸机 grammar:A…，主要由B组成',
    ]);
  });
});
