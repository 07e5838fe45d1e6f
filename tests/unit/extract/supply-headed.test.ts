// A section headed by one thing's name speaks of that thing: a catalogue's or a registration's entry
// (`01 血液透析器`, then `产品描述：通常由B、C组成`) gives the heading's thing the parts of a make-up sentence
// that names no whole of its own; and a 由…组成 list may open with a subsystem read as a device
// (`电子内窥镜系统由内窥镜、图像处理器和冷光源组成`). Sentences in the wording of NMPA catalogues,
// registration notices and inquiry replies.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

const MR = { 梯度线圈: 'Component', 射频线圈: 'Component', 谱仪: 'Component' } as const;
const OXY = { 膜式氧合器: 'Equipment', 中空纤维膜: 'Component', 热交换器: 'Component' } as const;

describe('a make-up sentence without a whole, under a heading that names one thing', () => {
  it("gives a catalogue entry's parts to the thing its heading names", () => {
    expect(
      pairs(
        '06-09 磁共振成像设备\n　01 磁共振成像系统\n　　产品描述：通常由磁体、梯度线圈、射频线圈、谱仪和计算机系统组成。\n　　管理类别：Ⅲ',
        MR,
      ),
    ).toEqual([
      'PART_OF 射频线圈 -> 磁共振成像设备 grammar:标题A，由B组成',
      'PART_OF 梯度线圈 -> 磁共振成像设备 grammar:标题A，由B组成',
      // The description's members are read as parts though no head ends them (磁体, 谱仪).
      'PART_OF 磁体 -> 磁共振成像设备 grammar:标题A，由B组成',
      'PART_OF 计算机系统 -> 磁共振成像设备 grammar:标题A，由B组成',
      'PART_OF 谱仪 -> 磁共振成像设备 grammar:标题A，由B组成',
    ]);
    expect(pairs('1.膜式氧合器\n主要由中空纤维膜、热交换器和外壳构成。', OXY)).toEqual([
      'PART_OF 热交换器 -> 膜式氧合器 grammar:标题A，由B组成',
      // The seeds' lexicon holds the hollow fibre membrane as a material.
      'USED_IN 中空纤维膜 -> 膜式氧合器 grammar:标题A，由B组成',
    ]);
  });

  it('reads a registration label of the structure, and a device opening the list', () => {
    expect(
      pairs(
        '（一）全自动化学发光免疫分析仪\n结构及组成：由样本处理系统、反应系统、光电倍增管和控制软件组成。',
        { 光电倍增管: 'Component' },
      ),
    ).toEqual([
      'PART_OF 光电倍增管 -> 全自动化学发光免疫分析仪 grammar:标题A，由B组成',
      // Subsystems and software of the structure are its parts as written.
      'PART_OF 反应系统 -> 全自动化学发光免疫分析仪 grammar:标题A，由B组成',
      'PART_OF 控制软件 -> 全自动化学发光免疫分析仪 grammar:标题A，由B组成',
      'PART_OF 样本处理系统 -> 全自动化学发光免疫分析仪 grammar:标题A，由B组成',
    ]);
  });

  it('gives nothing under a heading that is no one thing, or after a label of use', () => {
    // A heading that says more than a name, or a task: the members make up a team, no device.
    expect(pairs('（三）加快发展高端医学影像设备\n通常由高压发生器、平板探测器和图像处理软件组成。')).toEqual(
      [],
    );
    expect(pairs('二、重点任务\n由政府部门、医院和企业共同组成攻关团队。')).toEqual([]);
    // `适用范围：` says what the thing is for.
    expect(pairs('1.膜式氧合器\n适用范围：由中空纤维膜、热交换器供体外循环使用。', OXY)).toEqual([]);
    // The heading holds more than the name (`摄影X射线机` names only the curated `X射线机` of it).
    expect(
      pairs('01 摄影X射线机\n产品描述：通常由高压发生器、平板探测器和限束器组成。', {
        高压发生器: 'Component',
        平板探测器: 'Component',
      }),
    ).toEqual([]);
  });
});

describe('a 由…组成 list that opens with a device', () => {
  it('links its parts, never the device', () => {
    expect(
      pairs('电子内窥镜系统由内窥镜、图像处理器和冷光源组成。', {
        电子内窥镜系统: 'Equipment',
        图像处理器: 'Component',
        冷光源: 'Component',
      }),
    ).toEqual([
      'PART_OF 冷光源 -> 电子内窥镜系统 grammar:A由B组成',
      'PART_OF 图像处理器 -> 电子内窥镜系统 grammar:A由B组成',
    ]);
  });

  it('gives nothing when the list holds devices only', () => {
    expect(pairs('该中心由CT、MR和超声科室组成。')).toEqual([]);
    expect(pairs('杂交手术室由DSA和手术床组成。')).toEqual([]);
  });
});

