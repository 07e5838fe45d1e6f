// How features and reports name a machine's parts through a class of parts: the class after a pointer
// (`手术机器人…。其核心零部件包括B、C`, `该设备的关键部件有B`, `以A为例，其核心部件包括B`), never the class
// itself as a part or a whole; parts written by their head alone in such lists (`编码器`, `球管`, `镜头`);
// and a thing of the kind its user is (`目前多采用MEMS麦克风`) that is no part of it.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const ROBOT = { 谐波减速器: 'Component', 伺服电机: 'Component', 六维力传感器: 'Component' } as const;

describe('a class of parts after a pointer', () => {
  it('reads 其核心零部件包括 after the sentence that names the machine, or its clause', () => {
    const parts = (rule: string) => [
      `PART_OF 伺服电机 -> 手术机器人 ${rule}`,
      `PART_OF 六维力传感器 -> 手术机器人 ${rule}`,
      `PART_OF 谐波减速器 -> 手术机器人 ${rule}`,
    ];
    expect(
      pairs('手术机器人是高端医疗装备的代表。其核心零部件包括谐波减速器、伺服电机和六维力传感器。', ROBOT),
    ).toEqual(parts('grammar:A…。其核心部件包括B'));
    expect(
      pairs('手术机器人是高端医疗装备的代表，其核心零部件包括谐波减速器、伺服电机和六维力传感器。', ROBOT),
    ).toEqual(parts('grammar:A…，其B'));
  });

  it('reads 该设备的关键部件有, 它的核心部件为 and 以A为例，其核心部件包括', () => {
    expect(
      pairs('全自动化学发光免疫分析仪近年来国产替代加速。该设备的关键部件有光电倍增管、加样针和温控模块。', {
        全自动化学发光免疫分析仪: 'Equipment',
        光电倍增管: 'Component',
        加样针: 'Component',
        温控模块: 'Component',
      }),
    ).toEqual([
      'PART_OF 光电倍增管 -> 全自动化学发光免疫分析仪 grammar:A…。其核心部件包括B',
      'PART_OF 加样针 -> 全自动化学发光免疫分析仪 grammar:A…。其核心部件包括B',
      'PART_OF 温控模块 -> 全自动化学发光免疫分析仪 grammar:A…。其核心部件包括B',
    ]);
    expect(
      pairs('植入式心脏起搏器体积只有火柴盒大小。它的核心部件为脉冲发生器和电极导线。', {
        植入式心脏起搏器: 'Equipment',
        脉冲发生器: 'Component',
        电极导线: 'Component',
      }),
    ).toEqual([
      'PART_OF 电极导线 -> 植入式心脏起搏器 grammar:A…。其核心部件包括B',
      'PART_OF 脉冲发生器 -> 植入式心脏起搏器 grammar:A…。其核心部件包括B',
    ]);
    expect(
      pairs('以直线加速器为例，其核心部件包括加速管、磁控管和多叶准直器。', {
        直线加速器: 'Equipment',
        加速管: 'Component',
        磁控管: 'Component',
        多叶准直器: 'Component',
      }),
    ).toEqual([
      'PART_OF 加速管 -> 直线加速器 grammar:A…，其B',
      'PART_OF 多叶准直器 -> 直线加速器 grammar:A…，其B',
      'PART_OF 磁控管 -> 直线加速器 grammar:A…，其B',
    ]);
  });

  it('points to a part that opens the sentence before as its subject', () => {
    expect(
      pairs('涡轮风机是呼吸机的心脏。其核心零部件包括叶轮和无刷电机。', {
        涡轮风机: 'Component',
        叶轮: 'Component',
        无刷电机: 'Component',
      }).filter((p) => p.includes('-> 涡轮风机')),
    ).toEqual([
      'PART_OF 叶轮 -> 涡轮风机 grammar:A…。其核心部件包括B',
      'PART_OF 无刷电机 -> 涡轮风机 grammar:A…。其核心部件包括B',
    ]);
  });

  it('gives nothing when the sentence before names two machines, and never makes the class a whole or a part', () => {
    const VENT = { 涡轮风机: 'Component', 比例阀: 'Component' } as const;
    expect(pairs('呼吸机和监护仪的国产化率已经超过七成。其核心零部件包括涡轮风机和比例阀。', VENT)).toEqual(
      [],
    );
    expect(pairs('关键零部件包括涡轮风机和比例阀。', VENT)).toEqual([]);
    // A kind of parts before a class head is a class too: its members are no parts of it.
    const CHIPS = { FPGA: 'Component', ADC: 'Component', 电源管理芯片: 'Component' } as const;
    expect(pairs('公司采购的电子元器件包括FPGA、ADC和电源管理芯片等，其中FPGA依赖进口。', CHIPS)).toEqual([]);
    expect(pairs('光学元件包括镜片和棱镜。', { 镜片: 'Component', 棱镜: 'Component' })).toEqual([]);
    expect(
      pairs('手术机器人是高端医疗装备的代表，其核心零部件包括谐波减速器和伺服电机。', ROBOT).filter(
        (p) => p.includes('零部件') || p.includes('核心 '),
      ),
    ).toEqual([]);
  });
});

describe('parts written by their head alone', () => {
  it('reads 编码器, 球管, 镜头 and 光源 as parts in a list of them', () => {
    expect(
      pairs('手术机器人的核心零部件包括谐波减速器、伺服电机和编码器。', ROBOT).filter((p) =>
        p.includes('编码器'),
      ),
    ).toEqual(['PART_OF 编码器 -> 手术机器人 grammar:A的核心部件B']);
    expect(pairs('CT所需的球管、高压发生器等核心部件仍依赖进口。', { 高压发生器: 'Component' })).toEqual([
      'PART_OF 球管 -> 计算机断层扫描仪 grammar:A所需的B',
      'PART_OF 高压发生器 -> 计算机断层扫描仪 grammar:A所需的B',
    ]);
    expect(pairs('内窥镜的关键部件有镜头、光源和图像传感器。', { 图像传感器: 'Component' })).toEqual([
      'PART_OF 光源 -> 医用内窥镜 grammar:A的核心部件B',
      'PART_OF 图像传感器 -> 医用内窥镜 grammar:A的核心部件B',
      'PART_OF 镜头 -> 医用内窥镜 grammar:A的核心部件B',
    ]);
  });

  it('keeps a bare 芯片 a class', () => {
    expect(pairs('CT的关键零部件包括球管和芯片。')).toEqual([
      'PART_OF 球管 -> 计算机断层扫描仪 grammar:A的核心部件B',
    ]);
  });
});

describe('a kind of its user', () => {
  it('gives no part for 麦克风…，目前多采用MEMS麦克风', () => {
    expect(
      pairs('麦克风把声音转换成电信号，目前多采用MEMS麦克风。', {
        麦克风: 'Component',
        MEMS麦克风: 'Component',
      }),
    ).toEqual([]);
  });
});
