// Fields named by headings of any layout, and the equipment of their sections (structure:domain-section).
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId, type NodeId } from '../../../core/model/ids';
import { joinedCuratedField } from '../../../server/extract/terms/heading-domains';
import { curated } from './seed-data';

/** Discovered heading fields as [name, quoted mention], and `equipment -> field` of their sections. */
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
      .filter((n) => n.label === 'Domain' && n.props?.foundBy === 'heading:domain')
      .flatMap((n) => n.mentions.map((m) => [n.name, text.slice(m.start, m.end)])),
    links: graph.edges
      .filter((e) => e.type === 'IN_DOMAIN' && e.rule === 'structure:domain-section')
      .map((e) => `${name.get(e.source) ?? ''} -> ${name.get(e.target) ?? ''}`)
      .sort(),
  };
};

describe('fields named by headings', () => {
  it('reads 第一节 治疗设备 under 第一章 重点领域 and links the equipment of its section', () => {
    const r = read(
      '第一章 重点领域\n\n第一节 治疗设备\n重点发展高能直线加速器、血液透析设备和骨科手术机器人等产品。\n\n第二章 保障措施\n推动呼吸机应用。\n',
    );
    expect(r.fields).toEqual([['治疗设备', '治疗设备']]);
    expect(r.links).toEqual(
      [
        '血液透析设备 -> 治疗设备',
        '透析设备 -> 治疗设备',
        '骨科手术机器人 -> 治疗设备',
        '高能直线加速器 -> 治疗设备',
      ].sort(),
    );
  });

  it('reads （一）医学影像设备 on its own line before its body', () => {
    const r = read(
      '（一）医学影像设备\n重点发展CT、超声诊断设备和磁共振成像系统。\n（二）体外诊断产品\n推进免疫分析仪研发。\n',
    );
    expect(r.fields).toEqual([['医学影像设备', '医学影像设备']]);
    expect(r.links).toContain('超声诊断设备 -> 医学影像设备');
  });

  it('reads a heading without a class noun among fields (## 医学影像 beside ## 体外诊断)', () => {
    const r = read(
      '# 医疗器械重点领域\n\n## 医学影像\n重点发展CT、超声诊断设备和磁共振成像系统。\n\n## 体外诊断\n推进免疫分析仪、生化分析仪研发。\n',
    );
    expect(r.fields).toEqual([['医学影像', '医学影像']]);
    expect(r.links).toContain('超声诊断设备 -> 医学影像');
  });

  it('reads the field of （一）医学影像设备领域 without 领域', () => {
    const r = read(
      '（一）医学影像设备领域\n重点发展CT、超声诊断设备和磁共振成像系统。\n（二）治疗设备领域\n发展质子治疗系统、呼吸机。\n',
    );
    expect(r.fields).toEqual([
      ['医学影像设备', '医学影像设备'],
      ['治疗设备', '治疗设备'],
    ]);
  });

  it('reads no field from a measure heading: （三）发展应急医疗装备, ## 保障措施, 引领发展四类服务', () => {
    expect(read('（三）发展应急医疗装备\n发展负压救护车、移动CT和呼吸机。\n').links).toEqual([]);
    const r = read(
      '# 重点领域\n\n## 医学影像\n重点发展CT、超声诊断设备和磁共振成像系统。\n\n## 保障措施\n推动呼吸机、监护仪应用。\n\n## 引领发展四类服务\n推广呼吸机、监护仪。\n',
    );
    expect(r.fields).toEqual([['医学影像', '医学影像']]);
  });

  it('reads a field whose body names its devices by short names (### 康复器械 over 外骨骼机器人、智能假肢; 1.医学影像设备 over CT)', () => {
    const r = read(
      '## 重点发展领域\n\n### 康复器械\n\n发展外骨骼机器人、智能假肢。\n\n### 医学影像设备\n\n重点发展高端CT和磁共振成像系统。\n',
    );
    expect(r.fields).toEqual([
      ['康复器械', '康复器械'],
      ['医学影像设备', '医学影像设备'],
    ]);
    expect(r.links).toEqual(
      expect.arrayContaining([
        '外骨骼机器人 -> 康复器械',
        '智能假肢 -> 康复器械',
        '计算机断层扫描仪 -> 医学影像设备',
      ]),
    );
  });

  it('reads classes of products named by 类 side by side under a heading of products (1.血管介入类)', () => {
    const r = read(
      '（二）主要产品及用途\n1.血管介入类\n主要产品包括药物洗脱冠脉支架、药物涂层球囊导管、外周血管支架和腔内覆膜支架系统。\n2.结构性心脏病类\n主要产品为经导管主动脉瓣膜系统和左心耳封堵器。\n',
    );
    expect(r.fields.map(([n]) => n)).toEqual(expect.arrayContaining(['血管介入类', '结构性心脏病类']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '药物涂层球囊导管 -> 血管介入类',
        '外周血管支架 -> 血管介入类',
        '左心耳封堵器 -> 结构性心脏病类',
      ]),
    );
  });

  it('reads no 类 heading alone, nor classes of measures or grades (（一）财政补助类, 第二类)', () => {
    const alone = read(
      '（二）主要产品及用途\n1.血管介入类\n主要产品包括药物洗脱冠脉支架、药物涂层球囊导管和外周血管支架。\n',
    );
    expect(alone.fields).toEqual([]);
    const measures = read(
      '三、支持政策\n（一）设备更新补助类\n对购置CT、磁共振成像系统等设备的医院给予补助。\n（二）贷款贴息类\n对购置呼吸机、监护仪的医院给予贴息。\n',
    );
    expect(measures.fields).toEqual([]);
    const grades = read(
      '一、产品分类\n（一）第二类\n包括电子血压计、呼吸机。\n（二）第三类\n包括心脏起搏器、冠脉支架。\n',
    );
    expect(grades.fields).toEqual([]);
  });

  it("reads 类 headings over bodies that list their products, and X类产品 there as the heading's field", () => {
    const text =
      '3.2  细分产品类别\n\n（一）手术床类\n\n手术床类产品包括电动液压手术床、综合手术床和骨科牵引手术床。电动液压手术床一般由床面、升降柱、底座、液压系统和控制手柄组成，床面多采用碳纤维复合材料。\n\n（二）照明与悬吊类\n\n照明与悬吊类产品包括LED手术无影灯、手术辅助照明灯和医用吊塔。医用吊塔则由横臂、升降机构、设备平台和气电接口面板构成。\n';
    const { graph } = extractGraph(
      [
        {
          meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
          text,
        },
      ],
      curated(),
    );
    const domains = graph.nodes.filter((n) => n.label === 'Domain').map((n) => n.name);
    expect(domains).toEqual(expect.arrayContaining(['手术床类', '照明与悬吊类']));
    expect(domains).not.toContain('照明与悬吊类产品');
    expect(domains).not.toContain('手术床类产品');
  });
});

