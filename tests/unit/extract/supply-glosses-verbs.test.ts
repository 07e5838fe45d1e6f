// Supply readings of features, news and prospectuses that name a thing by the short name they gave it in
// brackets (`数字减影血管造影系统（DSA）…这台DSA由…组成`), say a part went into machines in batches
// (`已批量用于DR和C形臂`), list what a machine carries built in (`搭载了`, `内置`), qualify the parts of a
// list with where they sit (`包括植入体内的B、C，以及医生在体外使用的D`) or list the parts of a subsystem
// the text does not name as a thing (`内窥镜的成像系统由…构成`). With what a careful reader would not mark.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const DSA = {
  数字减影血管造影系统: 'Equipment',
  C形臂: 'Component',
  平板探测器: 'Component',
  X射线球管: 'Component',
  高压发生器: 'Component',
} as const;

describe('a thing named by the short name the text gave it in brackets', () => {
  it('reads 这台DSA由… after 数字减影血管造影系统（DSA）', () => {
    expect(
      pairs(
        '医院介入中心启用一台数字减影血管造影系统（DSA）。据工程师介绍，这台DSA由C形臂、平板探测器、X射线球管和高压发生器组成。',
        DSA,
      ),
    ).toEqual([
      'PART_OF C形臂 -> 数字减影血管造影系统 grammar:A由B组成',
      'PART_OF X射线球管 -> 数字减影血管造影系统 grammar:A由B组成',
      'PART_OF 平板探测器 -> 数字减影血管造影系统 grammar:A由B组成',
      'PART_OF 高压发生器 -> 数字减影血管造影系统 grammar:A由B组成',
    ]);
  });

  it('reads a Chinese short name and one given with 以下简称', () => {
    expect(
      pairs('医用内窥镜分为硬管式内窥镜（硬镜）和软管式内窥镜（软镜）。光学镜片是硬镜的核心部件。', {
        硬管式内窥镜: 'Equipment',
        软管式内窥镜: 'Equipment',
        光学镜片: 'Component',
      }),
    ).toEqual(['PART_OF 光学镜片 -> 硬管式内窥镜 grammar:A是B的核心部件']);
    expect(
      pairs('持续葡萄糖监测系统（以下简称“CGM”）近年放量。CGM由传感器、发射器和接收端三部分组成。', {
        持续葡萄糖监测系统: 'Equipment',
        传感器: 'Component',
        发射器: 'Component',
        接收端: 'Component',
      }),
    ).toEqual([
      'PART_OF 传感器 -> 持续葡萄糖监测系统 grammar:A由B组成',
      'PART_OF 发射器 -> 持续葡萄糖监测系统 grammar:A由B组成',
      'PART_OF 接收端 -> 持续葡萄糖监测系统 grammar:A由B组成',
    ]);
  });

  it('takes no maker in brackets for a short name of the part', () => {
    expect(
      pairs('检测系统的核心是光电倍增管（滨松）。滨松由研发中心和三家工厂组成。', {
        光电倍增管: 'Component',
        研发中心: 'Component',
      }),
    ).toEqual([]);
  });
});

