// Fields named in running text (rules/domain-fields.ts, field-terms.ts) and the IN_DOMAIN of the
// members of an apposition (rules/domain-apposition.ts), on sentences in the style of the plans.
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../../server/extract/extract';
import { yieldsToField } from '../../../server/extract/field-terms';
import type { DiscoveredTerm } from '../../../server/extract/plan-model';
import { asNodeId, asPlanId } from '../../../core/model/ids';
import type { GraphFile } from '../../../core/model/interchange';
import { curated } from './seed-data';

const graphOf = (text: string): GraphFile =>
  extractGraph(
    [
      {
        meta: { id: asPlanId('test-2024'), title: 'test', titleEn: 'test', file: 'test.txt', year: 2024 },
        text,
      },
    ],
    curated(),
  ).graph;

/** Domains with their mentions as [start, end, quoted slice], and `source -> target rule` of IN_DOMAIN. */
const read = (text: string) => {
  const g = graphOf(text);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return {
    domains: g.nodes
      .filter((n) => n.label === 'Domain' && n.mentions.length > 0)
      .map((n) => ({
        name: n.name,
        discovered: n.discovered === true,
        foundBy: n.props?.foundBy,
        confidence: n.props?.confidence,
        spans: n.mentions.map((m) => [m.start, m.end, text.slice(m.start, m.end)]),
      })),
    links: g.edges
      .filter((e) => e.type === 'IN_DOMAIN')
      .map((e) => `${name.get(e.source) ?? e.source} -> ${name.get(e.target) ?? e.target} ${e.rule ?? ''}`)
      .sort(),
    labelOf: (n: string) => g.nodes.filter((x) => x.name === n).map((x) => x.label),
  };
};

describe('fields by apposition (A、B等X)', () => {
  it('makes 高性能诊疗设备 a field of CT and 超声诊断设备 in 重点发展CT、超声诊断设备等高性能诊疗设备', () => {
    const text = '重点发展CT、超声诊断设备等高性能诊疗设备。';
    const r = read(text);
    expect(r.domains).toEqual([
      {
        name: '高性能诊疗设备',
        discovered: true,
        foundBy: 'text:field-apposition',
        confidence: 0.8,
        spans: [[14, 21, '高性能诊疗设备']],
      },
    ]);
    expect(r.links).toEqual([
      '计算机断层扫描仪 -> 高性能诊疗设备 text:domain-apposition',
      '超声诊断设备 -> 高性能诊疗设备 text:domain-apposition',
    ]);
    expect(r.labelOf('高性能诊疗设备')).toEqual(['Domain']);
  });

  it('reads 全降解血管支架等高值医用耗材 and 可穿戴设备等移动医疗产品 (the stem of the field 移动医疗)', () => {
    const r = read('推广全降解血管支架等高值医用耗材，普及可穿戴设备等移动医疗产品。');
    expect(r.domains.map((d) => [d.name, d.spans])).toEqual([
      ['高值医用耗材', [[10, 16, '高值医用耗材']]],
      ['移动医疗产品', [[25, 31, '移动医疗产品']]],
    ]);
    expect(r.links).toEqual([
      '可穿戴设备 -> 移动医疗产品 text:domain-apposition',
      '血管支架 -> 高值医用耗材 text:domain-apposition',
    ]);
  });

  it('links the members to a known field with a qualifier (传统保健康复装备)', () => {
    expect(read('提高康复辅具、理疗设备等传统保健康复装备水平。').links).toContain(
      '康复辅具 -> 保健康复装备 text:domain-apposition',
    );
  });

  it('leaves a class of devices without a field qualifier alone: 透析设备、呼吸机等产品, 等新型监护装备', () => {
    expect(read('推动透析设备、呼吸机等产品的升级换代。').domains).toEqual([]);
    expect(read('研制脑损伤、脑发育、颅内血氧、疼痛等新型监护装备。').domains).toEqual([]);
  });

  it('keeps a curated equipment name what the lexicon says under a field (——治疗装备。…等放射治疗设备)', () => {
    // Under a line led by a field the class is a device of that field (seeds, meq-2021).
    const r = read('——治疗装备。提升质子治疗系统、重离子治疗系统等放射治疗设备性能品质。');
    expect(r.labelOf('放射治疗设备')).toEqual(['Equipment']);
    // Alone, a curated class after 等 over two devices heads them as a field (rules/domain-fields.ts).
    expect(
      read('提升质子治疗系统、重离子治疗系统等放射治疗设备性能品质。').labelOf('放射治疗设备'),
    ).toContain('Domain');
    expect(read('提升质子治疗系统等放射治疗设备性能品质。').labelOf('放射治疗设备')).toEqual(['Equipment']);
  });

  it('does not read a head that runs into another noun (等智能医疗装备产业) as an apposition', () => {
    const r = read('推动影像设备、监护仪等智能医疗装备产业集聚。');
    expect(r.links).toEqual([]);
    expect(r.domains.map((d) => [d.name, d.confidence])).toEqual([['智能医疗装备', 0.7]]);
  });
});

