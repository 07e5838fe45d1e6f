// Technologies as plans, annual reports, broker research, trade press (mainland, Hong Kong, Taiwan)
// and reviews name them: a technique before 技术 or 工艺 (`荧光成像技术`, `MEMS工艺`), a name glossed
// with its Latin abbreviation (`窄带成像（NBI）技术`), and the members of a list of key technologies or
// processes (`A、B等关键技术`, `A和B等工序`, `以A和B为代表的…技术`). A part or device listed among key
// technologies stays a part; generic runs (`检测技术`, `管理技术`) and lists of places, firms or fields
// name no technology.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const technologies = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === 'Technology')
    .map((d) => d.name)
    .sort();

describe('techniques before 技术 and 工艺', () => {
  it.each([
    [
      '报告期内，公司掌握了单晶探头技术、平面波成像技术和剪切波弹性成像技术等多项核心技术。',
      ['剪切波弹性成像技术', '平面波成像技术'],
    ],
    [
      '重点发展低剂量迭代重建技术、动态平板图像处理技术，提升DR整机性能。',
      ['低剂量迭代重建技术', '动态平板图像处理技术'],
    ],
    [
      '该型号内镜具备窄带成像（NBI）技术与荧光成像技术，可提高早期病变检出率。',
      ['窄带成像（NBI）技术', '荧光成像技术'],
    ],
    ['近年来，飞行时间（TOF）技术已成为高端PET-CT的标配。', ['飞行时间（TOF）技术']],
    ['传感器芯片采用MEMS工艺制造，封装后体积不足1立方毫米。', ['MEMS']],
    ['该产品基于MEMS技术设计，集成了温度传感器和压力传感器。', ['MEMS技术']],
    ['手术中，系统借助电磁导航技术，把术前规划的路径叠加在实时画面上。', ['电磁导航技术']],
    ['采用基于深度学习的图像重建技术，可将扫描时间缩短一半。', ['图像重建技术']],
  ])('reads %s', (sentence, names) => {
    expect(technologies(sentence)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    '推进医疗器械生产技术、检测技术和管理技术升级。',
    '研发具有自主知识产权的医学影像技术、临床检验技术、手术治疗技术。',
    '依托国家级技术中心，公司的成像技术和软件技术处于国内领先水平。',
    '加强关键核心技术攻关，强化技术创新能力。',
  ])('reads no technique in %s', (sentence) => {
    expect(technologies(sentence)).toEqual([]);
  });
});

describe('lists of key technologies and processes', () => {
  it.each([
    [
      '重点突破微机电系统（MEMS）、柔性电子、生物3D打印等关键技术。',
      ['微机电系统（MEMS）', '柔性电子', '生物3D打印'],
    ],
    [
      '攻克术中导航、手术规划、力反馈控制等共性技术，推动手术机器人迭代升级。',
      ['力反馈控制', '手术规划', '术中导航'],
    ],
    [
      '可穿戴传感器通过低功耗蓝牙（BLE）、近场通信（NFC）等无线技术与手机连接。',
      ['低功耗蓝牙（BLE）', '近场通信（NFC）'],
    ],
    ['纯镁需再经激光切割、电化学抛光等工序加工成支架。', ['激光切割', '电化学抛光']],
    ['镁合金经热挤压和微弧氧化等制备与表面改性工艺处理后，耐蚀性明显提升。', ['微弧氧化', '热挤压']],
    [
      '公司已掌握多层共挤、精密注塑、激光焊接等核心工艺，产品覆盖导管和球囊。',
      ['多层共挤', '激光焊接', '精密注塑'],
    ],
    [
      '公司主要采用精密加工、真空钎焊和动平衡校正等关键工艺生产CT球管。',
      ['动平衡校正', '精密加工', '真空钎焊'],
    ],
    [
      '以电子束熔融和激光选区熔化为代表的金属3D打印技术，可以直接打印出多孔结构。',
      ['激光选区熔化', '电子束熔融'],
    ],
    ['围绕高端医疗装备，布局增材制造、智能传感、柔性电子等前沿技术研究。', ['智能传感', '柔性电子']],
    [
      '联影医疗持续加大研发投入，在光子计数、深度学习重建等前沿技术上取得突破。',
      ['光子计数', '深度学习重建'],
    ],
    [
      '加快人工智能辅助诊断、手术导航、远程医疗等技术在基层医疗机构的推广应用。',
      ['人工智能辅助诊断', '手术导航'],
    ],
    [
      '我国企业在手术机器人领域掌握了主从遥操作、力反馈和三维视觉等关键技术。',
      ['三维视觉', '主从遥操作', '力反馈'],
    ],
  ])('reads the members of %s', (sentence, names) => {
    expect(technologies(sentence)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    // Parts and devices listed among key technologies are parts and devices.
    '突破CT球管、超导磁体、平板探测器等关键技术，提升核心部件配套能力。',
    '重点攻关高场强超导磁共振、光子计数CT等关键技术和产品。',
    // A technique's shape alone, in a list most of whose members have none.
    '发展病灶识别、病理分型、心电图信号判读等自动诊断技术。',
    '北京、上海和深圳等城市技术领先。',
    '联影、迈瑞和东软等企业技术实力较强。',
    '加强产品设计、工艺验证和质量管理等方面的技术能力。',
  ])('reads no technology in %s', (sentence) => {
    expect(technologies(sentence)).toEqual([]);
  });

  it('reads no business or body as a member: 数字孪生医院 among 新技术新业态', () => {
    expect(technologies('人工智能辅助诊断、5G远程手术、数字孪生医院等新技术新业态不断涌现。')).not.toContain(
      '数字孪生医院',
    );
  });
});

describe('methods named by 法 and who develops a technique', () => {
  it.each([
    ['LYSO晶体以氧化镥和二氧化硅为原料，用提拉法生长而成。', ['提拉法']],
    ['铌三锡线材多采用内锡法制备，也可以青铜法生产。', ['内锡法', '青铜法']],
    ['以溶胶-凝胶法合成纳米羟基磷灰石。', ['溶胶-凝胶法']],
  ])('reads %s', (sentence, names) => {
    expect(technologies(sentence)).toEqual(expect.arrayContaining(names));
  });

  it.each(['采用传统方法制备，成本较低。', '通过新方法制备样品。'])('reads no method in %s', (sentence) => {
    expect(technologies(sentence)).toEqual([]);
  });

  it('reads no developer into a name: 協助廠商與法人合作開發膜材紡絲技術', () => {
    const names = technologies('協助廠商與法人合作開發膜材紡絲技術；衛福部也開闢優先審查管道。');
    expect(names.some((n) => n.includes('法人'))).toBe(false);
  });
});

describe('enabling technologies named without 技术', () => {
  const graphed = (text: string): string[] =>
    contextOf(text)
      .model.discovered.filter((d) => d.label === 'Technology' && d.confidence >= 0.6)
      .map((d) => d.name);

  it('reads a named technology as the means of a verb or the subject of a clause', () => {
    expect(graphed('新款机型开始改用可充电的锂离子电池，并通过蓝牙与手机连接。')).toEqual(['蓝牙']);
    expect(graphed('柔性电子的进步推动医用传感器从刚性、外置走向柔软、贴身。')).toEqual(['柔性电子']);
    expect(graphed('医院将利用区块链和机器学习技术提升数据安全。').sort()).toEqual(['区块链', '机器学习']);
  });

  it('reads none where the name modifies a part or a place after it', () => {
    const names = technologies(
      '接收器内部集成了模拟前端芯片、低功耗蓝牙芯片和纽扣电池，并建设数字孪生医院。',
    );
    expect(names).not.toContain('蓝牙');
    expect(names).not.toContain('数字孪生');
  });
});

describe('lists labelled as technologies', () => {
  it('reads every member of a line labelled 关键技术：, a thing among them excepted', () => {
    const t = technologies('关键技术：蒙特卡罗剂量计算、放疗云计划、实时运动管理与门控。');
    expect(t).toEqual(['实时运动管理与门控', '放疗云计划', '蒙特卡罗剂量计算']);
  });

  it('reads the list alone under a heading 4. 关键技术, and no field in the heading', () => {
    const text = [
      '4. 关键技术',
      '在线自适应放疗、人工智能自动勾画、FLASH超高剂量率放疗。',
      '',
      '3. 重点产品',
      '质子治疗系统、碳离子治疗系统。',
    ].join('\n');
    expect(technologies(text)).toEqual(
      expect.arrayContaining(['FLASH超高剂量率放疗', '人工智能自动勾画', '在线自适应放疗']),
    );
    expect(
      contextOf(text)
        .model.discovered.filter((d) => d.label === 'Domain')
        .map((d) => d.name),
    ).not.toContain('关键技术');
  });

  it('keeps a part named in such a list a part (旋转机架), and reads nothing from a clause', () => {
    expect(technologies('关键技术：笔形束扫描、质子CT成像、超导旋转机架。')).not.toContain('超导旋转机架');
    expect(technologies('关键技术：我们要加强产学研合作，推进成果转化。')).toEqual([]);
  });
});
