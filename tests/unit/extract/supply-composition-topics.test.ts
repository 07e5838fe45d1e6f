// What a device is made of when the sentence does not name the whole right before its parts: a
// count of parts closes the list (`可以分为A、B和C三大部分`), the words say "parts" (`主要部件有`),
// a clause speaks of the sentence's topic (`…，主要由B组成`, `…，内部却集成了B、C`, `…，其泵头由…`),
// or a whole needs a count of a part (`每台透析机要用到二十多个电磁阀`). Sentences in the wording of
// supply-chain features on dialysis machines, pacemakers and surgical robots.
import { describe, expect, it } from 'vitest';
import { supplyPhrases } from '../../../server/extract/rules/supply-phrases';
import { contextOf } from './seed-data';

/** `part -> whole rule`, by node name, sorted. */
const pairs = (text: string): string[] => {
  const { ctx, model } = contextOf(text);
  const name = new Map<string, string>([
    ...ctx.curated.lexicon.map((e): [string, string] => [e.id, e.name]),
    ...model.discovered.map((d): [string, string] => [d.id, d.name]),
  ]);
  return supplyPhrases(ctx)
    .map((e) => `${name.get(e.source) ?? e.source} -> ${name.get(e.target) ?? e.target} ${e.rule ?? ''}`)
    .sort();
};

