// More ways features, news and reports state that a part or a material goes into a machine: the user in a
// lead clause (`作为呼吸机的核心部件，涡轮风机…`), its users in brackets after the item (`铌钛超导线（用于磁共振
// 超导磁体）`), the user set as the place (`在彩超中，探头和…均为核心部件`), `是CT中不可替代的部件`, `A的组成部分
// 包括`, `用作A的材料`, and a short name in brackets between the user and the class (`电脑断层扫描仪（CT）的关键
// 零部件包括`). Sentences in the wording of such texts, with what a careful reader would not mark.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

describe('the user in a lead clause: 作为A的核心部件，B', () => {
  it('reads parts and materials, with 之一 and a lead word', () => {
    expect(pairs('作为呼吸机的核心部件，涡轮风机的国产化率不足20%。', { 涡轮风机: 'Component' })).toEqual([
      'PART_OF 涡轮风机 -> 呼吸机 grammar:作为A的核心部件，B',
    ]);
    expect(
      pairs('同时，作为彩超的关键零部件之一，单晶探头仍主要依赖进口。', { 单晶探头: 'Component' }),
    ).toEqual(['PART_OF 单晶探头 -> 彩超 grammar:作为A的核心部件，B']);
    expect(
      pairs('作为人工关节的主要原材料，钛合金和超高分子量聚乙烯的需求持续增长。', {
        钛合金: 'Material',
        超高分子量聚乙烯: 'Material',
        人工关节: 'Equipment',
      }),
    ).toEqual([
      'USED_IN 超高分子量聚乙烯 -> 人工关节 grammar:作为A的核心部件，B',
      'USED_IN 钛合金 -> 人工关节 grammar:作为A的核心部件，B',
    ]);
  });

  it('gives nothing for a firm, nor for the makers of the parts', () => {
    expect(pairs('作为行业的核心企业，迈瑞医疗的监护仪销量领先。')).toEqual([]);
    expect(
      pairs('作为呼吸机的核心部件供应商，涡轮风机厂商迎来订单增长。', { 供应商: 'Component' }).filter((p) =>
        p.includes('供应商'),
      ),
    ).toEqual([]);
  });
});

describe('the users in brackets after the item', () => {
  it('reads B（用于A）, B（主要用于A和C）', () => {
    expect(
      pairs('铌钛超导线（用于磁共振超导磁体）已实现国产化。', {
        铌钛超导线: 'Material',
        磁共振超导磁体: 'Component',
      }),
    ).toEqual(['USED_IN 铌钛超导线 -> 磁共振超导磁体 grammar:B（用于A）']);
    expect(
      pairs('光电倍增管（主要用于化学发光免疫分析仪和PET）的进口依赖度较高。', {
        光电倍增管: 'Component',
        化学发光免疫分析仪: 'Equipment',
      }),
    ).toEqual([
      'PART_OF 光电倍增管 -> PET grammar:B（用于A）',
      'PART_OF 光电倍增管 -> 化学发光免疫分析仪 grammar:B（用于A）',
    ]);
    expect(
      pairs('谐波减速器（用于手术机器人关节）的国产化率已超过三成。', {
        谐波减速器: 'Component',
        手术机器人关节: 'Component',
      }),
    ).toEqual(['PART_OF 谐波减速器 -> 手术机器人关节 grammar:B（用于A）']);
  });

  it('gives nothing for a machine used in a setting', () => {
    expect(pairs('呼吸机（用于重症监护）的产量大幅增长。')).toEqual([]);
  });
});