describe("an approval's entry: 该产品 under a heading that names one thing", () => {
  const SCOPE = {
    一次性使用电子输尿管软镜: 'Component',
    图像处理器: 'Component',
    显示器: 'Component',
    先端部: 'Component',
    弯曲部: 'Component',
    CMOS图像传感器: 'Component',
    图像处理芯片: 'Component',
  } as const;

  it("gives the product's make-up and the parts the line goes on to name to the heading's thing", () => {
    // The heading's thing is read as a part (it is named as one of its own system's parts): the
    // pointer still means it.
    expect(
      pairs(
        '一、一次性使用电子输尿管软镜\n该产品由一次性使用电子输尿管软镜、图像处理器和显示器组成。其中软镜插入部由先端部、弯曲部和插入管组成，先端部内置CMOS图像传感器。',
        SCOPE,
      ),
    ).toEqual([
      'PART_OF CMOS图像传感器 -> 一次性使用电子输尿管软镜 grammar:标题A，由B组成。其C',
      'PART_OF CMOS图像传感器 -> 先端部 grammar:A包括B',
      'PART_OF 先端部 -> 一次性使用电子输尿管软镜 grammar:标题A，由B组成。其C',
      'PART_OF 图像处理器 -> 一次性使用电子输尿管软镜 grammar:标题A，由B组成',
      'PART_OF 弯曲部 -> 一次性使用电子输尿管软镜 grammar:标题A，由B组成。其C',
      'PART_OF 插入管 -> 一次性使用电子输尿管软镜 grammar:标题A，由B组成。其C',
      'PART_OF 显示器 -> 一次性使用电子输尿管软镜 grammar:标题A，由B组成',
    ]);
  });

  it('leaves a material of the line to the part its clause names before it', () => {
    // `平衡腔采用聚砜（PSU）制成`: the polysulfone is the chamber's (read by `A采用B`), not the machine's.
    expect(
      pairs(
        '二、血液透析滤过机\n该产品由体外循环系统、透析液供给系统、超滤控制系统和在线置换液制备系统组成。其中血泵采用蠕动泵，平衡腔采用聚砜（PSU）制成。',
        { 血液透析滤过机: 'Equipment', 血泵: 'Component', 平衡腔: 'Component' },
      ).filter((p) => p.includes('聚砜') || p.includes('PSU')),
    ).toEqual(['USED_IN 聚砜 -> 平衡腔 grammar:A采用B']);
  });

  it("gives the parts the product is said to own (`该产品的B和C`) to the heading's thing", () => {
    expect(
      pairs(
        '一、一次性使用电子输尿管软镜\n产品适用于成人上尿路的观察、诊断和治疗。\n与同类产品相比，该产品的图像处理器和图像处理芯片均为自主研发。',
        SCOPE,
      ),
    ).toEqual([
      'PART_OF 图像处理器 -> 一次性使用电子输尿管软镜 grammar:标题A…该产品的B',
      'PART_OF 图像处理芯片 -> 一次性使用电子输尿管软镜 grammar:标题A…该产品的B',
    ]);
    // A figure of the product names no part; with no heading thing, nothing.
    expect(pairs('二、血液透析滤过机\n该产品的超滤控制精度达到±30mL/h。')).toEqual([]);
    expect(pairs('国家药监局批准4个创新产品注册\n该产品的图像处理芯片为自主研发。', SCOPE)).toEqual([]);
  });

  it('reads the pointer after the label of a certificate field (`结构及组成：该产品由…组成`)', () => {
    // The entry's other fields (产品名称, 注册证编号, 注册人) stand between the heading and the make-up.
    expect(
      pairs(
        '五、医用电子直线加速器\n产品名称：医用电子直线加速器\n注册证编号：国械注准20263050977\n注册人：成都锐束医疗科技有限公司\n结构及组成：该产品由加速管、磁控管、电子枪、多叶准直器和六维治疗床组成。加速管采用无氧铜加工。\n适用范围：用于对恶性肿瘤进行调强放射治疗。',
        { 医用电子直线加速器: 'Equipment', 加速管: 'Component', 磁控管: 'Component' },
      ),
    ).toEqual([
      'PART_OF 六维治疗床 -> 医用电子直线加速器 grammar:标题A，由B组成',
      'PART_OF 加速管 -> 医用电子直线加速器 grammar:标题A，由B组成',
      'PART_OF 多叶准直器 -> 医用电子直线加速器 grammar:标题A，由B组成',
      'PART_OF 电子枪 -> 医用电子直线加速器 grammar:标题A，由B组成',
      'PART_OF 磁控管 -> 医用电子直线加速器 grammar:标题A，由B组成',
      'USED_IN 无氧铜 -> 加速管 grammar:A采用B',
    ]);
    // A field of use names no make-up, pointer or not.
    expect(
      pairs('一、医用电子直线加速器\n适用范围：该产品用于对恶性肿瘤进行放射治疗。', {
        医用电子直线加速器: 'Equipment',
      }),
    ).toEqual([]);
  });
});