describe('parts that went into machines, and what a machine carries', () => {
  it('reads 已批量用于 and 已规模化应用于', () => {
    expect(
      pairs('自研的非晶硅平板探测器已批量用于DR和C形臂，自供率约80%。', {
        非晶硅平板探测器: 'Component',
        DR: 'Equipment',
        C形臂: 'Equipment',
      }),
    ).toEqual([
      'PART_OF 非晶硅平板探测器 -> C形臂 grammar:X应用于A',
      'PART_OF 非晶硅平板探测器 -> DR grammar:X应用于A',
    ]);
    expect(
      pairs('公司的涡轮风机已规模化应用于呼吸机和制氧机。', { 涡轮风机: 'Component', 制氧机: 'Equipment' }),
    ).toEqual(['PART_OF 涡轮风机 -> 制氧机 grammar:X应用于A', 'PART_OF 涡轮风机 -> 呼吸机 grammar:X应用于A']);
  });

  it('reads 搭载了 and 内置 with a short modifier before the parts', () => {
    const known = { 超声诊断仪: 'Equipment', 单晶探头: 'Component', 波束合成芯片: 'Component' } as const;
    expect(pairs('新一代超声诊断仪搭载了自主研发的单晶探头和波束合成芯片。', known)).toEqual([
      'PART_OF 单晶探头 -> 超声诊断仪 grammar:A包括B',
      'PART_OF 波束合成芯片 -> 超声诊断仪 grammar:A包括B',
    ]);
    expect(
      pairs('发射器扣在传感器上方，内置了蓝牙芯片和纽扣电池。', {
        发射器: 'Component',
        传感器: 'Component',
        蓝牙芯片: 'Component',
        纽扣电池: 'Component',
      }),
    ).toEqual([
      'PART_OF 纽扣电池 -> 发射器 grammar:A…，主要由B组成',
      'PART_OF 蓝牙芯片 -> 发射器 grammar:A…，主要由B组成',
    ]);
  });

  it('reads 包括 with where each part sits, and a last part after ，以及', () => {
    expect(
      pairs('一套完整的起搏系统包括植入体内的脉冲发生器、电极导线，以及医生在体外使用的程控仪。', {
        起搏系统: 'Equipment',
        脉冲发生器: 'Component',
        电极导线: 'Component',
        程控仪: 'Component',
      }),
    ).toEqual([
      'PART_OF 电极导线 -> 起搏系统 grammar:A包括B',
      'PART_OF 程控仪 -> 起搏系统 grammar:A包括B',
      'PART_OF 脉冲发生器 -> 起搏系统 grammar:A包括B',
    ]);
  });

  it('gives the parts of a subsystem the text does not name to the machine', () => {
    expect(
      pairs('医用内窥镜的成像系统主要由物镜、导光束、图像传感器和图像处理器构成。', {
        医用内窥镜: 'Equipment',
        物镜: 'Component',
        导光束: 'Component',
        图像传感器: 'Component',
        图像处理器: 'Component',
      }),
    ).toEqual([
      'PART_OF 图像传感器 -> 医用内窥镜 grammar:A由B组成',
      'PART_OF 图像处理器 -> 医用内窥镜 grammar:A由B组成',
      'PART_OF 导光束 -> 医用内窥镜 grammar:A由B组成',
      'PART_OF 物镜 -> 医用内窥镜 grammar:A由B组成',
    ]);
  });

  it('reads nothing where a hospital is equipped, or a list after 包括 names kinds', () => {
    expect(pairs('这家医院配备了CT和磁共振，并已用于临床。')).toEqual([]);
    expect(
      pairs('公司的CT产品包括用于心脏检查的64排CT和光子计数CT。', {
        '64排CT': 'Equipment',
        光子计数CT: 'Equipment',
      }),
    ).toEqual([]);
  });
});

describe('make-up said of a part in the clauses and sentences after it', () => {
  it('reads 探针上通常有B、C和D as parts', () => {
    expect(
      pairs('探针上通常有工作电极、参比电极和对电极：工作电极多以铂或金作导电层。', {
        探针: 'Component',
        工作电极: 'Component',
        参比电极: 'Component',
        对电极: 'Component',
      }).filter((p) => p.startsWith('PART_OF')),
    ).toEqual([
      'PART_OF 参比电极 -> 探针 grammar:A包括B',
      'PART_OF 对电极 -> 探针 grammar:A包括B',
      'PART_OF 工作电极 -> 探针 grammar:A包括B',
    ]);
  });

  it('reads A改用B as the part A now takes', () => {
    expect(
      pairs('新一代数字PET的探测器模块改用硅光电倍增管（SiPM），体积小、时间分辨率高。', {
        探测器模块: 'Component',
        硅光电倍增管: 'Component',
      }),
    ).toEqual(['PART_OF 硅光电倍增管 -> 探测器模块 grammar:A采用B']);
  });

  it('reads the parts of the clauses after 其B… that open with a part and say what it is made of', () => {
    expect(
      pairs(
        '谐波减速器体积小、传动比大，是手术机器人共用的关键零部件，其柔轮一般采用高强度合金钢，刚轮多用球墨铸铁，波发生器则由凸轮和柔性轴承组成。',
        {
          谐波减速器: 'Component',
          柔轮: 'Component',
          刚轮: 'Component',
          波发生器: 'Component',
          凸轮: 'Component',
          柔性轴承: 'Component',
        },
      ).filter((p) => p.includes('-> 谐波减速器')),
    ).toEqual([
      'PART_OF 刚轮 -> 谐波减速器 grammar:A…，其B',
      'PART_OF 柔轮 -> 谐波减速器 grammar:A…，其B',
      'PART_OF 波发生器 -> 谐波减速器 grammar:A…，其B',
    ]);
    // A clause about the market names no part of the topic.
    expect(
      pairs('谐波减速器是手术机器人的关键零部件，其柔轮一般采用高强度合金钢，刚轮厂商多在日本。', {
        谐波减速器: 'Component',
        柔轮: 'Component',
        刚轮: 'Component',
      }).filter((p) => p.includes('刚轮 -> ')),
    ).toEqual([]);
  });
});

