// How features, papers, interviews and plans state make-up and use between things already named: a class
// of parts right after its user (`呼吸机的核心零部件包括…`, `呼吸机产业链上游为…等核心零部件`), lists that end
// before the verb (`涡轮风机和比例电磁阀是呼吸机的核心部件`), materials' uses in papers (`…在A、B等产品中应用
// 广泛`, `因其…被广泛用于`), machines and parts written side by side in plans (`重点推进光子计数CT…研制，
// 同步突破CT球管、光子计数探测器…等核心部件`), and a whole said of the sentence's topic (`A是…的主力设备，主要
// 由B组成`). Sentences in the wording of such texts, with what a careful reader would not mark.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

/** `TYPE part -> whole rule`, by node name, sorted, each once, with `known` names added to the lexicon. */
const pairs = supplyPairs;

const VENT = { 涡轮风机: 'Component', 比例电磁阀: 'Component', 流量传感器: 'Component' } as const;

describe('a class of parts right after its user', () => {
  it("reads the parts after 的核心零部件包括, 上游核心零部件主要包括, 产业链上游为 and 关键零部件：as the user's", () => {
    const parts = (rule: string) => [
      `PART_OF 比例电磁阀 -> 呼吸机 ${rule}`,
      `PART_OF 流量传感器 -> 呼吸机 ${rule}`,
      `PART_OF 涡轮风机 -> 呼吸机 ${rule}`,
    ];
    expect(pairs('呼吸机的核心零部件包括涡轮风机、流量传感器和比例电磁阀。', VENT)).toEqual(
      parts('grammar:A的核心部件B'),
    );
    expect(pairs('呼吸机的关键零部件主要有涡轮风机、流量传感器和比例电磁阀。', VENT)).toEqual(
      parts('grammar:A的核心部件B'),
    );
    expect(pairs('呼吸机关键零部件：涡轮风机、流量传感器、比例电磁阀。', VENT)).toEqual(
      parts('grammar:A的核心部件B'),
    );
    expect(pairs('呼吸机上游核心零部件主要包括涡轮风机、流量传感器和比例电磁阀。', VENT)).toEqual(
      parts('grammar:A上游的B'),
    );
    expect(
      pairs('呼吸机产业链上游为涡轮风机、流量传感器和比例电磁阀等核心零部件，中游为整机制造。', VENT),
    ).toEqual(parts('grammar:A上游的B'));
  });

  it('gives nothing to the class itself, nor to an industry or a reagent whose upstream is listed', () => {
    expect(
      pairs('呼吸机的核心零部件包括涡轮风机、流量传感器和比例电磁阀。', VENT).some((p) =>
        p.includes('-> 关键零部件'),
      ),
    ).toBe(false);
    expect(
      pairs('化学发光试剂产业链上游为抗原、抗体、磁珠等原材料，中游为试剂和仪器生产。', {
        抗原: 'Material',
        抗体: 'Material',
        磁珠: 'Material',
        化学发光试剂: 'Material',
      }),
    ).toEqual([]);
    expect(pairs('CT的核心部件国产化率仍然较低，MR的情况稍好。')).toEqual([]);
  });
});

describe('a list that ends right before its verb', () => {
  it('reads every part of 涡轮风机和比例电磁阀是… and B、C等是…的核心部件', () => {
    const both = [
      'PART_OF 比例电磁阀 -> 呼吸机 grammar:A是B的核心部件',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A是B的核心部件',
    ];
    expect(pairs('涡轮风机和比例电磁阀是呼吸机的核心部件。', VENT)).toEqual(both);
    expect(pairs('涡轮风机、比例电磁阀等是呼吸机的核心部件，长期依赖进口。', VENT)).toEqual(both);
    expect(pairs('涡轮风机是呼吸机中最核心的部件。', VENT)).toEqual([
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A是B的核心部件',
    ]);
  });

  it('reads every material of M和N是A的主要原材料, and nothing where the list is what is done', () => {
    expect(pairs('钴铬合金和镍钛合金是血管支架的主要原材料。', { 血管支架: 'Equipment' })).toEqual([
      'USED_IN 钴铬合金 -> 血管支架 grammar:X是A的原材料',
      'USED_IN 镍钛合金 -> 血管支架 grammar:X是A的原材料',
    ]);
    expect(pairs('突破涡轮风机和比例电磁阀是呼吸机国产化的关键。', VENT)).toEqual([]);
  });
});

