// A part or material named before the machine it goes into, in the wording of supply-chain features,
// prospectuses and interviews: the machine between 等 and the class of parts, a share of the machine's
// cost, parts matched to a machine (配套), where a part is mounted, makers supplying a machine's makers,
// a part held indispensable, and a material used to wind or spin a part. With what a careful reader
// would not mark.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

describe('the machine between 等 and the class of parts', () => {
  it('reads B、C等A核心零部件 and M、N等A关键原材料', () => {
    expect(
      pairs('CT球管、高压发生器等CT核心零部件仍依赖进口。', { CT球管: 'Component', 高压发生器: 'Component' }),
    ).toEqual([
      'PART_OF CT球管 -> 计算机断层扫描仪 grammar:B、C等A核心部件',
      'PART_OF 高压发生器 -> 计算机断层扫描仪 grammar:B、C等A核心部件',
    ]);
    expect(pairs('钴铬合金、镍钛合金等血管支架关键原材料已实现国产。', { 血管支架: 'Equipment' })).toEqual([
      'USED_IN 钴铬合金 -> 血管支架 grammar:B、C等A核心部件',
      'USED_IN 镍钛合金 -> 血管支架 grammar:B、C等A核心部件',
    ]);
  });

  it('reads nothing for a class of machines, or parts before a class of materials', () => {
    expect(pairs('高端芯片、精密传感器等医疗器械核心零部件仍依赖进口。')).toEqual([]);
    expect(
      pairs('CT球管、高压发生器等CT关键材料仍依赖进口。', {
        CT球管: 'Component',
        高压发生器: 'Component',
      }).filter((p) => p.includes('B、C等A')),
    ).toEqual([]);
  });
});

describe('a share of the machine’s cost', () => {
  it('reads B约占A整机成本的30% and B和C合计约占A物料成本', () => {
    expect(
      pairs('从成本结构看，CT球管约占CT整机成本的30%，探测器约占20%。', { CT球管: 'Component' }).filter((p) =>
        p.includes('B占A成本'),
      ),
    ).toEqual(['PART_OF CT球管 -> 计算机断层扫描仪 grammar:B占A成本']);
    expect(
      pairs('伺服电机和谐波减速器合计约占手术机器人物料成本的四成。', {
        伺服电机: 'Component',
        谐波减速器: 'Component',
      }),
    ).toEqual([
      'PART_OF 伺服电机 -> 手术机器人 grammar:B占A成本',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:B占A成本',
    ]);
  });

  it('reads nothing where machines are a share of a hospital’s cost', () => {
    expect(pairs('CT、磁共振等大型医用设备约占医院设备采购成本的四成。')).toEqual([]);
  });
});

describe('parts matched to, mounted on or supplied for a machine', () => {
  it('reads B与A主机配套使用 and B为A配套', () => {
    expect(pairs('离心泵头与ECMO主机配套使用，属于一次性耗材。', { 离心泵头: 'Component' })).toEqual([
      'PART_OF 离心泵头 -> 体外膜肺氧合机 grammar:B与A配套',
    ]);
    expect(
      pairs('单晶探头主要为彩超配套，国产化率不足两成。', { 单晶探头: 'Component', 彩超: 'Equipment' }),
    ).toEqual(['PART_OF 单晶探头 -> 彩超 grammar:B与A配套']);
  });

  it('reads nothing for a reagent matched to its analyser', () => {
    expect(
      pairs('化学发光试剂需与化学发光免疫分析仪配套使用。', {
        化学发光试剂: 'Material',
        化学发光免疫分析仪: 'Equipment',
      }),
    ).toEqual([]);
  });

  it('reads B安装在A的…中', () => {
    expect(
      pairs('谐波减速器安装在手术机器人的机械臂关节中。', {
        谐波减速器: 'Component',
        手术机器人: 'Equipment',
      }),
    ).toEqual(['PART_OF 谐波减速器 -> 手术机器人 grammar:B安装在A上']);
    expect(pairs('血糖传感器安装在患者上臂皮肤上。', { 血糖传感器: 'Component' })).toEqual([]);
  });

  it('reads 向多家A厂商批量供应B', () => {
    expect(
      pairs('公司已向多家呼吸机厂商批量供应涡轮风机。', { 涡轮风机: 'Component', 呼吸机: 'Equipment' }),
    ).toEqual(['PART_OF 涡轮风机 -> 呼吸机 grammar:为A供应B']);
  });
});

describe('parts held indispensable, materials wound into parts', () => {
  it('reads B是A不可或缺的部件 and B是A的主要组成部分', () => {
    const known = { 比例电磁阀: 'Component', 呼吸机: 'Equipment' } as const;
    expect(pairs('比例电磁阀是呼吸机不可或缺的部件。', known)).toEqual([
      'PART_OF 比例电磁阀 -> 呼吸机 grammar:A是B的核心部件',
    ]);
    expect(pairs('比例电磁阀是呼吸机的主要组成部分。', known)).toEqual([
      'PART_OF 比例电磁阀 -> 呼吸机 grammar:A是B的核心部件',
    ]);
  });

  it('reads M主要用于绕制B', () => {
    expect(pairs('超导线材主要用于绕制超导磁体。', { 超导线材: 'Material', 超导磁体: 'Component' })).toEqual([
      'USED_IN 超导线材 -> 超导磁体 grammar:X应用于A',
    ]);
  });
});

