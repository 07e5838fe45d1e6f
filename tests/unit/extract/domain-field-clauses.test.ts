// Clauses led by one field put the equipment that follows in it (rules/domain-lists.ts, text:domain-field),
// and name the field when it is new (rules/domain-fields.ts, text:field-word / text:field-list):
// `在X领域，…A、B`, `X方面，…A`, `X主要包括A、B`, `围绕X，发展A、B`, `A、B与C等领域`.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
import { curated } from './seed-data';

/** New fields as [name, foundBy, quoted mention], and `equipment -> field rule` of IN_DOMAIN. */
const read = (text: string) => {
  const { graph } = extractGraph(
    [
      {
        meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  );
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return {
    fields: graph.nodes
      .filter((n) => n.label === 'Domain' && n.discovered === true)
      .flatMap((n) => n.mentions.map((m) => [n.name, n.props?.foundBy, text.slice(m.start, m.end)])),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''} ${e.rule ?? ''}`)
      .sort(),
    quotes: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .flatMap((e) => e.evidence.map((v) => [v.quote, text.slice(v.start, v.end)])),
  };
};

describe('X主要包括A、B', () => {
  // 中商情报网, 2021-09-17 (the page is in Traditional script; here in Simplified).
  const sentence =
    '医疗影像设备主要包括X线计算机体层成像设备(CT)、磁共振成像设备(MRI)、数字影像设备(DSA)、医用X线机(GXR)、超声成像设备。';

  it('makes the class before 主要包括 a field and puts the listed devices in it', () => {
    const r = read(sentence);
    expect(r.fields).toEqual([['医疗影像设备', 'text:field-word', '医疗影像设备']]);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '医用X线机 -> 医疗影像设备 text:domain-field',
        '磁共振成像设备 -> 医疗影像设备 text:domain-field',
        '超声成像设备 -> 医疗影像设备 text:domain-field',
      ]),
    );
  });

  it('quotes the sentence as written, an exact slice of the text', () => {
    for (const [quote, slice] of read(sentence).quotes) expect(quote).toBe(slice);
    expect(read(sentence).quotes[0]?.[0]).toBe(sentence);
  });

  it('reads no field from the whole industry (广义的医疗设备包括医疗器械，家用医疗设备)', () => {
    // guocheng.org.cn, on what 医疗设备 covers: only 家用医疗设备 is a field, and nothing is linked.
    const r = read('广义的医疗设备包括医疗器械，家用医疗设备，而专业的医疗设备则不包括家用医疗设备器械。');
    expect(r.fields.map(([n]) => n)).toEqual(['家用医疗设备']);
    expect(r.links).toEqual([]);
  });
});

describe('the industry narrowed by use', () => {
  it('reads both fields of 三类是家用及康复医疗器械产品开发, the first completed with 医疗器械', () => {
    // leone-china.cn, 2019: the four classes of products device makers may aim at.
    const text =
      '医疗器械研发可关注四类具体产品。一类是面向基层的产品，即面向农村、社区基础的医疗器械，从基础的医用DR开始；二类是中高层次医疗器械产品的开发；三类是家用及康复医疗器械产品开发；四类是公共医疗卫生和应急救援的医疗器械产品开发。';
    expect(read(text).fields).toEqual(
      expect.arrayContaining([
        ['家用医疗器械', 'text:field-qualified', '家用'],
        ['康复医疗器械', 'text:field-qualified', '康复医疗器械'],
      ]),
    );
  });

  it('makes 家用医疗器械 after 等 a field of its members', () => {
    expect(read('支持血压计、制氧机等家用医疗器械进入家庭。').links).toEqual(
      expect.arrayContaining(['制氧机 -> 家用医疗器械 text:domain-apposition']),
    );
  });

  it('reads the field of 壮大康复医疗器械产业 without the verb before it', () => {
    expect(read('壮大康复医疗器械产业。').fields).toEqual([
      ['康复医疗器械', 'text:field-industry', '康复医疗器械'],
    ]);
  });
});

describe('X领域 and X方面 leading a clause', () => {
  it('reads 医学影像 of 在医学影像领域，重点发展… as a field without a class noun', () => {
    const r = read('在医学影像领域，重点发展高端CT、磁共振成像系统和彩色超声诊断仪。');
    expect(r.fields).toEqual([['医学影像', 'text:field-word', '医学影像']]);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '彩色超声诊断仪 -> 医学影像 text:domain-field',
        '磁共振成像设备 -> 医学影像 text:domain-field',
      ]),
    );
  });

  it('does not link a device named later in a sentence that only describes the field', () => {
    // wanwend.com on CT tubes: 领域 is followed by a description, not by the field's members.
    const r = read(
      'Ct 设备是医疗影像领域最重要的设备之一，特别是2020年新冠肺炎期间， Ct 设备的重要性更加凸显。',
    );
    expect(r.fields).toEqual([]);
    expect(r.links).toEqual([]);
  });

  it('puts the equipment after X方面 in a known field (诊断检验装备方面，重点发展…)', () => {
    expect(read('诊断检验装备方面，重点发展全自动生化分析仪、化学发光免疫分析仪。').links).toEqual(
      expect.arrayContaining([
        '全自动生化分析仪 -> 诊断检验装备 text:domain-field',
        '化学发光免疫分析仪 -> 诊断检验装备 text:domain-field',
      ]),
    );
  });

  it('reads no field from a trade or a capacity before 领域 (在医疗卫生领域, 在关键核心技术领域)', () => {
    const r = read('在医疗卫生领域，推广应用CT。在关键核心技术领域，突破CT。');
    expect(r.fields).toEqual([]);
    expect(r.links).toEqual([]);
  });

  it('links nothing from one field of a pair (在诊断检验装备和治疗装备领域，…)', () => {
    expect(read('在诊断检验装备和治疗装备领域，重点发展CT。').links).toEqual([]);
  });

  it('leaves to another field the members of its own apposition (…，以及呼吸机等治疗装备)', () => {
    const links = read('在诊断检验装备领域，重点发展CT，以及呼吸机等治疗装备。').links;
    expect(links).toContain('计算机断层扫描仪 -> 诊断检验装备 text:domain-field');
    expect(links.filter((l) => l.startsWith('呼吸机 -> 诊断检验装备'))).toEqual([]);
  });
});

describe('X：A、B', () => {
  it('makes a class phrase opening its line before a colon the field of the equipment after it', () => {
    const r = read(
      '医学影像设备：重点发展高端CT、磁共振成像系统。\n治疗设备：发展手术机器人、质子治疗系统。',
    );
    expect(r.fields).toEqual([
      ['医学影像设备', 'text:field-word', '医学影像设备'],
      ['治疗设备', 'text:field-word', '治疗设备'],
    ]);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '磁共振成像设备 -> 医学影像设备 text:domain-field',
        '手术机器人 -> 治疗设备 text:domain-field',
      ]),
    );
    expect(r.links.filter((l) => l.startsWith('手术机器人 -> 医学影像设备'))).toEqual([]);
  });

  it('reads no field from a label before a colon that names no class (重点任务：, 主要目标：)', () => {
    expect(read('重点任务：发展手术机器人。主要目标：到2025年，CT国产化率达到50%。').fields).toEqual([]);
  });
});

describe('X重点发展A、B', () => {
  it('puts the equipment after a field that opens its clause with a verb of development in it', () => {
    expect(read('其中，治疗装备着力突破手术机器人和质子治疗系统。').links).toEqual([
      '手术机器人 -> 治疗装备 text:domain-field',
      '质子治疗系统 -> 治疗装备 text:domain-field',
    ]);
  });

  it('links nothing when the field is the object of a verb (推动诊断检验装备重点发展，支持呼吸机)', () => {
    expect(read('推动诊断检验装备重点发展，支持呼吸机。').links).toEqual([]);
  });
});

describe('围绕X，发展A、B', () => {
  it('puts the equipment of the clause after 围绕X， in X', () => {
    expect(read('围绕治疗装备，发展手术机器人、质子治疗系统和血液透析设备。').links).toEqual(
      expect.arrayContaining([
        '手术机器人 -> 治疗装备 text:domain-field',
        '质子治疗系统 -> 治疗装备 text:domain-field',
        '血液透析设备 -> 治疗装备 text:domain-field',
      ]),
    );
  });

  it('reads nothing from 围绕 a need, not a field (hist-2017: 围绕功能代偿、生活护理、康复训练等需求)', () => {
    const r = read(
      '围绕功能代偿、生活护理、康复训练等需求，重点突破柔性控制、多信息融合、运动信息解码、外部环境感知等新技术，开发系列智能假肢。',
    );
    expect(r.links).toEqual([]);
  });
});

describe('lists of fields without a class noun', () => {
  it('reads the members after 领域为 as fields: 有源植介入器械, not the curated 植介入器械 inside it', () => {
    // A forum reprint of the 十四五 medical equipment plan's news (jiajiao0451.com, Traditional there).
    const r = read(
      '7个重点领域为诊断检验装备、治疗装备、监护与生命支持装备、中医诊疗装备、妇幼健康装备、保健康复装备、有源植介入器械，基本覆盖了全人群从防、诊、治到康、护、养全方位全生命周期医疗健康服务装备需求。',
    );
    expect(r.fields).toEqual([['有源植介入器械', 'text:field-list', '有源植介入器械']]);
  });

  it('reads no field list from 领域是 followed by a statement (医疗器械领域是我国制造业的重要组成部分)', () => {
    expect(read('医疗器械领域是我国制造业的重要组成部分，重点发展CT。').fields).toEqual([]);
  });

  it('reads the members of 在体外诊断、智能光电诊疗、…、制药装备与检测仪器等领域 as fields', () => {
    // 吉林省人民政府办公厅's 实施方案 as reported (本报吉林讯, 2023).
    const r = read(
      '突破技术瓶颈，在体外诊断、智能光电诊疗、生物医用材料、制药装备与检测仪器等领域，加速要素国产替代，跑出医疗器械产业发展新速度。',
    );
    expect(r.fields).toEqual(
      expect.arrayContaining([
        ['智能光电诊疗', 'text:field-list', '智能光电诊疗'],
        ['检测仪器', 'text:field-list', '检测仪器'],
      ]),
    );
    expect(r.links).toEqual([]);
  });
});
