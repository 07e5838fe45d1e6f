// Parts stated in teardowns and talk: `整机由A、B…六大块组成` in a section of its own, whose machine the
// editor's note named sections before (`本期拆解对象是一台国产笔记本式便携彩超（便携式彩色多普勒超声诊断仪）`).
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const TEARDOWN =
  '拆了一台十几万的便携彩超，里面的国产件比我想的多\n\n【编者按】本期拆解对象是一台国产笔记本式便携彩超（便携式彩色多普勒超声诊断仪），整机重约4.6kg。' +
  '机器来自某二手设备商，已停用。以下为拆机全过程。\n\n01 外壳与整体结构\n拧下底部9颗T10螺丝后，上下壳即可分离。' +
  '外壳为PC/ABS合金注塑，内部用一块镁合金中框承重。整机由显示屏组件、主机板、前端板、电源板、锂电池组和探头接口板六大块组成，布局很像一台加厚的游戏本。\n';

describe('a teardown: 整机由…六大块组成', () => {
  it('gives the parts of a list closed by 六大块 to the machine the editor named sections before', () => {
    expect(supplyPairs(TEARDOWN).filter((p) => p.includes('该产品由B组成'))).toEqual(
      ['主机板', '前端板', '探头接口板', '显示屏组件', '电源板', '锂电池组'].map(
        (p) => `PART_OF ${p} -> 笔记本式便携彩超 grammar:该产品由B组成`,
      ),
    );
  });

  it('reads no machine when the sentences before name two of them', () => {
    const two = TEARDOWN.replace(
      '国产笔记本式便携彩超（便携式彩色多普勒超声诊断仪）',
      '便携彩超和一台呼吸机',
    );
    expect(supplyPairs(two).filter((p) => p.includes('该产品由B组成'))).toEqual([]);
  });
});

describe('spoken make-ups: A=B+C+D, A里是B和C', () => {
  const CGM =
    '安排！简单说，连续血糖监测系统（CGM）=传感器+发射器+接收端（手机App或阅读器）。传感器那根软针是聚酰亚胺基底。' +
    '发射器里是蓝牙芯片和纽扣电池。';

  it('reads the parts a thing equals added up, bare heads and a glossed last one among them', () => {
    expect(supplyPairs(CGM)).toEqual([
      'PART_OF 传感器 -> 连续血糖监测系统 grammar:A=B+C',
      'PART_OF 发射器 -> 连续血糖监测系统 grammar:A=B+C',
      'PART_OF 接收端 -> 连续血糖监测系统 grammar:A=B+C',
      'PART_OF 纽扣电池 -> 发射器 grammar:A包括B',
      'PART_OF 蓝牙芯片 -> 发射器 grammar:A包括B',
    ]);
  });

  it('reads what is inside a known thing or set into it (里是, 里面还集成了一个, 里嵌了)', () => {
    const known = {
      叶轮: 'Component',
      钕铁硼永磁体: 'Component',
      膜式氧合器: 'Component',
      热交换器: 'Component',
    } as const;
    expect(supplyPairs('叶轮里嵌了钕铁硼永磁体，电机隔着外壳用磁耦合带着它转。', known)).toEqual([
      'PART_OF 钕铁硼永磁体 -> 叶轮 grammar:A包括B',
    ]);
    expect(supplyPairs('膜式氧合器里面还集成了一个热交换器。', known)).toEqual([
      'PART_OF 热交换器 -> 膜式氧合器 grammar:A包括B',
    ]);
  });

  it('reads no sum of costs, and no sum with a device in it', () => {
    expect(supplyPairs('总价=设备费+安装费。')).toEqual([]);
    expect(supplyPairs('PET/CT=PET+CT。')).toEqual([]);
  });
});

describe('a part of a part as the subject of a cause (因A的B…)', () => {
  it('reads 因A的B存在腐蚀 as A的B, one part only: B与C接触不良 joins what touches', () => {
    expect(
      supplyPairs('召回原因：因电导率传感器的不锈钢电极存在腐蚀，导致透析液电导率监测不准确。').filter((p) =>
        p.includes('grammar:A的B'),
      ),
    ).toEqual(['PART_OF 不锈钢电极 -> 电导率传感器 grammar:A的B']);
    expect(
      supplyPairs('召回原因：因箱体加热器的温度传感器与控制板连接器接触不良，可能造成箱温过高。').filter(
        (p) => p.includes('grammar:A的B'),
      ),
    ).toEqual(['PART_OF 温度传感器 -> 箱体加热器 grammar:A的B']);
  });
});
