// The whole of a parts list named before the list: a sentence about one machine, then a clause that opens
// with a graded class of parts or with the upstream (`呼吸机行业集中度较高。上游主要为B、C`, `以呼吸机为例，上游
// 主要为…`, `核心部件方面，B、C仍依赖进口`); the class words of Taiwan's press (`關鍵零組件`, `關鍵組件`), a
// remark on the class before its list, the organ a part is likened to (「心脏」, “眼睛”), a gloss inside a
// list of materials in use, and two capitals read again in a table cell (`DR、DSA`). Sentences in the
// wording of features, broker reports and trade press, with what a careful reader would not mark.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const VENT = { 涡轮风机: 'Component', 比例阀: 'Component', 流量传感器: 'Component' } as const;
const MONITOR = {
  监护仪: 'Equipment',
  血氧模块: 'Component',
  心电模块: 'Component',
  主控芯片: 'Component',
} as const;

describe('a class of parts or the upstream, after a sentence about one machine', () => {
  it('gives the parts to the machine the sentence before is about', () => {
    expect(
      pairs('国产监护仪已占据国内七成市场。关键零部件则包括血氧模块、心电模块和主控芯片。', MONITOR),
    ).toEqual([
      'PART_OF 主控芯片 -> 监护仪 grammar:A…。其核心部件包括B',
      'PART_OF 心电模块 -> 监护仪 grammar:A…。其核心部件包括B',
      'PART_OF 血氧模块 -> 监护仪 grammar:A…。其核心部件包括B',
    ]);
    expect(pairs('呼吸机行业集中度较高。上游主要为涡轮风机、比例阀和流量传感器等零部件。', VENT)).toEqual([
      'PART_OF 比例阀 -> 呼吸机 grammar:A…。其核心部件包括B',
      'PART_OF 流量传感器 -> 呼吸机 grammar:A…。其核心部件包括B',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A…。其核心部件包括B',
    ]);
    expect(
      pairs(
        '## 二、呼吸机\n\n核心部件主要有涡轮风机、流量传感器和比例阀，其中涡轮风机国产化率不足两成。',
        VENT,
      ),
    ).toEqual([
      'PART_OF 比例阀 -> 呼吸机 grammar:A…。其核心部件包括B',
      'PART_OF 流量传感器 -> 呼吸机 grammar:A…。其核心部件包括B',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A…。其核心部件包括B',
    ]);
    expect(
      pairs('内窥镜的国产化进程正在加快。核心部件方面，图像传感器、光源模组和导光束仍主要依赖进口。', {
        内窥镜: 'Equipment',
        图像传感器: 'Component',
        光源模组: 'Component',
        导光束: 'Component',
      }),
    ).toEqual([
      'PART_OF 光源模组 -> 医用内窥镜 grammar:A…。其核心部件包括B',
      'PART_OF 图像传感器 -> 医用内窥镜 grammar:A…。其核心部件包括B',
      'PART_OF 导光束 -> 医用内窥镜 grammar:A…。其核心部件包括B',
    ]);
  });

  it('reads the machine set as the example, or the topic of the clause before', () => {
    expect(pairs('以呼吸机为例，上游主要为涡轮风机、比例阀和流量传感器。', VENT)).toEqual([
      'PART_OF 比例阀 -> 呼吸机 grammar:A…，其B',
      'PART_OF 流量传感器 -> 呼吸机 grammar:A…，其B',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A…，其B',
    ]);
    expect(
      pairs('手术机器人是高端医疗装备的代表，核心零部件包括谐波减速器、伺服电机和六维力传感器。', {
        谐波减速器: 'Component',
        伺服电机: 'Component',
        六维力传感器: 'Component',
      }),
    ).toEqual([
      'PART_OF 伺服电机 -> 手术机器人 grammar:A…，其B',
      'PART_OF 六维力传感器 -> 手术机器人 grammar:A…，其B',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A…，其B',
    ]);
  });

  it('gives nothing after two machines, an industry, or a machine only mentioned on the way', () => {
    expect(pairs('呼吸机和麻醉机需求旺盛。核心零部件主要有涡轮风机和比例阀。', VENT)).toEqual([]);
    expect(pairs('医疗器械行业增长迅速。核心零部件主要有涡轮风机和比例阀。', VENT)).toEqual([]);
    expect(pairs('近日，市人民医院新引进一台呼吸机。上游主要为涡轮风机、比例阀等零部件。', VENT)).toEqual([]);
    expect(pairs('呼吸机行业集中度较高。部件有涡轮风机和比例阀。', VENT)).toEqual([]);
  });
});

