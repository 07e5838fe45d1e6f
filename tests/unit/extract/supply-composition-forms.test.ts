// Composition forms of supply-chain features: a whole pointed back to by its head noun (`这套机器人由…`),
// where each part sits (`由体外的B和体内的C两部分组成`), a count of one part (`由数十个B拼成`), and a part
// of a longer name written over a shorter one (`CT探测器的闪烁体多用…`). Sentences in the wording of
// features on surgical robots, cochlear implants and PET/CT detectors.
import { describe, expect, it } from 'vitest';
import { linesOf, supplyEdges, type KnownLabel } from './supply-pairs';

/** The supply edges, and `TYPE part -> whole rule` by node name, sorted, with `known` names added. */
const pairs = (text: string, known: Readonly<Record<string, KnownLabel>> = {}) => {
  const read = supplyEdges(text, known);
  return { edges: read.edges, list: linesOf(read) };
};

const ROBOT = {
  柔性支气管镜手术机器人: 'Equipment',
  医生控制台: 'Component',
  机器人臂车: 'Component',
  柔性导管: 'Component',
} as const;

describe('a whole pointed back to by its head noun', () => {
  it('reads 据介绍，这套机器人由B、C和D三部分构成 as parts of the one robot named just before', () => {
    const text =
      '日前，一款柔性支气管镜手术机器人获批注册。据介绍，这套机器人由医生控制台、机器人臂车和柔性导管三部分构成。';
    const { edges, list } = pairs(text, ROBOT);
    expect(list).toEqual([
      'PART_OF 医生控制台 -> 柔性支气管镜手术机器人 grammar:该产品由B组成',
      'PART_OF 机器人臂车 -> 柔性支气管镜手术机器人 grammar:该产品由B组成',
      'PART_OF 柔性导管 -> 柔性支气管镜手术机器人 grammar:该产品由B组成',
    ]);
    // Both sentences are the evidence, each quoted exactly.
    const quotes = (edges[0]?.evidence ?? []).map((e) => text.slice(e.start, e.end));
    expect(quotes).toEqual([
      '日前，一款柔性支气管镜手术机器人获批注册。',
      '据介绍，这套机器人由医生控制台、机器人臂车和柔性导管三部分构成。',
    ]);
  });

  it('reads nothing when the device named before is not what the head noun says, or two are named', () => {
    expect(
      pairs(
        '日前，一台血液透析机获批注册。据介绍，这套机器人由医生控制台、机器人臂车和柔性导管三部分构成。',
        {
          ...ROBOT,
          血液透析机: 'Equipment',
        },
      ).list,
    ).toEqual([]);
    expect(
      pairs(
        '医院引进了柔性支气管镜手术机器人和骨科手术机器人。这套机器人由医生控制台、机器人臂车和柔性导管三部分构成。',
        { ...ROBOT, 骨科手术机器人: 'Equipment' },
      ).list,
    ).toEqual([]);
  });
});