describe('fields by lists of fields and X领域', () => {
  it('makes every member of …等重点发展领域 a field: 有源植介入器械 (not 植介入器械 inside it)', () => {
    const text = '围绕诊断检验装备、治疗装备、有源植介入器械等重点发展领域，布置重点任务。';
    const r = read(text);
    expect(r.domains.map((d) => [d.name, d.foundBy ?? 'curated', d.spans])).toEqual([
      ['诊断检验装备', 'curated', [[2, 8, '诊断检验装备']]],
      ['治疗装备', 'curated', [[9, 13, '治疗装备']]],
      ['有源植介入器械', 'text:field-list', [[14, 21, '有源植介入器械']]],
    ]);
  });

  it('makes 高性能医疗器械 a field, not a device, in 领域共有六个：生物药、……、高性能医疗器械、新型辅料包材和制药设备', () => {
    const r = read(
      '医药行业要重点推进的领域共有六个：生物药、化学药新品种、高性能医疗器械、新型辅料包材和制药设备。',
    );
    expect(r.labelOf('高性能医疗器械')).toEqual(['Domain']);
    expect(r.labelOf('制药设备')).toEqual(['Domain']);
    expect(r.labelOf('生物药')).toEqual([]);
  });

  it('reads the fields of 把目光放在智能制造装备、高端医疗装备、微电子装备等高端装备领域上', () => {
    const r = read('全市要把目光放在智能制造装备、高端医疗装备、微电子装备等高端装备领域上。');
    expect(r.domains.map((d) => d.name).sort()).toEqual(
      ['微电子装备', '智能制造装备', '高端医疗装备'].sort(),
    );
  });

  it('makes X of 在X领域，重点发展A、B a field when equipment follows, and puts the equipment in it', () => {
    const r = read('在高端医学影像设备领域，重点发展CT、超声诊断设备。');
    expect(r.domains.map((d) => [d.name, d.foundBy, d.spans])).toEqual([
      ['高端医学影像设备', 'text:field-word', [[1, 9, '高端医学影像设备']]],
    ]);
    expect(r.links).toEqual([
      '计算机断层扫描仪 -> 高端医学影像设备 text:domain-field',
      '超声诊断设备 -> 高端医学影像设备 text:domain-field',
    ]);
  });

  it('reads no field from the whole industry (专门针对医疗装备领域)', () => {
    expect(read('专门针对医疗装备领域制定的产业发展规划尚属首次。').domains).toEqual([]);
  });
});