describe('cost structures, drives, parts among a class, and chain maps of materials', () => {
  it('reads the parts of 在A的成本构成中，B占比最高…，其次是C', () => {
    expect(
      pairs('在呼吸机的成本构成中，涡轮风机占比最高，约为25%，其次是比例阀。', {
        呼吸机: 'Equipment',
        涡轮风机: 'Component',
        比例阀: 'Component',
      }),
    ).toEqual(['PART_OF 比例阀 -> 呼吸机 grammar:B占A成本', 'PART_OF 涡轮风机 -> 呼吸机 grammar:B占A成本']);
    expect(pairs('在医院的运营成本构成中，设备折旧占比最高，其次是耗材。')).toEqual([]);
  });

  it('reads A由(…的)B驱动', () => {
    expect(
      pairs('每片叶片由独立的微型电机驱动，叶片越窄，照射野越精细。', {
        叶片: 'Component',
        微型电机: 'Component',
      }),
    ).toEqual(['PART_OF 微型电机 -> 叶片 grammar:A由B驱动']);
  });

  it('reads A的核心零部件中，B和C…', () => {
    expect(
      pairs('呼吸机的核心零部件中，涡轮风机和比例阀仍依赖进口。', {
        呼吸机: 'Equipment',
        涡轮风机: 'Component',
        比例阀: 'Component',
      }),
    ).toEqual([
      'PART_OF 比例阀 -> 呼吸机 grammar:A的核心部件B',
      'PART_OF 涡轮风机 -> 呼吸机 grammar:A的核心部件B',
    ]);
  });

  it('gives the upstream materials of a chain map to the one machine of its title, never to an industry', () => {
    expect(
      pairs(
        '2024年中国血管支架行业产业链全景图谱\n从产业链来看，上游为镍钛合金、钴铬合金、聚乳酸等原材料，中游为支架生产企业，下游为医院。',
        { 血管支架: 'Equipment', 镍钛合金: 'Material', 钴铬合金: 'Material' },
      ),
    ).toEqual([
      'USED_IN 聚乳酸 -> 血管支架 grammar:标题整机的上游部件',
      'USED_IN 钴铬合金 -> 血管支架 grammar:标题整机的上游部件',
      'USED_IN 镍钛合金 -> 血管支架 grammar:标题整机的上游部件',
    ]);
    expect(
      pairs(
        '2024年中国医疗器械行业产业链全景图谱\n从产业链来看，上游为医用高分子材料、钛合金、不锈钢等原材料，中游为器械生产企业。',
      ),
    ).toEqual([]);
  });
});

describe('materials in papers on implants and vascular devices', () => {
  const GRAFT = {
    人工血管: 'Equipment',
    膨体聚四氟乙烯: 'Material',
    涤纶: 'Material',
    聚氨酯: 'Material',
  } as const;

  it('reads M（gloss）和N是制备(大中口径)A最常用的材料', () => {
    expect(pairs('膨体聚四氟乙烯（ePTFE）和涤纶是制备大中口径人工血管最常用的材料。', GRAFT)).toEqual([
      'USED_IN 涤纶 -> 人工血管 grammar:X是A的原材料',
      'USED_IN 膨体聚四氟乙烯 -> 人工血管 grammar:X是A的原材料',
    ]);
  });

  it('reads M、N等材料在A领域的研究进展', () => {
    expect(pairs('本文综述了涤纶、聚氨酯等材料在人工血管领域的研究进展。', GRAFT)).toEqual([
      'USED_IN 涤纶 -> 人工血管 grammar:X在A中的应用',
      'USED_IN 聚氨酯 -> 人工血管 grammar:X在A中的应用',
    ]);
  });

  it('reads a material described, then 适用于制作A, and nothing after 但不适用于', () => {
    const known = { 血管支架: 'Equipment', 镍钛合金: 'Material' } as const;
    expect(pairs('镍钛合金具有超弹性和形状记忆效应，适用于制作自膨式血管支架。', known)).toEqual([
      'USED_IN 镍钛合金 -> 血管支架 grammar:X应用于A',
    ]);
    expect(pairs('镍钛合金强度高，但不适用于制作血管支架。', known)).toEqual([]);
  });
});