describe('materials and parts in use, as papers and features say it', () => {
  it('reads A的材料主要有M、N', () => {
    expect(pairs('冠脉支架的材料主要有316L不锈钢、钴铬合金和镍钛合金。', { 冠脉支架: 'Equipment' })).toEqual([
      'USED_IN 316L不锈钢 -> 冠脉支架 grammar:A关键材料B',
      'USED_IN 钴铬合金 -> 冠脉支架 grammar:A关键材料B',
      'USED_IN 镍钛合金 -> 冠脉支架 grammar:A关键材料B',
    ]);
  });

  it('reads M在A、B等产品中应用广泛 and M因其…被广泛用于A和B', () => {
    expect(
      pairs('聚醚醚酮在椎间融合器、颅骨修补板等产品中应用广泛。', {
        聚醚醚酮: 'Material',
        椎间融合器: 'Equipment',
        颅骨修补板: 'Equipment',
      }),
    ).toEqual([
      'USED_IN 聚醚醚酮 -> 椎间融合器 grammar:X在A中的应用',
      'USED_IN 聚醚醚酮 -> 颅骨修补板 grammar:X在A中的应用',
    ]);
    expect(
      pairs('钛合金因其良好的生物相容性被广泛用于人工关节和骨科植入物。', { 钛合金: 'Material' }),
    ).toEqual([
      'USED_IN 钛合金 -> 人工关节 grammar:X应用于A',
      'USED_IN 钛合金 -> 骨科植入物 grammar:X应用于A',
    ]);
  });

  it('reads the members of a class list before 已用于, and a part 主要用于 devices', () => {
    expect(
      pairs('聚乳酸、聚己内酯等可降解材料已用于可吸收支架和组织工程血管。', {
        可吸收支架: 'Equipment',
        组织工程血管: 'Equipment',
      }).filter((p) => !p.includes('可降解材料')),
    ).toEqual([
      'USED_IN 聚乳酸 -> 可吸收支架 grammar:X应用于A',
      'USED_IN 聚乳酸 -> 组织工程血管 grammar:X应用于A',
      'USED_IN 聚己内酯 -> 可吸收支架 grammar:X应用于A',
      'USED_IN 聚己内酯 -> 组织工程血管 grammar:X应用于A',
    ]);
    expect(pairs('涡轮风机主要用于呼吸机和制氧机。', { ...VENT, 制氧机: 'Equipment' })).toEqual([
      'PART_OF 涡轮风机 -> 制氧机 grammar:X应用于A',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:X应用于A',
    ]);
  });

  it('reads A用的M和B', () => {
    expect(
      pairs('过去叶片用的高密度钨合金和驱动电机大多依赖进口。', {
        叶片: 'Component',
        高密度钨合金: 'Material',
        驱动电机: 'Component',
      }),
    ).toEqual(['PART_OF 驱动电机 -> 叶片 grammar:A所需的B', 'USED_IN 高密度钨合金 -> 叶片 grammar:A所需的B']);
  });
});