describe('classes of products named as fields', () => {
  it('completes each category of 着力发展医学影像诊断类、放射治疗类和体外诊断试剂类产品 with 产品', () => {
    const text = '着力发展医学影像诊断类、放射治疗类和体外诊断试剂类产品。';
    const r = read(text);
    expect(r.domains.map((d) => [d.name, d.foundBy, d.spans]).sort()).toEqual(
      [
        ['医学影像诊断类产品', 'text:field-class', [[4, 11, '医学影像诊断类']]],
        ['放射治疗类产品', 'text:field-class', [[12, 17, '放射治疗类']]],
        ['体外诊断试剂类产品', 'text:field-class', [[18, 27, '体外诊断试剂类产品']]],
      ].sort(),
    );
  });

  it('reads no category from a count or a demonstrative (重点发展创新药物、医疗器械、健康产品等三类产品; 这类产品)', () => {
    const names = read('重点发展创新药物、医疗器械、健康产品等三类产品。这类产品需求旺盛。').domains.map(
      (d) => d.name,
    );
    expect(names.filter((n) => n.endsWith('类产品'))).toEqual([]);
  });

  it('makes the classes listed with a field fields: 发展高质量植介入产品、康复产品和高性能体外诊断产品', () => {
    const r = read('发展高质量植介入产品、康复产品和高性能体外诊断产品。');
    expect(r.domains.map((d) => [d.name, d.foundBy ?? 'curated']).sort()).toEqual(
      [
        ['高质量植介入产品', 'text:field-coordinated'],
        ['康复产品', 'text:field-coordinated'],
        ['体外诊断产品', 'curated'],
      ].sort(),
    );
  });

  it('makes the classes before 等 + a bare class fields and leaves the devices: 口腔器材、康复医疗器械、医用导管等医疗器械', () => {
    const r = read('口腔器材、康复医疗器械、医用导管等医疗器械要加快发展。');
    expect(r.domains.map((d) => d.name).sort()).toEqual(['口腔器材', '康复医疗器械'].sort());
    expect(r.labelOf('医用导管')).not.toContain('Domain');
  });

  it('leaves devices before 等产品 alone (推动透析设备、呼吸机等产品的升级换代)', () => {
    expect(read('推动透析设备、呼吸机等产品的升级换代。').domains).toEqual([]);
  });

  it('reads each class of 等诊断器械、治疗器械和辅助器械 as a field, without saying which holds the members', () => {
    const r = read('重点发展家庭医疗康复设备、家庭护理设备等诊断器械、治疗器械和辅助器械。');
    expect(r.domains.map((d) => d.name).sort()).toEqual(['治疗器械', '诊断器械', '辅助器械'].sort());
    expect(r.links).toEqual([]);
  });

  it('makes 治疗设备 after 等 a field of its members (推动透析设备、呼吸机等治疗设备升级)', () => {
    expect(read('推动透析设备、呼吸机等治疗设备升级。').links).toEqual([
      '呼吸机 -> 治疗设备 text:domain-apposition',
      '透析设备 -> 治疗设备 text:domain-apposition',
    ]);
  });

  it('reads no field from 影像设备 after 等: it names devices as often as a field (重点发展CT、MRI等影像设备)', () => {
    expect(read('重点发展CT、磁共振成像系统等影像设备。').domains).toEqual([]);
  });

  it('reads the industry of a diagnostic class (着力发展医学影像诊断装备产业), not of a place or a park', () => {
    expect(read('汕头着力发展医学影像诊断装备产业。').domains.map((d) => d.name)).toEqual([
      '医学影像诊断装备',
    ]);
    expect(read('依托南山医疗器械产业园等平台，支持特色医疗装备产业发展。').domains).toEqual([]);
  });
});

describe('qualified classes of the industry', () => {
  it('reads 智能医疗装备 in 让智能医疗装备加快发展 as a field, less sure than an apposition', () => {
    const r = read('深化临床应用创新研究，让智能医疗装备加快发展。');
    expect(r.domains).toEqual([
      {
        name: '智能医疗装备',
        discovered: true,
        foundBy: 'text:field-qualified',
        confidence: 0.7,
        spans: [[12, 18, '智能医疗装备']],
      },
    ]);
  });

  it('reads no field from vague qualifiers or the stop terms (新型医疗装备, 先进医疗装备)', () => {
    expect(read('推进新型医疗装备和先进医疗装备发展。').domains).toEqual([]);
  });
});

describe('yieldsToField', () => {
  const term = (label: DiscoveredTerm['label'], name: string): DiscoveredTerm => ({
    id: asNodeId(`${label.toLowerCase()}:x`),
    label,
    name,
    confidence: 0.7,
    foundBy: 'head-noun',
    occurrences: [],
  });
  it('turns a discovered device of a field name into the field, and nothing else', () => {
    const fields = new Set(['高性能医疗器械']);
    expect(yieldsToField(term('Equipment', '高性能医疗器械'), fields)).toBe(true);
    expect(yieldsToField(term('Equipment', '高性能医疗器械创新中心'), fields)).toBe(false);
    expect(yieldsToField(term('Domain', '高性能医疗器械'), fields)).toBe(false);
  });
});