describe('composition without the whole right before its parts', () => {
  it('reads A可以分为B、C和D三大部分 as parts of A, the count being no part of D', () => {
    expect(pairs('一台血液透析机可以分为体外循环系统、透析液供给系统和监测报警系统三大部分。')).toEqual([
      '体外循环系统 -> 血液透析机 grammar:A包括B',
      '监测报警系统 -> 血液透析机 grammar:A包括B',
      '透析液供给系统 -> 血液透析机 grammar:A包括B',
    ]);
  });

  it('reads no parts from 分为 a list of kinds without a count of parts', () => {
    expect(pairs('超声探头由晶片和声透镜组成。探头可分为线阵探头、凸阵探头和相控阵探头等。')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^线阵探头 -> /)]),
    );
  });

  it('reads A主要部件有B、C and 含有 as parts of A', () => {
    expect(pairs('程控仪主要部件有程控头、主机和打印机。')).toEqual([
      '主机 -> 程控仪 grammar:A包括B',
      '打印机 -> 程控仪 grammar:A包括B',
      '程控头 -> 程控仪 grammar:A包括B',
    ]);
    expect(pairs('监测报警系统含有漏血探测器、温度传感器和电导率监测模块，任何一项超限都会报警。')).toEqual([
      '温度传感器 -> 监测报警系统 grammar:A包括B',
      '漏血探测器 -> 监测报警系统 grammar:A包括B',
      '电导率监测模块 -> 监测报警系统 grammar:A包括B',
    ]);
  });

  it('reads a clause about the sentence topic: A负责…，主要部件有B、C', () => {
    expect(
      pairs(
        '血液透析机分为体外循环系统和透析液供给系统两部分。体外循环系统负责把患者的血液引出体外再送回体内，主要部件有血泵、肝素泵和空气探测器。',
      ).filter((p) => p.includes('-> 体外循环系统')),
    ).toEqual([
      '空气探测器 -> 体外循环系统 grammar:A…，主要由B组成',
      '肝素泵 -> 体外循环系统 grammar:A…，主要由B组成',
      '血泵 -> 体外循环系统 grammar:A…，主要由B组成',
    ]);
  });

  it('reads a clause about the topic whose list opens with a material: A俗称…，主要由M、B和C组装而成', () => {
    // The hollow fibre membrane is a material of the seeds' lexicon; the machine in the relative clause
    // (`与透析机配套使用的`) is no topic.
    expect(
      pairs(
        '透析器俗称“人工肾”，是与透析机配套使用的一次性耗材，主要由中空纤维膜、外壳和端盖组装而成，中空纤维膜多用聚砜或聚醚砜。',
      ).filter((p) => p.includes('-> 透析')),
    ).toEqual([
      '中空纤维膜 -> 透析器 grammar:A…，主要由B组成',
      '外壳 -> 透析器 grammar:A…，主要由B组成',
      '端盖 -> 透析器 grammar:A…，主要由B组成',
    ]);
  });

  it('reads A…，内部却集成了B、C和D四类关键部件 as parts of the topic A', () => {
    expect(
      pairs(
        '起搏系统包括脉冲发生器和电极导线。其中，脉冲发生器体积只有火柴盒大小，内部却集成了电池、混合集成电路、传感器和连接头四类关键部件。',
      ).filter((p) => p.includes('-> 脉冲发生器')),
    ).toEqual([
      '传感器 -> 脉冲发生器 grammar:A…，主要由B组成',
      '混合集成电路 -> 脉冲发生器 grammar:A…，主要由B组成',
      '电池 -> 脉冲发生器 grammar:A…，主要由B组成',
      '连接头 -> 脉冲发生器 grammar:A…，主要由B组成',
    ]);
  });

  it('reads 其B由C、D组成 after a topic A: B is a part of A and C, D parts of B', () => {
    expect(
      pairs('血泵是血液透析机最核心的部件之一，多为蠕动式设计，其泵头由转子、滚轮和泵管卡座组成。'),
    ).toEqual(
      expect.arrayContaining([
        '泵头 -> 血泵 grammar:A…，其B',
        '转子 -> 泵头 grammar:A由B组成',
        '滚轮 -> 泵头 grammar:A由B组成',
        '泵管卡座 -> 泵头 grammar:A由B组成',
      ]),
    );
  });

  it('reads 每条A需要多个B，而B由C、D构成: B a part of A, a whole named only in the clause before', () => {
    expect(
      pairs(
        '机械臂是手术机器人最核心的部件。每条机械臂需要多个关节模组，而关节模组由谐波减速器、无框力矩电机、编码器和制动器构成。',
      ),
    ).toEqual(
      expect.arrayContaining([
        '关节模组 -> 机械臂 grammar:A需要多个B',
        '谐波减速器 -> 关节模组 grammar:A由B组成',
        '制动器 -> 关节模组 grammar:A由B组成',
      ]),
    );
    expect(pairs('每台呼吸机要用到十多个电磁阀，电磁阀又包括线圈、阀芯和阀座等部件。')).toEqual([
      '电磁阀 -> 呼吸机 grammar:A需要多个B',
      '线圈 -> 电磁阀 grammar:A包括B',
      '阀座 -> 电磁阀 grammar:A包括B',
      '阀芯 -> 电磁阀 grammar:A包括B',
    ]);
  });

  it('reads A包括植入体内的B、C，以及…的D of an assembly: parts named without their relative clauses', () => {
    const { model } = contextOf(
      '一套完整的起搏系统包括植入体内的脉冲发生器、电极导线，以及医生在体外使用的程控仪。',
    );
    const parts = model.discovered.filter((d) => d.label === 'Component').map((d) => d.name);
    expect(parts).toEqual(expect.arrayContaining(['脉冲发生器', '电极导线', '程控仪']));
    expect(parts.filter((n) => n.includes('的'))).toEqual([]);
  });

  it('reads no topic parts from a clause about people or a list of companies', () => {
    expect(pairs('透析机市场集中度较高，主要由费森尤斯、贝朗和日机装等企业供应。')).toEqual([]);
    expect(pairs('联合体由医疗器械生产企业和医疗机构组成，包括医院、高校和企业。')).toEqual([]);
  });

  it('reads 该系统包括B、C after a device the sentence opens with, and 其B of a topic after a lead clause', () => {
    expect(
      pairs(
        '一款用于冠状动脉介入治疗的血管内光学相干断层成像系统同期获批，该系统包括成像主机、光纤旋转接头和与之配套的一次性使用成像导管。',
      ),
    ).toEqual([
      '一次性使用成像导管 -> 血管内光学相干断层成像系统 grammar:A…，主要由B组成',
      '光纤旋转接头 -> 血管内光学相干断层成像系统 grammar:A…，主要由B组成',
      '成像主机 -> 血管内光学相干断层成像系统 grammar:A…，主要由B组成',
    ]);
    expect(pairs('影像方面，一台磁共振成像系统获准上市，其梯度线圈采用新型绕制工艺。')).toEqual(
      expect.arrayContaining(['梯度线圈 -> 磁共振成像设备 grammar:A…，其B']),
    );
  });

  it('reads A的B通常采用Y as B a part of A, and nothing of 这类A的B, whose A is named elsewhere', () => {
    expect(pairs('磁共振成像设备的磁体一般采用铌钛超导线绕制。')).toContain(
      '磁体 -> 磁共振成像设备 grammar:A的B采用Y',
    );
    expect(
      pairs('这类磁共振成像设备的磁体一般采用铌钛超导线绕制。').filter((p) => p.startsWith('磁体 ->')),
    ).toEqual([]);
  });
});