describe('machines and parts written side by side', () => {
  it('gives each part to the one machine of the list whose name it shares a distinctive piece with', () => {
    expect(
      pairs(
        '高端医学影像设备方面，重点推进光子计数CT、7T超导磁共振和全身PET/MR研制，同步突破CT球管、光子计数探测器、超导磁体等核心部件。',
        { 光子计数探测器: 'Component', '7T超导磁共振': 'Equipment' },
      ),
    ).toEqual([
      'PART_OF CT球管 -> 光子计数CT grammar:整机与部件并列',
      'PART_OF 光子计数探测器 -> 光子计数CT grammar:整机与部件并列',
      'PART_OF 超导磁体 -> 7T超导磁共振 grammar:整机与部件并列',
    ]);
  });

  it('gives a part to every machine sharing its piece, and nothing across a semicolon', () => {
    expect(
      pairs('重点发展光子计数能谱CT、PET-MR和PET-CT等产品。攻关CT球管、PET探测器晶体等核心部件。'),
    ).toEqual([
      'PART_OF CT球管 -> 光子计数能谱CT grammar:整机与部件并列',
      'PART_OF CT球管 -> 正电子发射计算机断层显像 grammar:整机与部件并列',
      'PART_OF PET探测器晶体 -> PET-MR grammar:整机与部件并列',
      'PART_OF PET探测器晶体 -> 正电子发射计算机断层显像 grammar:整机与部件并列',
    ]);
    expect(
      pairs(
        '一是手术治疗装备，重点突破骨科手术机器人、腔镜手术机器人和超声刀；二是关键零部件，推动CT球管、平板探测器、超声探头等实现国产替代。',
      ),
    ).toEqual([]);
  });

  it('gives the materials 和配套的 to every machine listed, and no material without it', () => {
    expect(
      pairs('体外诊断领域，发展化学发光免疫分析仪、POCT检测仪和配套诊断试剂。', { POCT检测仪: 'Equipment' }),
    ).toEqual([
      'USED_IN 诊断试剂 -> POCT检测仪 grammar:A及配套的B',
      'USED_IN 诊断试剂 -> 化学发光免疫分析仪 grammar:A及配套的B',
    ]);
    expect(
      pairs('推动人工关节、脊柱植入物向定制化升级，加快医用钛合金粉末、超高分子量聚乙烯等关键材料本地配套。'),
    ).toEqual([]);
  });

  it('gives the parts 以及配套的 to every machine listed', () => {
    expect(
      pairs(
        '支持血管介入手术机器人、经自然腔道手术机器人的研制，以及配套的力反馈主操作手、柔性器械等部件。',
        {
          血管介入手术机器人: 'Equipment',
          经自然腔道手术机器人: 'Equipment',
          力反馈主操作手: 'Component',
          柔性器械: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF 力反馈主操作手 -> 经自然腔道手术机器人 grammar:A及配套的B',
      'PART_OF 力反馈主操作手 -> 血管介入手术机器人 grammar:A及配套的B',
      'PART_OF 柔性器械 -> 经自然腔道手术机器人 grammar:A及配套的B',
      'PART_OF 柔性器械 -> 血管介入手术机器人 grammar:A及配套的B',
    ]);
  });

  it('gives a part of a 核心部件：line to the one machine the text names with its piece, and none of two', () => {
    const text = (machines: string) =>
      `1.医学影像装备。支持研制${machines}。\n\n2.关键零部件。\n核心部件：超声单晶探头、磁共振射频线圈。`;
    expect(
      pairs(text('高端彩色多普勒超声诊断仪、移动DR'), { 高端彩色多普勒超声诊断仪: 'Equipment' }),
    ).toEqual(['PART_OF 超声单晶探头 -> 高端彩色多普勒超声诊断仪 grammar:部件行与文中整机']);
    expect(
      pairs(text('高端彩色多普勒超声诊断仪和聚焦超声治疗系统'), {
        高端彩色多普勒超声诊断仪: 'Equipment',
        聚焦超声治疗系统: 'Equipment',
      }),
    ).toEqual([]);
  });
});

describe('wholes and their parts in news on one machine', () => {
  it('reads A是…的主力设备，主要由B、C组成 as parts of A, never of the predicate', () => {
    expect(
      pairs('医用电子直线加速器是肿瘤放射治疗的主力设备，主要由电子枪、加速管、微波功率源和治疗床等组成。', {
        主力设备: 'Equipment',
        电子枪: 'Component',
        加速管: 'Component',
        微波功率源: 'Component',
        治疗床: 'Component',
      }),
    ).toEqual([
      'PART_OF 加速管 -> 医用电子直线加速器 grammar:A…，主要由B组成',
      'PART_OF 微波功率源 -> 医用电子直线加速器 grammar:A…，主要由B组成',
      'PART_OF 治疗床 -> 医用电子直线加速器 grammar:A…，主要由B组成',
      'PART_OF 电子枪 -> 医用电子直线加速器 grammar:A…，主要由B组成',
    ]);
  });

  it('reads A内部装有B、C and A上还集成了B和C', () => {
    expect(
      pairs('治疗头内部装有初级准直器、均整器和多叶准直器。', {
        治疗头: 'Component',
        初级准直器: 'Component',
        均整器: 'Component',
        多叶准直器: 'Component',
      }),
    ).toEqual([
      'PART_OF 初级准直器 -> 治疗头 grammar:A包括B',
      'PART_OF 均整器 -> 治疗头 grammar:A包括B',
      'PART_OF 多叶准直器 -> 治疗头 grammar:A包括B',
    ]);
    expect(
      pairs('机架上还集成了电子射野影像装置和锥形束CT，用于治疗前的位置验证。', {
        机架: 'Component',
        电子射野影像装置: 'Component',
        锥形束CT: 'Component',
      }),
    ).toEqual(['PART_OF 电子射野影像装置 -> 机架 grammar:A包括B', 'PART_OF 锥形束CT -> 机架 grammar:A包括B']);
  });

  it('reads a model of the thing the clause before names (高能机型则采用B)', () => {
    expect(
      pairs('微波功率源一般选用磁控管，高能机型则采用速调管。', {
        微波功率源: 'Component',
        磁控管: 'Component',
        速调管: 'Component',
      }),
    ).toEqual(['PART_OF 磁控管 -> 微波功率源 grammar:A采用B', 'PART_OF 速调管 -> 微波功率源 grammar:A采用B']);
  });
});

describe('several users of one phrase', () => {
  it('gives a shared list to every user (呼吸机和麻醉机的核心零部件包括…)', () => {
    expect(pairs('呼吸机、麻醉机的关键部件主要有比例电磁阀和流量传感器。', VENT)).toEqual([
      'PART_OF 比例电磁阀 -> 呼吸机 grammar:A的核心部件B',
      'PART_OF 比例电磁阀 -> 麻醉机 grammar:A的核心部件B',
      'PART_OF 流量传感器 -> 呼吸机 grammar:A的核心部件B',
      'PART_OF 流量传感器 -> 麻醉机 grammar:A的核心部件B',
    ]);
  });

  it('shares a list out by the users its items name, and gives the others to no one', () => {
    expect(pairs('CT和磁共振的核心部件包括CT球管、超导磁体和射频线圈。')).toEqual([
      'PART_OF CT球管 -> 计算机断层扫描仪 grammar:A的核心部件B',
    ]);
  });

  it('reads A上的B as a part mounted on a device', () => {
    expect(pairs('呼吸机上的流量传感器多来自海外厂商。', VENT)).toEqual([
      'PART_OF 流量传感器 -> 呼吸机 grammar:A中的B',
    ]);
  });
});

describe('tables flattened to lines of cells', () => {
  it('reads a material column with a use column, and a machine column with a parts column', () => {
    expect(
      pairs(
        [
          '表1 常用血管介入器械材料',
          '',
          '| 材料 | 主要应用 |',
          '| --- | --- |',
          '| 钴铬合金 | 球囊扩张支架 |',
          '| 聚四氟乙烯 | 人工血管、覆膜支架 |',
          '',
          '| 整机 | 核心部件 | 国产化程度 |',
          '| --- | --- | --- |',
          '| 超导磁共振成像系统 | 超导磁体、梯度线圈、射频线圈 | 中等 |',
        ].join('\n'),
      ),
    ).toEqual([
      'PART_OF 射频线圈 -> 超导磁共振成像系统 table:machine-parts',
      'PART_OF 梯度线圈 -> 超导磁共振成像系统 table:machine-parts',
      'PART_OF 超导磁体 -> 超导磁共振成像系统 table:machine-parts',
      'USED_IN 聚四氟乙烯 -> 人工血管 table:item-use',
      'USED_IN 聚四氟乙烯 -> 覆膜支架 table:item-use',
      'USED_IN 钴铬合金 -> 球囊扩张支架 table:item-use',
    ]);
  });

  it("reads a part column with a material column, and a caption naming one machine's parts", () => {
    expect(
      pairs(['部件 | 材料', '外壳 | 钛合金', '电极触点 | 铂铱合金'].join('\n'), {
        外壳: 'Component',
        电极触点: 'Component',
        钛合金: 'Material',
      }),
    ).toEqual([
      'USED_IN 钛合金 -> 外壳 table:part-material',
      'USED_IN 铂铱合金 -> 电极触点 table:part-material',
    ]);
    expect(
      pairs(
        ['表2 呼吸机核心部件及国产化情况', '', '部件 | 功能 | 国产化率', '涡轮风机 | 提供气源 | 低'].join(
          '\n',
        ),
        VENT,
      ),
    ).toEqual(['PART_OF 涡轮风机 -> 呼吸机 table:caption-parts']);
  });

  it('reads a CSV export of a chain database as a table: the parent-node column (a machine glossed, two machines in one cell) and the key-materials column', () => {
    const CSV = [
      '序号,产业链,环节,节点名称,节点类型,上级节点,关键材料/工艺,代表企业',
      '1,"医学影像装备","下游·整机","计算机断层扫描系统（CT）","整机","","","苏州康影医疗科技有限公司，常州安诺医疗设备有限公司"',
      '3,"医学影像装备","中游·核心部件","高压发生器","核心部件","计算机断层扫描系统（CT）、数字化X射线摄影系统（DR）","","南京朗维电气有限公司"',
      '5,"医学影像装备","中游·部件","光电二极管阵列","部件","CT探测器模组","单晶硅",""',
    ].join('\n');
    const KNOWN = {
      计算机断层扫描系统: 'Equipment',
      数字化X射线摄影系统: 'Equipment',
      高压发生器: 'Component',
      CT探测器模组: 'Component',
      光电二极管阵列: 'Component',
      单晶硅: 'Material',
    } as const;
    expect(pairs(CSV, KNOWN)).toEqual([
      'PART_OF 光电二极管阵列 -> CT探测器模组 table:part-assembly',
      'PART_OF 高压发生器 -> 数字化X射线摄影系统 table:part-assembly',
      'PART_OF 高压发生器 -> 计算机断层扫描系统 table:part-assembly',
      'USED_IN 单晶硅 -> 光电二极管阵列 table:part-material',
    ]);
    // The same lines without a header of column names are no table: prose with commas is never cut.
    expect(pairs(CSV.split('\n').slice(1).join('\n'), KNOWN)).toEqual([]);
  });

  it("reads a column of the assembly each row's part belongs to (a spare-parts list, a teardown's table)", () => {
    const VALVES = {
      吸气单向阀阀片: 'Component',
      呼吸回路: 'Component',
      吸收罐密封圈: 'Component',
      二氧化碳吸收罐: 'Component',
    } as const;
    expect(
      pairs(
        [
          '部件号      | 名称                  | 所属组件        | 材质                    | 更换/维护周期',
          '040-000811 | 吸气单向阀阀片        | 呼吸回路        | 硅橡胶                  | 12个月或损坏时',
          '115-000421 | 吸收罐密封圈          | 二氧化碳吸收罐  | 氟橡胶（FKM）           | 12个月',
        ].join('\n'),
        VALVES,
      ),
    ).toEqual([
      'PART_OF 吸收罐密封圈 -> 二氧化碳吸收罐 table:part-assembly',
      'PART_OF 吸气单向阀阀片 -> 呼吸回路 table:part-assembly',
      'USED_IN 氟橡胶 -> 吸收罐密封圈 table:part-material',
      'USED_IN 硅橡胶 -> 吸气单向阀阀片 table:part-material',
    ]);
    // The assembly first, and two parts in one cell.
    expect(
      pairs(
        [
          '部位        | 器件                | 来源/备注',
          '前端板      | 高压脉冲发射芯片    | 进口，丝印已打磨',
          '显示屏组件  | IPS液晶屏+电容触摸屏 | 国产',
        ].join('\n'),
        {
          前端板: 'Component',
          高压脉冲发射芯片: 'Component',
          显示屏组件: 'Component',
          IPS液晶屏: 'Component',
          电容触摸屏: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF IPS液晶屏 -> 显示屏组件 table:part-assembly',
      'PART_OF 电容触摸屏 -> 显示屏组件 table:part-assembly',
      'PART_OF 高压脉冲发射芯片 -> 前端板 table:part-assembly',
    ]);
    // A whole cell listing two assemblies: the part is in each; a part's cell that says more than names
    // gives nothing.
    expect(
      pairs(['部位 | 器件', '前端板、主机板 | 高压脉冲发射芯片', '前端板 | 4颗高压脉冲发射芯片'].join('\n'), {
        前端板: 'Component',
        主机板: 'Component',
        高压脉冲发射芯片: 'Component',
      }),
    ).toEqual([
      'PART_OF 高压脉冲发射芯片 -> 主机板 table:part-assembly',
      'PART_OF 高压脉冲发射芯片 -> 前端板 table:part-assembly',
    ]);
  });

  it('reads nothing from a row whose first cell says more than one name', () => {
    expect(
      pairs(['| 材料 | 主要应用 |', '| --- | --- |', '| 钴铬合金等金属 | 球囊扩张支架 |'].join('\n')),
    ).toEqual([]);
  });
});

describe('notices of parts to work on', () => {
  it('reads 面向A整机的B, 适配A的B and 满足A需求的B like 用于A的B', () => {
    expect(pairs('适配3.0T磁共振成像系统的超导磁体实现量产。')).toEqual([
      'PART_OF 超导磁体 -> 磁共振成像设备 grammar:用于A的B',
    ]);
    expect(pairs('面向高端CT整机的CT球管已完成样机研制。')).toEqual([
      'PART_OF CT球管 -> 计算机断层扫描仪 grammar:用于A的B',
    ]);
    expect(pairs('研制满足有创呼吸机需求的涡轮风机和比例电磁阀。', VENT)).toEqual([
      'PART_OF 比例电磁阀 -> 有创呼吸机 grammar:用于A的B',
      'PART_OF 涡轮风机 -> 有创呼吸机 grammar:用于A的B',
    ]);
    expect(pairs('推动CT的国产化，满足基层医院需求的超声探头也在研制。')).toEqual([]);
  });

  it("gives the parts under a heading that names one machine's parts to that machine", () => {
    expect(pairs('（一）CT关键零部件。重点攻关高压发生器和CT探测器，提升国产化配套能力。')).toEqual([
      'PART_OF CT探测器 -> 计算机断层扫描仪 structure:parts-heading',
      'PART_OF 高压发生器 -> 计算机断层扫描仪 structure:parts-heading',
    ]);
    expect(pairs('1.磁共振成像系统核心部件\n突破超导磁体、梯度线圈和射频线圈等关键技术。')).toEqual([
      'PART_OF 射频线圈 -> 磁共振成像设备 structure:parts-heading',
      'PART_OF 梯度线圈 -> 磁共振成像设备 structure:parts-heading',
      'PART_OF 超导磁体 -> 磁共振成像设备 structure:parts-heading',
    ]);
  });

  it("stops at a sentence that names another machine, even inside a part's name (超声探头 under CT)", () => {
    expect(
      pairs('（一）CT关键零部件。重点攻关高压发生器。同时推动超声探头、射频线圈等通用部件协同发展。'),
    ).toEqual(['PART_OF 高压发生器 -> 计算机断层扫描仪 structure:parts-heading']);
  });

  it('reads 为A厂商供应B and A上用的B, and nothing where 提供 serves a customer', () => {
    expect(pairs('我们主要为呼吸机厂商供应涡轮风机和比例电磁阀。', VENT)).toEqual([
      'PART_OF 比例电磁阀 -> 呼吸机 grammar:为A供应B',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:为A供应B',
    ]);
    expect(pairs('监护仪上用的血氧探头，过去基本靠进口。', { 血氧探头: 'Component' })).toEqual([
      'PART_OF 血氧探头 -> 监护仪 grammar:A所需的B',
    ]);
    expect(pairs('公司向医院提供CT和超声探头的维修服务。')).toEqual([]);
  });
});

describe('chain maps and bundles', () => {
  it('takes no machine from a first line of prose, which is no title', () => {
    expect(
      pairs(
        '近日，市人民医院新引进一台呼吸机，将用于重症救治。\n从产业链来看，上游为涡轮风机、比例电磁阀等零部件。',
        VENT,
      ),
    ).toEqual([]);
  });

  it('reads a long run of joiners between the items of an upstream list without backtracking', () => {
    const text = `呼吸机产业链全景图谱\n从产业链来看，上游为涡轮风机、${'和'.repeat(44)}的比例电磁阀等零部件。`;
    const t0 = performance.now();
    expect(pairs(text, VENT)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('gives an upstream parts list with no machine of its own to the one machine the title names', () => {
    const map = (title: string) =>
      `${title}\n\n从产业链来看，上游为光学元件、图像传感器、光源、精密结构件等零部件及镜体材料供应；中游为整机制造。`;
    const parts = {
      光学元件: 'Component',
      图像传感器: 'Component',
      光源: 'Component',
      精密结构件: 'Component',
    } as const;
    expect(pairs(map('2025年中国医用内窥镜行业产业链全景图谱'), parts)).toEqual(
      [
        'PART_OF 光源 -> 医用内窥镜 grammar:标题整机的上游部件',
        'PART_OF 图像传感器 -> 医用内窥镜 grammar:标题整机的上游部件',
        'PART_OF 精密结构件 -> 医用内窥镜 grammar:标题整机的上游部件',
        'PART_OF 光学元件 -> 医用内窥镜 grammar:标题整机的上游部件',
      ].sort(),
    );
    expect(pairs(map('2025年中国医疗器械行业产业链全景图谱'), parts)).toEqual([]);
    expect(pairs(map('2025年中国医用内窥镜与超声诊断设备产业链全景图谱'), parts)).toEqual([]);
  });

  it('reads 由数万根B或C集束而成', () => {
    expect(
      pairs('导光束则由数万根石英光纤或多组分玻璃光纤集束而成。', {
        导光束: 'Component',
        石英光纤: 'Component',
        多组分玻璃光纤: 'Component',
      }).filter((p) => p.includes('-> 导光束')),
    ).toEqual([
      'PART_OF 多组分玻璃光纤 -> 导光束 grammar:A由B组成',
      'PART_OF 石英光纤 -> 导光束 grammar:A由B组成',
    ]);
  });

  it('reads what a machine relies on as its part (A依赖进口的B, A的X则依赖…的B), parts only', () => {
    expect(pairs('高端彩超依赖进口的单晶探头和高性能芯片仍是短板。')).toEqual([
      'PART_OF 单晶探头 -> 彩超 grammar:A依赖B',
      'PART_OF 高性能芯片 -> 彩超 grammar:A依赖B',
    ]);
    expect(pairs('国产呼吸机仍依赖进口涡轮风机。', VENT)).toEqual([
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A依赖B',
    ]);
    expect(pairs('医院仍依赖进口CT，国产化率不高。')).toEqual([]);
  });
});

describe('materials in papers', () => {
  it('reads a material described, then held to be the material of A和B', () => {
    expect(
      pairs(
        '摘　要：镁合金具有良好的生物相容性和可完全降解的特性，被视为新一代可降解血管支架和骨科内固定器械的理想材料。',
      ),
    ).toEqual([
      'USED_IN 镁合金 -> 血管支架 grammar:X是A的原材料',
      'USED_IN 镁合金 -> 骨科内固定器械 grammar:X是A的原材料',
    ]);
  });

  it('reads A、B等M在U中的研究 and 以M（gloss）为基体的A', () => {
    expect(
      pairs('本文综述了AZ31、WE43等镁合金在冠状动脉支架中的研究现状。', {
        AZ31: 'Material',
        镁合金: 'Material',
        WE43: 'Material',
      }),
    ).toEqual([
      'USED_IN AZ31 -> 冠状动脉支架 grammar:X在A中的应用',
      'USED_IN WE43 -> 冠状动脉支架 grammar:X在A中的应用',
      'USED_IN 镁合金 -> 冠状动脉支架 grammar:X在A中的应用',
    ]);
    expect(
      pairs('以左旋聚乳酸（PLLA）为基体的生物可吸收支架虽可完全降解，但径向支撑力不足。', {
        左旋聚乳酸: 'Material',
        生物可吸收支架: 'Equipment',
      }),
    ).toEqual(['USED_IN 左旋聚乳酸 -> 生物可吸收支架 grammar:以M为基体的A']);
  });
});