describe('the user as the place, and parts said to be in it', () => {
  it('reads 在A中，B和C均为核心部件 and 在A里，B是最关键的部件', () => {
    expect(
      pairs('在彩超中，探头和波束合成芯片均为核心部件。', { 波束合成芯片: 'Component', 探头: 'Component' }),
    ).toEqual([
      'PART_OF 探头 -> 彩超 grammar:在A中，B是核心部件',
      'PART_OF 波束合成芯片 -> 彩超 grammar:在A中，B是核心部件',
    ]);
    expect(pairs('在手术机器人里，谐波减速器是最关键的部件。', { 谐波减速器: 'Component' })).toEqual([
      'PART_OF 谐波减速器 -> 手术机器人 grammar:在A中，B是核心部件',
    ]);
  });

  it('reads B是A中…的部件', () => {
    expect(pairs('滑环是CT中不可替代的部件。', { 滑环: 'Component' })).toEqual([
      'PART_OF 滑环 -> 计算机断层扫描仪 grammar:A是B的核心部件',
    ]);
    expect(
      pairs('CT探测器和滑环是CT中价值量较高的部件。', { CT探测器: 'Component', 滑环: 'Component' }),
    ).toEqual([
      'PART_OF CT探测器 -> 计算机断层扫描仪 grammar:A是B的核心部件',
      'PART_OF 滑环 -> 计算机断层扫描仪 grammar:A是B的核心部件',
    ]);
  });
});

describe('what a machine is made of, in more words', () => {
  it('reads A的组成部分包括B、C', () => {
    expect(
      pairs('体外膜肺氧合机的组成部分包括离心泵、氧合器和变温水箱。', {
        离心泵: 'Component',
        氧合器: 'Component',
        变温水箱: 'Component',
      }),
    ).toEqual([
      'PART_OF 变温水箱 -> 体外膜肺氧合机 grammar:A的核心部件B',
      'PART_OF 氧合器 -> 体外膜肺氧合机 grammar:A的核心部件B',
      'PART_OF 离心泵 -> 体外膜肺氧合机 grammar:A的核心部件B',
    ]);
  });

  it('reads past a short name in brackets after the user', () => {
    expect(
      pairs('电脑断层扫描仪（CT）的关键零部件包括X光管、探测器与高压发生器。', {
        X光管: 'Component',
        高压发生器: 'Component',
        电脑断层扫描仪: 'Equipment',
      }),
    ).toEqual([
      'PART_OF X光管 -> 电脑断层扫描仪 grammar:A的核心部件B',
      'PART_OF 探测器 -> 电脑断层扫描仪 grammar:A的核心部件B',
      'PART_OF 高压发生器 -> 电脑断层扫描仪 grammar:A的核心部件B',
    ]);
  });

  it('reads M用作A和B的材料', () => {
    expect(
      pairs('医用钛合金被广泛用作人工关节和骨板的材料。', {
        医用钛合金: 'Material',
        人工关节: 'Equipment',
        骨板: 'Equipment',
      }),
    ).toEqual([
      'USED_IN 医用钛合金 -> 人工关节 grammar:X应用于A',
      'USED_IN 医用钛合金 -> 骨板 grammar:X应用于A',
    ]);
  });
});

describe('entries of a call or a catalogue: a head sentence, then its label', () => {
  it('reads what the entry is made of and what it must serve (主要指标：采用B…，满足A和C使用要求)', () => {
    expect(
      pairs('（一）体外膜肺氧合机。技术要求：采用离心泵和中空纤维膜式氧合器，满足院间转运使用要求。', {
        体外膜肺氧合机: 'Equipment',
        离心泵: 'Component',
        中空纤维膜式氧合器: 'Component',
      }),
    ).toEqual([
      'PART_OF 中空纤维膜式氧合器 -> 体外膜肺氧合机 grammar:A采用B',
      'PART_OF 离心泵 -> 体外膜肺氧合机 grammar:A采用B',
    ]);
    expect(
      pairs('3.磁共振超导磁体。主要指标：场强较高，以铌钛超导线绕制。', {
        磁共振超导磁体: 'Component',
        铌钛超导线: 'Material',
      }),
    ).toEqual(['USED_IN 铌钛超导线 -> 磁共振超导磁体 grammar:A采用B']);
    expect(
      pairs('4.动态平板探测器。主要指标：碘化铯闪烁层直接生长，满足DR和DSA使用要求。', {
        动态平板探测器: 'Component',
        DR: 'Equipment',
        DSA: 'Equipment',
      }),
    ).toEqual([
      'PART_OF 动态平板探测器 -> DR grammar:B满足A使用要求',
      'PART_OF 动态平板探测器 -> DSA grammar:B满足A使用要求',
    ]);
    expect(
      pairs('9.医用金属材料。主要指标：镍钛合金管材、钴铬合金粉末达到血管支架和3D打印植入物的性能要求。', {
        医用金属材料: 'Material',
        镍钛合金管材: 'Material',
        钴铬合金粉末: 'Material',
        血管支架: 'Equipment',
        '3D打印植入物': 'Equipment',
      }),
    ).toEqual([
      'USED_IN 医用金属材料 -> 3D打印植入物 grammar:B满足A使用要求',
      'USED_IN 医用金属材料 -> 血管支架 grammar:B满足A使用要求',
    ]);
  });

  it('gives nothing without a head that names one thing, nor for a user that is a setting', () => {
    expect(pairs('三、重点任务。主要内容：推动CT和MR整机研发，满足基层医疗机构使用要求。')).toEqual([]);
    expect(
      pairs('6.ECMO膜式氧合器和离心泵。主要指标：连续使用不少于14天，满足ECMO使用要求。', {
        ECMO膜式氧合器: 'Component',
        离心泵: 'Component',
      }).filter((p) => p.includes('B满足A')),
    ).toEqual([]);
  });
});