describe('what a machine relies on or is fitted with', () => {
  it('reads A依靠B with a user whose name holds another (全自动生化分析仪, 生化分析仪)', () => {
    expect(
      pairs('全自动生化分析仪依靠卤素灯光源、光栅分光光度计和加样针完成比色检测。', {
        卤素灯光源: 'Component',
      }),
    ).toEqual(['PART_OF 卤素灯光源 -> 全自动生化分析仪 grammar:A依赖B']);
  });

  it('reads A系统的前端离不开B', () => {
    expect(
      pairs('超声系统的前端离不开高压脉冲发射芯片，后端图像处理则依靠FPGA。', {
        高压脉冲发射芯片: 'Component',
      }),
    ).toEqual([
      'PART_OF FPGA -> 超声诊断设备 grammar:A依赖B',
      'PART_OF 高压脉冲发射芯片 -> 超声诊断设备 grammar:A依赖B',
    ]);
  });

  it('reads A则配备B, and nothing where a vehicle is fitted with machines', () => {
    expect(
      pairs('新的3.0T磁共振扫描仪则配备无液氦超导磁体，毋须定期补充液氦。', {
        磁共振扫描仪: 'Equipment',
        无液氦超导磁体: 'Component',
      }),
    ).toEqual(['PART_OF 无液氦超导磁体 -> 磁共振扫描仪 grammar:A包括B']);
    expect(
      pairs('每辆负压救护车配备了除颤仪和呼吸机。', { 负压救护车: 'Equipment', 除颤仪: 'Equipment' }),
    ).toEqual([]);
  });
});

describe('the machine a text goes on about', () => {
  it('reads 整机主要由B、C构成 after the sentence that names the one machine, parts named there or not', () => {
    expect(
      pairs(
        '一台彩色多普勒超声诊断仪，看起来只是一台主机加几把探头。整机主要由超声探头、波束合成模块和显示器构成。',
        {
          彩色多普勒超声诊断仪: 'Equipment',
          超声探头: 'Component',
          波束合成模块: 'Component',
          显示器: 'Component',
        },
      ).filter((p) => p.includes('该产品')),
    ).toEqual([
      'PART_OF 显示器 -> 彩色多普勒超声诊断仪 grammar:该产品由B组成',
      'PART_OF 波束合成模块 -> 彩色多普勒超声诊断仪 grammar:该产品由B组成',
      'PART_OF 超声探头 -> 彩色多普勒超声诊断仪 grammar:该产品由B组成',
    ]);
    expect(
      pairs('呼吸机和麻醉机都是手术室常用设备。整机由涡轮风机和比例阀组成。', {
        麻醉机: 'Equipment',
        涡轮风机: 'Component',
        比例阀: 'Component',
      }),
    ).toEqual([]);
  });

  it('reads a later clause about what the same machine relies on, not a maker that relies on a supplier', () => {
    const known = { 高压脉冲发射芯片: 'Component', FPGA芯片: 'Component', GPU芯片: 'Component' } as const;
    expect(
      pairs('超声系统的前端离不开高压脉冲发射芯片，后端图像处理则依靠FPGA芯片和GPU芯片。', known),
    ).toEqual([
      'PART_OF FPGA芯片 -> 超声诊断设备 grammar:A依赖B',
      'PART_OF GPU芯片 -> 超声诊断设备 grammar:A依赖B',
      'PART_OF 高压脉冲发射芯片 -> 超声诊断设备 grammar:A依赖B',
    ]);
    expect(
      pairs('超声系统的前端离不开高压脉冲发射芯片，而国内厂商则依靠FPGA芯片厂商的支持。', known),
    ).toEqual(['PART_OF 高压脉冲发射芯片 -> 超声诊断设备 grammar:A依赖B']);
  });
});

describe('a bare head written after the one part named with it', () => {
  const known = { 工作电极: 'Component', 参比电极: 'Component', 对电极: 'Component' } as const;
  const electrodes = (text: string) => pairs(text, known).filter((p) => p.includes('电极 ->'));

  it('reads 探针上通常有… as parts of the 柔性探针 named before', () => {
    expect(
      electrodes(
        '传感器是CGM最核心的部件。它由柔性探针、底座和医用胶贴构成，探针长约5毫米。探针上通常有工作电极、参比电极和对电极。',
      ),
    ).toEqual([
      'PART_OF 参比电极 -> 柔性探针 grammar:A包括B',
      'PART_OF 对电极 -> 柔性探针 grammar:A包括B',
      'PART_OF 工作电极 -> 柔性探针 grammar:A包括B',
    ]);
  });

  it('reads nothing where two parts share the head', () => {
    expect(
      electrodes(
        '传感器是CGM最核心的部件。它由柔性探针、微型探针、底座和医用胶贴构成。探针上通常有工作电极、参比电极和对电极。',
      ),
    ).toEqual([]);
  });
});

describe('a list with members the reading did not name', () => {
  it('reads the named members of A的B、C和D when C is unnamed, and nothing past a clause mark', () => {
    const known = { 手术机器人: 'Equipment', 谐波减速器: 'Component', 伺服电机: 'Component' } as const;
    // 编码盘 may or may not be named by discovery: the two named parts count either way.
    expect(
      pairs('国产手术机器人的谐波减速器、编码盘和伺服电机，目前仍多由海外厂商供应。', known).filter(
        (p) => !p.includes('编码盘'),
      ),
    ).toEqual([
      'PART_OF 伺服电机 -> 手术机器人 grammar:A的B',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A的B',
    ]);
    expect(pairs('国产手术机器人的谐波减速器仍多由海外厂商供应，伺服电机已实现自产。', known)).toEqual([
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A的B',
    ]);
  });
});
