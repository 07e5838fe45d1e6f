// Parts and materials as broker reports, industry features and reviews state them: a list whose
// class is said after it (`A、B和C是CT的三大核心部件`, `钴铬合金和可降解聚合物涂层两类材料`), the upstream of a
// chain (`产业链上游：A、B…；中游：…`), a class with its members in brackets (`生物原料（抗原、抗体、酶、引物）`),
// parts named by their trade grade (`精密减速器`) or before what is measured of them (`谐波减速器寿命`), and
// materials by shape: synthetic fibres (涤纶), nanomaterials (石墨烯, 碳纳米管) and salts counted by their
// metal (磷酸三钙).
import { describe, expect, it } from 'vitest';
import { thingsOf } from '../seed-data';

const things = thingsOf;

describe('a class said of the list after it', () => {
  it('names the parts of a list that is the subject of 是…核心部件, a bare part for the device', () => {
    const names = things('球管、高压发生器和探测器是CT的三大核心部件。');
    expect(names).toEqual(
      expect.arrayContaining(['Component:球管', 'Component:高压发生器', 'Component:CT探测器']),
    );
    expect(things('精密减速器、伺服电机和控制器被称为机器人的三大核心零部件。')).toEqual(
      expect.arrayContaining(['Component:精密减速器', 'Component:伺服电机']),
    );
  });

  it('names the materials of a list before 是…材料, 均属于…材料 or 是…原料, in Traditional too', () => {
    expect(things('生物活性玻璃、磷酸三钙和硫酸钙是常见的人工骨替代材料。')).toEqual(
      expect.arrayContaining(['Material:生物活性玻璃', 'Material:磷酸三钙', 'Material:硫酸钙']),
    );
    expect(things('羟基磷灰石、磷酸三钙和硫酸钙是常见的骨修复材料。')).toContain('Material:磷酸三钙');
    expect(things('涤纶、真丝和聚丙烯是外科缝线的常用原料。')).toEqual(
      expect.arrayContaining(['Material:涤纶', 'Material:聚丙烯']),
    );
    expect(things('聚乳酸、聚己內酯及聚對二氧環己酮均屬於可降解高分子材料。')).toEqual(
      expect.arrayContaining(['Material:聚乳酸', 'Material:聚己内酯', 'Material:聚对二氧环己酮']),
    );
  });

  it('ends a list of materials at its count, before the class (两类材料, 两种材料)', () => {
    const uses = things('椎间融合器主要采用聚醚醚酮（PEEK）和钛合金两类材料，PEEK的弹性模量更接近人体骨骼。');
    expect(uses).toEqual(expect.arrayContaining(['Material:聚醚醚酮', 'Material:钛合金']));
    expect(uses.filter((n) => n.includes('两类'))).toEqual([]);
    const made = things('心脏支架主要由钴铬合金和可降解聚合物涂层两类材料构成。');
    expect(made).toEqual(expect.arrayContaining(['Material:钴铬合金', 'Material:可降解聚合物涂层']));
    expect(made.filter((n) => n.startsWith('Component:'))).toEqual([]);
    expect(things('导管多采用尼龙和聚氨酯两种材料。')).toContain('Material:聚氨酯');
  });

  it('reads no class from a predicate that is no class of things', () => {
    expect(things('研发投入和临床数据是产品获批的关键。').filter((n) => !n.startsWith('Equipment'))).toEqual(
      [],
    );
  });
});

describe('the upstream of a chain and classes with their members in brackets', () => {
  it('names the parts after 上游：, most of them parts by their heads', () => {
    expect(
      things(
        '产业链上游：球管、高压发生器、平板探测器、准直器；中游：DR与CT整机制造；下游：医院与体检中心。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Component:球管',
        'Component:高压发生器',
        'Component:平板探测器',
        'Component:准直器',
      ]),
    );
  });

  it('names the raw materials of a class in brackets, 酶 and 引物 among them', () => {
    const names = things(
      'IVD上游原材料主要分为生物原料（抗原、抗体、酶、引物）和化学原料（磁珠、微球、缓冲液），其中生物原料占成本比重最高。',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Material:抗原',
        'Material:抗体',
        'Material:酶',
        'Material:引物',
        'Material:磁珠',
      ]),
    );
    expect(things('化学发光试剂的上游原料包括酶、抗原、抗体、磁珠和微球。')).toContain('Material:酶');
  });

  it('reads no 酶 alone outside a list the text calls raw materials', () => {
    expect(things('该药物是一种酶，用于溶栓治疗。')).not.toContain('Material:酶');
  });
});

describe('parts by their trade grade and before what is measured of them', () => {
  it('names 精密减速器 and 精密轴承, not 精密仪器', () => {
    expect(things('機械臂關節依賴精密減速器，國產化率不足兩成。')).toContain('Component:精密减速器');
    expect(things('精密轴承依赖进口。')).toContain('Component:精密轴承');
    expect(things('医院采购了一批精密仪器。').filter((n) => n.includes('精密'))).toEqual([]);
  });

  it('names a part before its lifetime, precision or cost, and not a predicate before it', () => {
    expect(things('亮点二：国产谐波减速器寿命突破1万小时。')).toContain('Component:谐波减速器');
    const clause = things('葡萄糖氧化酶的纯度和稳定性直接决定传感器寿命，国内企业大多进口。');
    expect(clause.filter((n) => n.includes('决定'))).toEqual([]);
  });

  it('starts a part after a verb that fits it to another thing or depends on it', () => {
    expect(things('内镜配合LED冷光源使用。')).toContain('Component:LED冷光源');
    expect(things('内镜配合LED冷光源使用。').filter((n) => n.includes('配合'))).toEqual([]);
    expect(things('机械臂关节依赖精密减速器。').filter((n) => n.includes('依赖'))).toEqual([]);
  });
});

describe('materials by shape', () => {
  it('names synthetic fibres and nanomaterials used in a device', () => {
    expect(things('人工血管多用膨体聚四氟乙烯（ePTFE）和涤纶制造。')).toContain('Material:涤纶');
    const nano = things('柔性电极多以石墨烯、碳纳米管和银纳米线作为导电材料，部分研究采用MXene。');
    expect(nano).toEqual(
      expect.arrayContaining(['Material:石墨烯', 'Material:碳纳米管', 'Material:银纳米线', 'Material:MXene']),
    );
    expect(nano).not.toContain('Component:研究');
  });

  it('names the Latin grade PETG and an alloy wire of a core material (芯材为)', () => {
    expect(things('隱形矯治器使用的膜片材料以熱塑性聚氨酯（TPU）為主，亦有採用PETG者。')).toContain(
      'Material:PETG',
    );
    expect(things('导丝芯材为不锈钢丝或镍钛合金丝。').filter((n) => n.startsWith('Material:'))).toEqual(
      expect.arrayContaining(['Material:不锈钢']),
    );
  });

  it('reads 以M编织 as a use of M', () => {
    expect(things('该支架以钴铬合金丝编织，外覆聚四氟乙烯膜。')).toContain('Material:钴铬合金');
  });
});