describe('parts after 由 with where they sit or how many there are', () => {
  it('reads 由体外的B和体内的C两部分组成', () => {
    expect(
      pairs('人工耳蜗由体外的言语处理器和体内的植入体两部分组成。', {
        人工耳蜗: 'Equipment',
        言语处理器: 'Component',
        植入体: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 植入体 -> 人工耳蜗 grammar:A由B组成',
      'PART_OF 言语处理器 -> 人工耳蜗 grammar:A由B组成',
    ]);
  });

  it('reads 由数十个B拼成环形, and the parts of each B after it', () => {
    expect(
      pairs('PET探测器由数十个探测器模块拼成环形，每个探测器模块又包括闪烁晶体阵列和前端读出电路两部分。', {
        PET探测器: 'Component',
        探测器模块: 'Component',
        闪烁晶体阵列: 'Component',
        前端读出电路: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 前端读出电路 -> 探测器模块 grammar:A包括B',
      'PART_OF 探测器模块 -> PET探测器 grammar:A由B组成',
      'PART_OF 闪烁晶体阵列 -> 探测器模块 grammar:A包括B',
    ]);
  });

  it('reads no parts from 由 that names who made a thing', () => {
    expect(pairs('该机器人由上海企业研发，医生控制台和机器人臂车均已国产。', ROBOT).list).toEqual([]);
  });
});

describe('a discovered name written over a shorter one', () => {
  it('reads CT探测器的闪烁体多用Y as a part of the CT detector, not of the CT', () => {
    const { list } = pairs('CT子系统包括CT球管和CT探测器。CT探测器的闪烁体多用硫氧化钆陶瓷。', {
      CT子系统: 'Component',
      闪烁体: 'Component',
      硫氧化钆陶瓷: 'Material',
    });
    expect(list.filter((p) => p.includes('闪烁体'))).toEqual([
      'PART_OF 闪烁体 -> CT探测器 grammar:A的B采用Y',
      'USED_IN 硫氧化钆陶瓷 -> 闪烁体 grammar:A采用B',
    ]);
  });
});

describe('parts named by what they are to a whole', () => {
  it('reads X的核心是Y as Y part of X', () => {
    expect(
      pairs('前端读出电路的核心是读出ASIC芯片，它把模拟信号转成时间和能量数据。', {
        前端读出电路: 'Component',
        读出ASIC芯片: 'Component',
      }).list,
    ).toEqual(['PART_OF 读出ASIC芯片 -> 前端读出电路 grammar:A：核心是B']);
  });

  it('reads A主要由B、C等部件构成', () => {
    expect(
      pairs('麻醉机主要由气源模块、流量计和蒸发器等部件构成。', {
        麻醉机: 'Equipment',
        气源模块: 'Component',
        流量计: 'Component',
        蒸发器: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 气源模块 -> 麻醉机 grammar:A由B组成',
      'PART_OF 流量计 -> 麻醉机 grammar:A由B组成',
      'PART_OF 蒸发器 -> 麻醉机 grammar:A由B组成',
    ]);
  });

  it('reads X是A和B的共用部件 as X part of both', () => {
    expect(
      pairs('比例电磁阀是呼吸机和麻醉机的共用部件，国内已有企业量产。', {
        比例电磁阀: 'Component',
        呼吸机: 'Equipment',
        麻醉机: 'Equipment',
      }).list,
    ).toEqual([
      'PART_OF 比例电磁阀 -> 呼吸机 grammar:A是B的核心部件',
      'PART_OF 比例电磁阀 -> 麻醉机 grammar:A是B的核心部件',
    ]);
  });

  it('reads 为A配套的B as B part of A', () => {
    expect(
      pairs('企业为血液透析机配套的血泵和电磁阀已实现量产。', {
        血液透析机: 'Equipment',
        血泵: 'Component',
        电磁阀: 'Component',
      }).list,
    ).toEqual(['PART_OF 电磁阀 -> 血液透析机 grammar:A配套B', 'PART_OF 血泵 -> 血液透析机 grammar:A配套B']);
  });
});

describe('a heading that runs into the sentence after it', () => {
  it('reads the topic of the sentence from its own line, not from a caption before it', () => {
    expect(
      pairs(
        '图2：透析器结构示意图\n\n血液灌流器用于清除血液中的中大分子毒素，主要由外壳和吸附剂构成，吸附剂多选用中性大孔吸附树脂。',
        {
          透析器: 'Equipment',
          血液灌流器: 'Equipment',
          外壳: 'Component',
          吸附剂: 'Component',
          中性大孔吸附树脂: 'Material',
        },
      ).list,
    ).toEqual([
      'PART_OF 吸附剂 -> 血液灌流器 grammar:A…，主要由B组成',
      'PART_OF 外壳 -> 血液灌流器 grammar:A…，主要由B组成',
      'USED_IN 中性大孔吸附树脂 -> 吸附剂 grammar:A采用B',
    ]);
  });
});

describe('a part held in or mounted on a part', () => {
  it('reads A内的B and A上的B、C as parts of the part A', () => {
    expect(
      pairs('种植机由主机、脚踏开关和马达手机组成，马达手机内的微型电机长期以进口为主。', {
        种植机: 'Equipment',
        主机: 'Component',
        脚踏开关: 'Component',
        马达手机: 'Component',
        微型电机: 'Component',
      }).list.filter((p) => p.includes('微型电机')),
    ).toEqual(['PART_OF 微型电机 -> 马达手机 grammar:A中的B']);
    expect(
      pairs('控制主板上的主控芯片和电源管理芯片仍以海外品牌为主。', {
        控制主板: 'Component',
        主控芯片: 'Component',
        电源管理芯片: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 主控芯片 -> 控制主板 grammar:A中的B',
      'PART_OF 电源管理芯片 -> 控制主板 grammar:A中的B',
    ]);
  });
});

describe('a modifier of purpose before a narrow head', () => {
  it('reads 专用芯片 as a part, while 关键芯片 and 医用材料 stay classes', () => {
    const known = {
      混合集成电路: 'Component',
      专用芯片: 'Component',
      石英晶体振荡器: 'Component',
      关键芯片: 'Component',
      医用材料: 'Material',
    } as const;
    expect(pairs('混合集成电路则由专用芯片和石英晶体振荡器等元件组装而成。', known).list).toEqual([
      'PART_OF 专用芯片 -> 混合集成电路 grammar:A由B组成',
      'PART_OF 石英晶体振荡器 -> 混合集成电路 grammar:A由B组成',
    ]);
    expect(pairs('混合集成电路由关键芯片、医用材料和石英晶体振荡器组成。', known).list).toEqual([
      'PART_OF 石英晶体振荡器 -> 混合集成电路 grammar:A由B组成',
    ]);
  });
});

describe('a class word after the name of the whole', () => {
  it('reads ECMO系统由B、C和D组成 as parts of the ECMO', () => {
    expect(
      pairs('ECMO系统由离心泵、膜式氧合器和变温水箱组成。', {
        离心泵: 'Component',
        膜式氧合器: 'Component',
        变温水箱: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 变温水箱 -> 体外膜肺氧合机 grammar:A由B组成',
      'PART_OF 离心泵 -> 体外膜肺氧合机 grammar:A由B组成',
      'PART_OF 膜式氧合器 -> 体外膜肺氧合机 grammar:A由B组成',
    ]);
  });
});

describe('the parts a device has', () => {
  it('reads 手术机器人的B、C和D as parts of the robot, whatever the sentence says of them', () => {
    expect(
      pairs('业内人士指出，国产手术机器人的谐波减速器、力传感器和伺服电机仍多由海外厂商供应。', {
        谐波减速器: 'Component',
        力传感器: 'Component',
        伺服电机: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 伺服电机 -> 手术机器人 grammar:A的B',
      'PART_OF 力传感器 -> 手术机器人 grammar:A的B',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A的B',
    ]);
  });

  it('reads no part of a Latin name that is half of a slash pair (CT/MR的B)', () => {
    expect(
      pairs('CT/MR的梯度线圈国产化进展最快。', { 梯度线圈: 'Component' }).list.filter((p) =>
        p.includes('grammar:A的B'),
      ),
    ).toEqual([]);
  });
});

describe('a topic after a count with a modifier, and a list after 其', () => {
  it('reads 其中，一款5.0T超导磁共振成像系统…，其超导磁体和梯度线圈均由… as parts of the scanner', () => {
    expect(
      pairs('其中，一款5.0T超导磁共振成像系统通过创新通道获批，其超导磁体和梯度线圈均由企业自主研制。', {
        超导磁体: 'Component',
        梯度线圈: 'Component',
      }).list,
    ).toEqual([
      'PART_OF 梯度线圈 -> 超导磁共振成像系统 grammar:A…，其B',
      'PART_OF 超导磁体 -> 超导磁共振成像系统 grammar:A…，其B',
    ]);
  });
});

describe('a bracket after a thing that says what it comes with', () => {
  const LINAC = { 直线加速器: 'Equipment', 加速管: 'Component', 多叶准直器: 'Component' } as const;

  it('reads 直线加速器（含加速管、多叶准直器） and 直线加速器1台（含…） as the machine and its parts', () => {
    expect(pairs('2025年计划完成直线加速器（含加速管、多叶准直器）更新论证。', LINAC).list).toEqual([
      'PART_OF 加速管 -> 直线加速器 grammar:A包括B',
      'PART_OF 多叶准直器 -> 直线加速器 grammar:A包括B',
    ]);
    expect(pairs('县人民医院购置直线加速器1台（含加速管）。', LINAC).list).toEqual([
      'PART_OF 加速管 -> 直线加速器 grammar:A包括B',
    ]);
  });

  it('reads no part from a device in the bracket nor from a bracket of anything else', () => {
    expect(
      pairs('负压救护车4辆（含车载呼吸机与车载监护仪）。', {
        负压救护车: 'Equipment',
        车载呼吸机: 'Equipment',
      }).list,
    ).toEqual([]);
    expect(pairs('直线加速器（不含加速管）另行采购。', LINAC).list).toEqual([]);
  });
});
