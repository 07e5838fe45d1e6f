// Fields named by headings of any layout, and the equipment of their sections (structure:domain-section).
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { asPlanId } from '../../../core/model/ids';
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
});