describe('prospectus excerpts: raw materials and parts of a product', () => {
  const EP = {
    电生理导管: 'Equipment',
    铂铱合金: 'Material',
    电极环: 'Component',
    温度传感器: 'Component',
  } as const;

  it('reads A的主要原材料及零部件包括B、C和M', () => {
    expect(pairs('电生理导管的主要原材料及零部件包括电极环、温度传感器和铂铱合金丝。', EP)).toEqual([
      'PART_OF 温度传感器 -> 电生理导管 grammar:A的原材料及零部件B',
      'PART_OF 电极环 -> 电生理导管 grammar:A的原材料及零部件B',
      'USED_IN 铂铱合金 -> 电生理导管 grammar:A的原材料及零部件B',
    ]);
  });

  it('reads the parts a product’s 主要原材料 column lists', () => {
    expect(
      pairs('| 产品 | 主要原材料 |\n| --- | --- |\n| 射频消融导管 | 电极环、热电偶、管材 |', {
        射频消融导管: 'Equipment',
        电极环: 'Component',
        热电偶: 'Component',
      }),
    ).toEqual([
      'PART_OF 热电偶 -> 射频消融导管 table:machine-parts',
      'PART_OF 电极环 -> 射频消融导管 table:machine-parts',
    ]);
  });

  it('reads the parts of A的物料构成中，B和C采购金额占比较高', () => {
    expect(
      pairs('射频消融导管的物料构成中，电极环和热电偶采购金额占比较高。', {
        射频消融导管: 'Equipment',
        电极环: 'Component',
        热电偶: 'Component',
      }),
    ).toEqual([
      'PART_OF 热电偶 -> 射频消融导管 grammar:B占A成本',
      'PART_OF 电极环 -> 射频消融导管 grammar:B占A成本',
    ]);
  });
});

describe('materials written with the thing in papers', () => {
  const STENT = { 血管支架: 'Equipment', 镁合金: 'Material', 聚乳酸: 'Material' } as const;

  it('reads 镁合金血管支架 and 涤纶人工血管 (a material right before the name)', () => {
    expect(pairs('镁合金血管支架在体内可完全降解。', STENT)).toEqual([
      'USED_IN 镁合金 -> 血管支架 compound-name:material-before',
    ]);
    expect(pairs('涤纶人工血管已在临床广泛应用。', { 人工血管: 'Equipment', 涤纶: 'Material' })).toEqual([
      'USED_IN 涤纶 -> 人工血管 compound-name:material-before',
    ]);
  });

  it('reads nothing from a material named as what the thing is without (无液氦, 非PVC, 不含DEHP)', () => {
    const FREE = {
      液氦: 'Material',
      汞: 'Material',
      PVC: 'Material',
      DEHP: 'Material',
      超导磁体: 'Component',
      血压计: 'Equipment',
      输液袋: 'Equipment',
      输液器: 'Equipment',
    } as const;
    expect(pairs('公司推出无液氦磁共振，并量产零液氦超导磁体。', FREE)).toEqual([]);
    expect(pairs('推广无汞血压计，逐步淘汰含汞医疗器械。', FREE)).toEqual([]);
    expect(pairs('企业加快非PVC输液袋和不含DEHP输液器的研发。', FREE)).toEqual([]);
    expect(pairs('医院采购PVC输液袋。', FREE)).toEqual([
      'USED_IN PVC -> 输液袋 compound-name:material-before',
    ]);
  });

  it('reads 基于M的A, M材料制备的A and M和N是目前A研究的热点材料', () => {
    expect(
      pairs('基于聚氨酯的小口径人工血管具有良好的顺应性。', { 人工血管: 'Equipment', 聚氨酯: 'Material' }),
    ).toEqual(['USED_IN 聚氨酯 -> 小口径人工血管 grammar:以M为基体的A']);
    expect(pairs('聚乳酸材料制备的血管支架降解周期约为2至3年。', STENT)).toEqual([
      'USED_IN 聚乳酸 -> 血管支架 grammar:X制成的A',
    ]);
    expect(pairs('镁合金和聚乳酸是目前可降解血管支架研究的热点材料。', STENT)).toEqual([
      'USED_IN 聚乳酸 -> 可降解血管支架 grammar:X是A的原材料',
      'USED_IN 镁合金 -> 可降解血管支架 grammar:X是A的原材料',
    ]);
  });

  it('reads nothing from a material and a machine in separate words', () => {
    expect(pairs('镁合金、血管支架和人工关节是本次集采的重点。', STENT)).toEqual([]);
  });
});

describe('a material pointed back to', () => {
  it('reads 该材料已被广泛用于A和B after the one material named before, and nothing after two', () => {
    const known = { 人工血管: 'Equipment', 聚氨酯: 'Material', 涤纶: 'Material' } as const;
    expect(
      pairs(
        '2.2 聚氨酯\n聚氨酯具有优异的弹性和抗疲劳性能。该材料已被广泛用于人工心脏瓣膜和人工血管。',
        known,
      ),
    ).toEqual([
      'USED_IN 聚氨酯 -> 人工心脏瓣膜 grammar:X应用于A',
      'USED_IN 聚氨酯 -> 人工血管 grammar:X应用于A',
    ]);
    expect(pairs('聚氨酯和涤纶各有优缺点。该材料已被广泛用于人工血管。', known)).toEqual([]);
  });
});