describe('a curated field joined with a name of no curated term in a heading (joinedCuratedField)', () => {
  const m = (nodeId: string, from: number, to: number) => ({ nodeId: nodeId as NodeId, from, to });
  const piece = (title: string, matches: ReturnType<typeof m>[]) =>
    joinedCuratedField(
      title,
      matches,
      matches.map((x) => x.to),
      0,
      title.length,
    );

  it('is the match when the curated field is one whole side of 与/和/及', () => {
    const zhyl = m('domain:smart-healthcare', 0, 4);
    expect(piece('智慧医疗与可穿戴', [zhyl])).toBe(zhyl);
    const kf = m('domain:rehabilitation', 4, 6);
    expect(piece('可穿戴及康复', [kf])).toBe(kf);
  });

  it('is nothing when the title holds two curated names, a curated name not a field, or no join', () => {
    expect(piece('体外诊断与医学影像', [m('domain:ivd', 0, 4), m('domain:imaging', 5, 9)])).toBeUndefined();
    expect(piece('超声刀与可穿戴', [m('equipment:ultrasonic-scalpel', 0, 3)])).toBeUndefined();
    expect(piece('提升体外诊断设备水平', [m('domain:ivd', 2, 6)])).toBeUndefined();
    expect(piece('可穿戴设备', [])).toBeUndefined();
  });
});
