// Lists that say what a thing is made of name parts: their members are components as written, also
// when they end in an equipment head (系统) or in none (物镜), and never when they are people,
// trades or measurements.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] =>
  contextOf(text).model.discovered.map((d) => `${d.label}:${d.name}`);

describe('part lists (由A、B和C组成, X包括A、B)', () => {
  it('reads the parts of a navigation system approval: 该产品由主机、机械臂、定位器……组成', () => {
    const names = discovered('该产品由主机、机械臂、定位器、连接器、脚踏开关和立体定向规划系统软件组成。');
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:主机',
        'Component:机械臂',
        'Component:定位器',
        'Component:连接器',
        'Component:脚踏开关',
        'Component:立体定向规划系统软件',
      ]),
    );
  });

  it('reads subsystems named with 系统 as parts, and the parts of a part after 包括', () => {
    const names = discovered(
      '该产品由加速器系统和治疗系统两部分构成。加速器系统包括注入器系统、低能传输系统、主加速器系统、高能束流传输系统和辅助电气系统,治疗系统包括固定束治疗系统、180°旋转束治疗系统和治疗计划系统。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:加速器系统',
        'Component:治疗系统',
        'Component:注入器系统',
        'Component:高能束流传输系统',
        'Component:180°旋转束治疗系统',
        'Component:治疗计划系统',
      ]),
    );
    expect(names.filter((n) => n.startsWith('Equipment:') && n.endsWith('系统'))).toEqual([]);
  });

  it('splits CCD(电荷耦合器件)/CMOS(互补金属氧化半导体)光电传感器 into two parts, glosses dropped', () => {
    const names = discovered(
      '电子内窥镜则一般由CCD(电荷耦合器件)/CMOS(互补金属氧化半导体)光电传感器、显示器、计算机和图像处理器组合而成。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:CCD光电传感器',
        'Component:CMOS光电传感器',
        'Component:显示器',
        'Component:图像处理器',
      ]),
    );
  });

  it('keeps the two ends of a conversion in one part: A/D转换芯片, AC/DC电源模块', () => {
    const names = discovered('探测器的核心部件包括闪烁晶体、A/D转换芯片和AC/DC电源模块。');
    expect(names).toEqual(expect.arrayContaining(['Component:A/D转换芯片', 'Component:AC/DC电源模块']));
    for (const fragment of ['A转换芯片', 'D转换芯片', 'AC电源模块', 'DC电源模块'])
      expect(names).not.toContain(`Component:${fragment}`);
  });

  it('reads 镜体系统包括… after 镜体由…组成 (a known whole with a class noun)', () => {
    const names = discovered(
      '镜体由物镜、传像元件、目镜、照明元件和辅助元件等组成。拿纤维内镜来说,镜体系统包括目镜、旋钮、钳道口、光束接口、导像束和导光束。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:物镜',
        'Component:传像元件',
        'Component:钳道口',
        'Component:导像束',
      ]),
    );
  });

  it.each([
    '健康产业由健康服务和健康生产两部分组成。',
    '联合体由医疗器械生产企业和医疗机构组成。',
    '该产品由主机和探头组成。该产品性能指标包括定位误差、重复定位精度、机械臂工作范围。',
    '该产品临床使用流程包括术前计划、术中注册和术中引导。',
  ])('reads no parts that are trades, bodies, measurements or steps in %s', (sentence) => {
    const names = discovered(sentence);
    expect(names.filter((n) => /服务|生产|企业|机构|误差|精度|范围|计划|注册|引导/.test(n))).toEqual([]);
  });

  it('drops a count of parts segmented as two numerals (三/m 大部分/m) from the last member', () => {
    const names = discovered('一台腔镜手术机器人通常由医生控制台、患者手术平台和影像处理平台三大部分组成。');
    expect(names).toEqual(
      expect.arrayContaining(['Component:医生控制台', 'Component:患者手术平台', 'Component:影像处理平台']),
    );
    expect(names.filter((n) => n.includes('大部分'))).toEqual([]);
  });

  it('reads 探头内部由A、匹配层、背衬层和B叠合而成: a locative before 由, layers ending in a measure word', () => {
    const names = discovered(
      '超声诊断仪由主机和若干只探头组成。探头内部由压电晶片、匹配层、背衬层和声透镜叠合而成。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Component:压电晶片',
        'Component:匹配层',
        'Component:背衬层',
        'Component:声透镜',
      ]),
    );
  });

  it('makes a whole named in the clause before its parts a part itself: 需要多个关节模组，而关节模组由…构成', () => {
    const names = discovered(
      '每条机械臂需要多个关节模组，而关节模组由谐波减速器、无框力矩电机、编码器和制动器构成。',
    );
    expect(names).toEqual(
      expect.arrayContaining(['Component:关节模组', 'Component:无框力矩电机', 'Component:制动器']),
    );
  });

  it('reads X是Y最核心的部件 and 其X由… as naming X a part', () => {
    expect(discovered('机械臂是手术机器人最核心的部件。')).toContain('Component:机械臂');
    expect(discovered('血泵多为蠕动式设计，其泵头由转子、滚轮和泵管卡座组成。')).toEqual(
      expect.arrayContaining(['Component:泵头', 'Component:转子', 'Component:泵管卡座']),
    );
  });

  it('reads lists that say they are of parts whatever the subject: 主要部件有, a count of parts, 等部件', () => {
    expect(discovered('体外循环系统负责引血，主要部件有血泵、肝素泵和空气探测器。')).toEqual(
      expect.arrayContaining(['Component:肝素泵', 'Component:空气探测器']),
    );
    expect(
      discovered('脉冲发生器体积很小，内部却集成了电池、混合集成电路、传感器和连接头四类关键部件。'),
    ).toEqual(expect.arrayContaining(['Component:电池', 'Component:连接头']));
    expect(discovered('每台呼吸机要用到十多个电磁阀，电磁阀又包括线圈、阀芯和阀座等部件。')).toEqual(
      expect.arrayContaining(['Component:线圈', 'Component:阀芯', 'Component:阀座']),
    );
  });

  it.each([
    '透析机市场主要由费森尤斯、贝朗和日机装等企业供应。',
    '该中心主要部件有专家委员会、技术评审组和办公室。',
    '诊疗流程可以分为术前计划、术中注册和术后随访三大部分。',
  ])('reads no parts from lists of companies, bodies or steps in %s', (sentence) => {
    expect(
      discovered(sentence).filter((n) => /企业|委员会|评审组|办公室|计划|注册|随访|费森尤斯|贝朗/.test(n)),
    ).toEqual([]);
  });

  it('reads a thing of a thing said to be made of something as a part: 其柔轮一般采用Y, A的外壳通常采用Y', () => {
    expect(discovered('谐波减速器体积小，其柔轮一般采用高强度合金钢。')).toContain('Component:柔轮');
    expect(discovered('脉冲发生器的外壳通常采用钛合金，经激光焊接后完全密封。')).toContain('Component:外壳');
    expect(discovered('平衡腔是容量控制的关键，其内部的膜片一般采用硅橡胶制成。')).toContain(
      'Component:膜片',
    );
  });

  it.each(['其关键原料聚砜用来生产中空纤维膜。', '该公司成立于2010年，其产品采用模块化设计。'])(
    'reads no part from a raw material or a product in %s',
    (sentence) => {
      expect(discovered(sentence).filter((n) => /原料|产品/.test(n))).toEqual([]);
    },
  );

  it('reads the parts of an assembly after a colon: 窥镜系统：核心是手柄和镜体', () => {
    expect(discovered('窥镜系统:核心是手柄和镜体。照明系统:主要是照明光源和传光束。')).toEqual(
      expect.arrayContaining(['Component:手柄', 'Component:镜体', 'Component:照明光源', 'Component:传光束']),
    );
  });

  it('reads 该系统包括A、B和与之配套的C: two joiners side by side, the relative clause dropped', () => {
    expect(
      discovered(
        '一款血管内光学相干断层成像系统同期获批，该系统包括成像主机、光纤旋转接头和与之配套的一次性使用成像导管。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Component:成像主机',
        'Component:光纤旋转接头',
        'Component:一次性使用成像导管',
      ]),
    );
  });

  it('reads what is supplied for a thing as its part: 为A配套B, 为A配套B和C, never the firm the list modifies', () => {
    expect(discovered('国内已有多家企业为透析机配套血泵和电磁阀。')).toEqual(
      expect.arrayContaining(['Component:血泵', 'Component:电磁阀']),
    );
    expect(discovered('已有国内电池企业开始为起搏器配套锂碘电池。')).toContain('Component:锂碘电池');
    expect(
      discovered('对为本市医疗器械企业配套超声换能器、X射线探测器的企业给予奖励。').filter((n) =>
        n.includes('奖励'),
      ),
    ).toEqual([]);
  });

  it('reads the name after A的核心部件 when an adverb or a comma closes it', () => {
    expect(discovered('脉冲发生器的核心部件可充电锂离子电池已实现国产。')).toContain(
      'Component:可充电锂离子电池',
    );
    expect(discovered('CT的核心部件价值占比最高。').filter((n) => n.includes('占比'))).toEqual([]);
  });
});