describe('class words and remarks between the user and its parts', () => {
  it("reads Taiwan's 零组件 and 组件, 本身的, and an adverb before the verb", () => {
    expect(
      pairs('超声诊断仪的关键组件为探头与波束成形芯片。', {
        超声诊断仪: 'Equipment',
        探头: 'Component',
        波束成形芯片: 'Component',
      }),
    ).toEqual([
      'PART_OF 探头 -> 超声诊断仪 grammar:A的核心部件B',
      'PART_OF 波束成形芯片 -> 超声诊断仪 grammar:A的核心部件B',
    ]);
    expect(
      pairs('呼吸器的关键零组件包括涡轮风机、流量传感器与比例阀，目前多仰赖进口。', {
        呼吸器: 'Equipment',
        ...VENT,
      }),
    ).toEqual([
      'PART_OF 比例阀 -> 呼吸器 grammar:A的核心部件B',
      'PART_OF 流量传感器 -> 呼吸器 grammar:A的核心部件B',
      'PART_OF 涡轮风机 -> 呼吸器 grammar:A的核心部件B',
    ]);
    expect(
      pairs('另外，血液透析机本身的关键零部件包括血泵、电导率传感器与加热模块，国内厂商多向欧美采购。', {
        血液透析机: 'Equipment',
        血泵: 'Component',
        电导率传感器: 'Component',
        加热模块: 'Component',
      }),
    ).toEqual([
      'PART_OF 加热模块 -> 血液透析机 grammar:A的核心部件B',
      'PART_OF 电导率传感器 -> 血液透析机 grammar:A的核心部件B',
      'PART_OF 血泵 -> 血液透析机 grammar:A的核心部件B',
    ]);
    expect(
      pairs('从拆解来看，麻醉机的核心零部件则有流量传感器、比例阀等，国产化率较低。', {
        麻醉机: 'Equipment',
        ...VENT,
      }),
    ).toEqual([
      'PART_OF 比例阀 -> 麻醉机 grammar:A的核心部件B',
      'PART_OF 流量传感器 -> 麻醉机 grammar:A的核心部件B',
    ]);
  });

  it('reads a remark on the class before its list', () => {
    const ROBOT = { 谐波减速器: 'Component', 伺服电机: 'Component', 力传感器: 'Component' } as const;
    expect(
      pairs('手术机器人的核心零部件国产化率较低，主要包括以下几类：谐波减速器、伺服电机、力传感器。', ROBOT),
    ).toEqual([
      'PART_OF 伺服电机 -> 手术机器人 grammar:A的核心部件B',
      'PART_OF 力传感器 -> 手术机器人 grammar:A的核心部件B',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A的核心部件B',
    ]);
    expect(pairs('手术机器人的核心零部件国产化率较低，主要包括谐波减速器、伺服电机。', ROBOT)).toEqual([
      'PART_OF 伺服电机 -> 手术机器人 grammar:A…，主要由B组成',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A…，主要由B组成',
    ]);
  });
});

describe('the organ a part is likened to', () => {
  it('reads 「心脏」, “眼睛” and "大脑"', () => {
    expect(pairs('X射线管被称为CT的「心脏」，价格昂贵。', { X射线管: 'Component' })).toEqual([
      'PART_OF X射线管 -> 计算机断层扫描仪 grammar:A是B的核心部件',
    ]);
    expect(
      pairs('图像传感器是内窥镜的“眼睛”，直接决定成像质量。', {
        内窥镜: 'Equipment',
        图像传感器: 'Component',
      }),
    ).toEqual(['PART_OF 图像传感器 -> 医用内窥镜 grammar:A是B的核心部件']);
    expect(pairs('主控芯片堪称监护仪的"大脑"。', MONITOR)).toEqual([
      'PART_OF 主控芯片 -> 监护仪 grammar:A是B的核心部件',
    ]);
  });

  it('keeps 被誉为 and 堪称 out of the whole, and gives the part its whole name', () => {
    expect(pairs('CMOS图像传感器被誉为内窥镜的“眼睛”。')).toEqual([
      'PART_OF CMOS图像传感器 -> 医用内窥镜 grammar:A是B的核心部件',
    ]);
    expect(pairs('主控芯片堪称监护仪的"大脑"。')).toEqual([
      'PART_OF 主控芯片 -> 监护仪 grammar:A是B的核心部件',
    ]);
  });

  it('gives nothing for an organ of a patient', () => {
    expect(pairs('超声探头可用于检查患者心脏。', { 超声探头: 'Component' })).toEqual([]);
  });
});

describe('a gloss inside a list of materials in use', () => {
  it('reads every material of `M（gloss）、N等X在A中的应用`', () => {
    expect(
      pairs('推广聚醚醚酮（PEEK）、氧化锆陶瓷等新型植入材料在人工关节中的应用。', {
        聚醚醚酮: 'Material',
        PEEK: 'Material',
        氧化锆陶瓷: 'Material',
        人工关节: 'Equipment',
      }),
    ).toEqual([
      'USED_IN 新型植入材料 -> 人工关节 grammar:X在A中的应用',
      'USED_IN 氧化锆陶瓷 -> 人工关节 grammar:X在A中的应用',
      'USED_IN 聚醚醚酮 -> 人工关节 grammar:X在A中的应用',
    ]);
  });
});

