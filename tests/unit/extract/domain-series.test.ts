// Lists of fields under a bare class (`A、B、C等系列产品` holding a known field), bare members of a list
// of fields, and short references to a field named before (`在影像领域`, `影像方面`): rules/domain-fields.ts.
import { describe, expect, it } from 'vitest';
import { graphOf } from './seed-data';

const read = (text: string) => {
  const graph = graphOf(text);
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    /** New fields as [name, completedFrom, quoted mentions]. */
    fields: graph.nodes
      .filter((n) => n.label === 'Domain' && n.discovered === true)
      .map((n) => [n.name, n.props?.completedFrom ?? '', n.mentions.map((m) => text.slice(m.start, m.end))])
      .sort(),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${node.get(e.source)?.name ?? ''} -> ${node.get(e.target)?.name ?? ''}`),
    mentionsOf: (name: string) =>
      graph.nodes.find((n) => n.name === name)?.mentions.map((m) => text.slice(m.start, m.end)) ?? [],
  };
};

// A municipal measure for high-end medical devices as a news report writes it.
const MEASURES =
  '《措施》明确，重点支持高端医学影像、体外诊断、生命信息支持、植介入器械、康复理疗等系列产品的研发与产业化。' +
  '在影像领域，鼓励企业攻关CT、磁共振成像系统整机及其核心部件；在植介入领域，支持心脏瓣膜和可吸收支架等产品开展临床试验。' +
  '配套方面，培育医用传感器、精密电机等供应链企业。';

describe('A、B、C等系列产品 with a known field among the members', () => {
  it('names each member a field, completing a bare one with the class (高端医学影像 -> 高端医学影像产品)', () => {
    const r = read(MEASURES);
    expect(r.fields).toEqual(
      expect.arrayContaining([
        ['高端医学影像产品', '产品', ['高端医学影像', '影像']],
        ['生命信息支持产品', '产品', ['生命信息支持']],
        ['康复理疗产品', '产品', ['康复理疗']],
      ]),
    );
  });

  it('reads 在影像领域 and 在植介入领域 as the fields named before, with the equipment that follows', () => {
    const r = read(MEASURES);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '计算机断层扫描仪 -> 高端医学影像产品',
        '心脏瓣膜 -> 植介入器械',
        '可吸收支架 -> 植介入器械',
      ]),
    );
    expect(r.mentionsOf('植介入器械')).toEqual(['植介入器械', '植介入']);
    // No field of its own for the short name, and none for 配套 (no field was named so).
    expect(r.fields.map((f) => f[0])).not.toContain('植介入');
    expect(r.fields.map((f) => f[0])).not.toContain('配套');
  });

  it('makes no field of a list of devices under 等产品 (推动透析设备、呼吸机等产品的升级换代)', () => {
    expect(read('推动透析设备、呼吸机等产品的升级换代。').fields).toEqual([]);
  });

  it('completes no device member of a list that holds a field (体外诊断、呼吸机等产品)', () => {
    const r = read('重点支持体外诊断、呼吸机等系列产品的研发。');
    expect(r.fields.map((f) => f[0])).not.toContain('呼吸机产品');
  });
});

describe('a bare member among fields and a field named again by its tail', () => {
  // An approval news report of innovative devices.
  const NEWS =
    '2023年以来，国家药品监督管理局先后批准一批创新产品注册，覆盖心血管介入、神经调控和医学影像等领域。\n\n' +
    '影像方面，一款1.5T无液氦超导磁共振成像系统获准上市。';

  it('names 神经调控 a field beside 心血管介入 and 医学影像', () => {
    expect(read(NEWS).fields.map((f) => f[0])).toEqual(
      expect.arrayContaining(['神经调控', '心血管介入', '医学影像']),
    );
  });

  it('puts the system after 影像方面 in 医学影像', () => {
    const r = read(NEWS);
    expect(r.links).toContain('磁共振成像设备 -> 医学影像');
    expect(r.mentionsOf('医学影像')).toEqual(['医学影像', '影像']);
  });

  it('names no bare member when most of the list is no field (疫苗、基因工程药物、抗体药物、细胞治疗等领域)', () => {
    const r = read('在疫苗、基因工程药物、抗体药物、细胞治疗等领域，抢占生物医药产业新高地。');
    expect(r.fields.map((f) => f[0])).not.toContain('基因工程药物');
  });

  it('names a curated material listed between fields a field there (在体外诊断、智能光电诊疗、生物医用材料、制药装备与检测仪器等领域)', () => {
    // A provincial 实施方案 as a news report gives it.
    const r = read(
      '要突破技术瓶颈，在体外诊断、智能光电诊疗、生物医用材料、制药装备与检测仪器等领域，加快要素国产替代。',
    );
    expect(r.fields.map((f) => f[0])).toEqual(expect.arrayContaining(['生物医用材料', '智能光电诊疗']));
  });

  it('leaves a curated device between fields a device (在体外诊断、呼吸机、医学影像等领域)', () => {
    const r = read('在体外诊断、呼吸机、医学影像等领域，加快要素国产替代。');
    expect(r.fields.map((f) => f[0])).not.toContain('呼吸机');
  });
});

describe('A、B等X与Y装备 with a function among X and Y', () => {
  it('names 急救与重症装备 a field and puts the devices before 等 in it', () => {
    const r = read(
      '重点发展有创呼吸机、体外膜肺氧合系统（ECMO）、连续性血液净化设备、除颤器等急救与重症装备，提升呼吸机涡轮风机等关键部件的自主供给能力。',
    );
    expect(r.fields.map((f) => f[0])).toContain('急救与重症装备');
    expect(r.links).toEqual(
      expect.arrayContaining(['有创呼吸机 -> 急救与重症装备', '连续性血液净化设备 -> 急救与重症装备']),
    );
  });

  it('names no field of two kinds of goods joined under 等 (等药品与食品装备 has no function)', () => {
    expect(read('推动灌装机、包装机等药品与食品装备升级。').fields).toEqual([]);
  });
});

describe('a counted list of fields without 等 (A、B和C三大领域)', () => {
  it('names each member a field and puts no member in the last one', () => {
    const r = read('聚焦高端医学影像、体外诊断和康复器械三大领域，打造产业集群。');
    expect(r.fields.map((f) => f[0])).toEqual(expect.arrayContaining(['高端医学影像', '康复器械']));
    expect(r.links).toEqual([]);
  });

  it('reads no field list from a count of other things (三大平台)', () => {
    expect(read('建设医学影像、体外诊断和康复三大平台。').fields).toEqual([]);
  });
});
