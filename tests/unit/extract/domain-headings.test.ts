// Fields named by headings that hold a shorter field's name, that are a curated class name among
// fields, or that join two classes (rules/domain-headings.ts), and the equipment of their sections.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const read = (text: string) => {
  const graph = graphOf(text);
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    /** Domains found by headings, as [name, quoted mention]. */
    fields: graph.nodes
      .filter((n) => n.label === 'Domain' && n.props?.foundBy === 'heading:domain')
      .flatMap((n) => n.mentions.map((m) => [n.name, text.slice(m.start, m.end)]))
      .sort(),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${node.get(e.source)?.name ?? ''} -> ${node.get(e.target)?.name ?? ''}`),
    labelOf: (name: string) => graph.nodes.find((n) => n.name === name && n.mentions.length > 0)?.label,
  };
};

// The key-fields section of the medical equipment plan as a notice reprints it: （一） fields over
// `1.` subfields, each `1.X。` heading carrying its body on the same line.
const KEY_FIELDS = [
  '三、重点发展领域',
  '',
  '（一）诊断检验装备',
  '',
  '1.医学影像装备。重点发展超导磁共振成像系统（MRI）、光子计数能谱CT、PET-MR和PET-CT等产品。',
  '',
  '2.体外诊断装备。推动全自动化学发光免疫分析仪、高通量基因测序仪、质谱仪、流式细胞仪等产品升级换代。',
  '',
  '（二）治疗装备',
  '',
  '1.放射治疗装备。推进医用直线加速器、质子/重离子治疗系统、术中放疗装备等产品的研制。',
  '',
  '2.手术治疗装备。发展骨科和腹腔镜手术机器人，突破手术机器人用精密减速器。',
  '',
  '（三）监护与生命支持装备',
  '',
  '（四）有源植介入器械',
  '',
  '加快植入式心脏起搏器、植入式神经刺激器、人工耳蜗等产品的迭代升级。',
  '',
].join('\n');

describe('fields named by headings among fields', () => {
  it('reads 2.体外诊断装备 and （四）有源植介入器械 as fields, though each holds a curated field (体外诊断, 植介入器械)', () => {
    const r = read(KEY_FIELDS);
    expect(r.fields).toEqual(
      expect.arrayContaining([
        ['体外诊断装备', '体外诊断装备'],
        ['有源植介入器械', '有源植介入器械'],
        ['手术治疗装备', '手术治疗装备'],
      ]),
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '流式细胞仪 -> 体外诊断装备',
        '高通量基因测序仪 -> 体外诊断装备',
        '人工耳蜗 -> 有源植介入器械',
        '骨科手术机器人 -> 手术治疗装备',
        '腹腔镜手术机器人 -> 手术治疗装备',
      ]),
    );
    // The innermost field holds the equipment, and the （一） field around it holds what its field holds.
    expect(r.links).toContain('流式细胞仪 -> 诊断检验装备');
  });

  it('reads 1.放射治疗装备。 (a curated equipment name) as the field of the four devices under it', () => {
    const r = read(KEY_FIELDS);
    expect(r.fields).toContainEqual(['放射治疗装备', '放射治疗装备']);
    expect(r.links).toEqual(
      expect.arrayContaining(['医用直线加速器 -> 放射治疗装备', '术中放疗装备 -> 放射治疗装备']),
    );
  });

  it('reads （三）手术机器人。 among class headings as the field of its robots, and no robot in its own field', () => {
    const r = read(
      [
        '二、重点任务',
        '（一）医学影像装备。重点发展256排CT、超导磁共振成像系统和数字化X射线摄影系统。',
        '（二）手术机器人。发展腹腔镜和骨科手术机器人，攻关手术机器人用精密减速器。',
        '（三）康复器械。发展外骨骼康复机器人和智能假肢。',
      ].join('\n'),
    );
    expect(r.fields).toContainEqual(['手术机器人', '手术机器人']);
    expect(r.links).toEqual(
      expect.arrayContaining(['腹腔镜手术机器人 -> 手术机器人', '骨科手术机器人 -> 手术机器人']),
    );
    expect(r.links).not.toContain('手术机器人 -> 手术机器人');
  });

  it('leaves a robot heading under a field to that field (（二）治疗装备 > 1.手术机器人)', () => {
    const r = read(
      [
        '三、重点发展领域',
        '（一）医学影像装备。重点发展CT和超导磁共振成像系统。',
        '（二）治疗装备',
        '1.手术机器人。发展腹腔镜和骨科手术机器人。',
        '2.放射治疗装备。发展质子治疗系统和医用直线加速器。',
      ].join('\n'),
    );
    expect(r.fields.map(([name]) => name)).not.toContain('手术机器人');
    expect(r.links).toContain('骨科手术机器人 -> 治疗装备');
  });

  it('reads no field from a robot heading alone among measures (（二）手术机器人。 beside 保障措施)', () => {
    const r = read(
      [
        '（一）加强组织领导。推动CT应用。',
        '（二）手术机器人。发展腹腔镜和骨科手术机器人。',
        '（三）保障措施。',
      ].join('\n'),
    );
    expect(r.fields).toEqual([]);
  });

  it('reads the class of 第三节 医用耗材与生物医用材料 beside two fields, and leaves the curated material a material', () => {
    const r = read(
      [
        '第二章　重点方向',
        '',
        '第一节　高端医学影像设备',
        '',
        '加快发展64排及以上CT、数字化X射线摄影系统（DR）等产品。',
        '',
        '第二节　先进治疗设备',
        '',
        '发展医用电子直线加速器、体外冲击波碎石机等治疗设备。',
        '',
        '第三节　医用耗材与生物医用材料',
        '',
        '推动可降解镁合金、聚乳酸（PLA）等可降解材料在骨科植入物和心血管支架中的应用。',
        '',
      ].join('\n'),
    );
    expect(r.fields).toContainEqual(['医用耗材', '医用耗材']);
    expect(r.links).toContain('骨科植入物 -> 医用耗材');
    expect(r.labelOf('生物医用材料')).toBe('Material');
  });

  it('leaves a curated class name that is no heading among fields what the lexicon says (二、放射治疗装备 beside 三、保障措施)', () => {
    const r = read(
      '二、放射治疗装备\n\n推进医用直线加速器、术中放疗装备等产品的研制。\n\n三、保障措施\n\n加强组织领导。\n',
    );
    expect(r.fields).toEqual([]);
    expect(r.labelOf('放射治疗设备')).toBe('Equipment');
  });

  it('reads no field from a heading over a body that names no equipment ((一) 体外诊断装备 over a sentence of policy)', () => {
    const r = read('三、重点发展领域\n\n（一）体外诊断装备\n\n加强政策支持，完善标准体系。\n');
    expect(r.fields).toEqual([]);
  });

  it('reads a class joined with a bare class noun as one field (3. 植介入器械及材料 over 3.1 …)', () => {
    const r = read(
      [
        '1. 高端医学影像装备',
        '1.1 光子计数能谱CT研发',
        '研究内容：研制光子计数能谱CT，突破高热容量X射线管和高频高压发生器。',
        '',
        '2. 植介入器械及材料',
        '2.1 可降解金属血管支架研发',
        '研究内容：研制可降解冠状动脉支架及外周血管支架，以聚乳酸为载药涂层。',
        '2.2 人工关节用高性能材料研发',
        '研究内容：研制髋关节假体和膝关节假体。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(
      expect.arrayContaining([
        ['植介入器械及材料', '植介入器械及材料'],
        ['高端医学影像装备', '高端医学影像装备'],
      ]),
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '光子计数能谱CT -> 高端医学影像装备',
        '可降解冠状动脉支架 -> 植介入器械及材料',
        '髋关节假体 -> 植介入器械及材料',
      ]),
    );
    expect(r.links).not.toContain('髋关节假体 -> 植介入器械');
  });
});