describe('lines of a report', () => {
  it('reads two capitals again in a table cell', () => {
    expect(
      pairs(
        'X射线管用于DR。\n\n部件 | 配套整机 | 国产化程度\n平板探测器 | DR、DSA | 较高\nX射线管 | CT、DR | 低\n',
        {
          DR: 'Equipment',
          平板探测器: 'Component',
          X射线管: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF X射线管 -> DR grammar:X应用于A',
      'PART_OF X射线管 -> DR table:item-use',
      'PART_OF X射线管 -> 计算机断层扫描仪 table:item-use',
      'PART_OF 平板探测器 -> DR table:item-use',
      'PART_OF 平板探测器 -> DSA table:item-use',
    ]);
  });

  it('keeps a heading out of the names of the line after it', () => {
    expect(
      pairs('1. 探测器：CT与DR分化\n　　CT探测器由闪烁体、光电二极管阵列和ADC芯片构成。', {
        闪烁体: 'Component',
        光电二极管阵列: 'Component',
        ADC芯片: 'Component',
      }),
    ).toEqual([
      'PART_OF ADC芯片 -> CT探测器 grammar:A由B组成',
      'PART_OF 光电二极管阵列 -> CT探测器 grammar:A由B组成',
      'PART_OF 闪烁体 -> CT探测器 grammar:A由B组成',
    ]);
  });
});

describe('more forms of features and reports', () => {
  it('reads the kind of device a part is built with, in a clause about the topic', () => {
    expect(
      pairs('梯度放大器为梯度线圈提供大电流，功率器件多为IGBT，新一代产品开始导入碳化硅MOSFET。', {
        梯度放大器: 'Component',
        梯度线圈: 'Component',
        IGBT: 'Component',
      }),
    ).toEqual(['PART_OF IGBT -> 梯度放大器 grammar:A…，主要由B组成']);
    expect(pairs('梯度放大器需求增长，功率器件多为进口产品。', { 梯度放大器: 'Component' })).toEqual([]);
  });

  it('gives a material to the whole name, not to a name inside it', () => {
    expect(
      pairs('骨科手术器械主要采用钛合金和不锈钢制造。', {
        骨科手术器械: 'Equipment',
        钛合金: 'Material',
        不锈钢: 'Material',
      }),
    ).toEqual([
      'USED_IN 不锈钢 -> 骨科手术器械 grammar:A采用B',
      'USED_IN 钛合金 -> 骨科手术器械 grammar:A采用B',
    ]);
  });

  it('reads the largest share of a cost and a share of several parts together', () => {
    expect(pairs('呼吸机成本中占比最高的是涡轮风机，其次为比例阀。', VENT)).toEqual([
      'PART_OF 比例阀 -> 呼吸机 grammar:B占A成本',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:B占A成本',
    ]);
    expect(pairs('监护仪的物料成本中占比最大的部件是主控芯片，其次是血氧模块。', MONITOR)).toEqual([
      'PART_OF 主控芯片 -> 监护仪 grammar:B占A成本',
      'PART_OF 血氧模块 -> 监护仪 grammar:B占A成本',
    ]);
    expect(
      pairs('磁共振成像系统的成本中，超导磁体、梯度线圈和射频线圈合计占比超过六成。', {
        磁共振成像系统: 'Equipment',
        超导磁体: 'Component',
        梯度线圈: 'Component',
        射频线圈: 'Component',
      }),
    ).toEqual([
      'PART_OF 射频线圈 -> 磁共振成像设备 grammar:B占A成本',
      'PART_OF 梯度线圈 -> 磁共振成像设备 grammar:B占A成本',
      'PART_OF 超导磁体 -> 磁共振成像设备 grammar:B占A成本',
    ]);
    expect(pairs('在呼吸机的市场中，涡轮风机厂商占比约三成。', VENT)).toEqual([]);
  });

  it('gives the parts of `A和B的C` to both machines', () => {
    expect(pairs('CT和DR的X射线管长期由海外厂商供应。', { DR: 'Equipment', X射线管: 'Component' })).toEqual([
      'PART_OF X射线管 -> DR grammar:A的B',
      'PART_OF X射线管 -> 计算机断层扫描仪 grammar:A的B',
    ]);
    expect(
      pairs('监护仪和除颤仪的主控板均依赖进口。', {
        监护仪: 'Equipment',
        除颤仪: 'Equipment',
        主控板: 'Component',
      }),
    ).toEqual(['PART_OF 主控板 -> 监护仪 grammar:A的B', 'PART_OF 主控板 -> 除颤仪 grammar:A的B']);
    expect(pairs('提升CT和DR的X射线管寿命。', { DR: 'Equipment', X射线管: 'Component' })).toEqual([]);
  });
});