describe('tables copied from a sheet, and a column of the machines a part goes into', () => {
  it('reads a tab-separated table of machines and their parts', () => {
    expect(
      pairs('整机\t核心零部件\t主要供应商\n磁共振\t超导磁体、梯度线圈\t西门子\n', {
        超导磁体: 'Component',
        梯度线圈: 'Component',
      }),
    ).toEqual([
      'PART_OF 梯度线圈 -> 磁共振成像设备 table:machine-parts',
      'PART_OF 超导磁体 -> 磁共振成像设备 table:machine-parts',
    ]);
  });

  it('reads 零部件 | 应用设备', () => {
    expect(
      pairs(
        '| 零部件 | 应用设备 |\n|---|---|\n| 谐波减速器 | 手术机器人、康复机器人 |\n| 平板探测器 | DR、DSA |\n',
        {
          谐波减速器: 'Component',
          平板探测器: 'Component',
          康复机器人: 'Equipment',
          DR: 'Equipment',
          DSA: 'Equipment',
        },
      ),
    ).toEqual([
      'PART_OF 平板探测器 -> DR table:item-use',
      'PART_OF 平板探测器 -> DSA table:item-use',
      'PART_OF 谐波减速器 -> 康复机器人 table:item-use',
      'PART_OF 谐波减速器 -> 手术机器人 table:item-use',
    ]);
  });
});

describe('what a machine uses, with the whole machine named after it: CT整机所用球管', () => {
  it('reads the part after 整机所用', () => {
    expect(pairs('您好，公司CT整机所用球管目前主要向境外供应商采购。', { 球管: 'Component' })).toEqual([
      'PART_OF 球管 -> 计算机断层扫描仪 grammar:A所需的B',
    ]);
  });
});

describe('spoken statements of material: A是P做的, A是P的', () => {
  it('reads 泵头外壳是聚碳酸酯做的 and 管路是医用聚氯乙烯的', () => {
    expect(
      pairs('泵头外壳是聚碳酸酯做的，透明，能看到里面的叶轮。', {
        泵头外壳: 'Component',
        聚碳酸酯: 'Material',
      }),
    ).toEqual(['USED_IN 聚碳酸酯 -> 泵头外壳 grammar:A是M做的']);
    expect(
      pairs('不普通。管路是医用聚氯乙烯的，内表面做了肝素涂层。', {
        管路: 'Component',
        医用聚氯乙烯: 'Material',
      }),
    ).toEqual(['USED_IN 医用聚氯乙烯 -> 管路 grammar:A是M做的']);
  });

  it('reads no material after 还是', () => {
    expect(
      pairs('目前临床上大多数氧合器里的PMP膜还是进口的。', { 氧合器: 'Component', PMP膜: 'Material' }),
    ).toEqual([]);
  });
});
