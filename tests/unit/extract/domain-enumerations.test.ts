// IN_DOMAIN from `一是X。…` enumerations of fields in texts without headings.
import { describe, expect, it } from 'vitest';
import { domainEnumerations } from '../../../server/extract/rules/domain-enumerations';
import { contextOf, fieldsOf } from './seed-data';

const links = (text: string): string[] =>
  domainEnumerations(contextOf(text).ctx).map((e) => `${e.source} -> ${e.target}`);

describe('domainEnumerations', () => {
  const text =
    '高端医疗装备领域之下又分为几块：\n\n一是诊断检验装备。要发展的有高端影像诊断装备、免疫分析仪，以及CT球管等关键零部件。二是治疗装备。发展质子治疗系统。\n\n三是加强组织领导。推动呼吸机应用。\n';

  it('puts the equipment after 一是诊断检验装备。 in that field, up to 二是', () => {
    expect(links(text)).toEqual([
      'equipment:imaging-diagnostic-equipment -> domain:diagnostic-testing-equipment',
      'equipment:immunoassay-analyser -> domain:diagnostic-testing-equipment',
      'equipment:proton-therapy-system -> domain:therapeutic-equipment',
    ]);
  });

  it('quotes the enumerator and the sentence that names the equipment', () => {
    const e = domainEnumerations(contextOf(text).ctx)[0];
    expect(e?.evidence.map((x) => x.quote)).toEqual([
      '一是诊断检验装备。',
      '要发展的有高端影像诊断装备、免疫分析仪，以及CT球管等关键零部件。',
    ]);
    expect(e?.rule).toBe('text:domain-enumeration');
  });

  it('reads nothing from an enumerator that names no field (三是加强组织领导。推动呼吸机应用。)', () => {
    expect(links(text).some((l) => l.startsWith('equipment:ventilator'))).toBe(false);
  });

  it('ends the last item at its own sentence when that names its members (五是X，包括A。同时，对B…)', () => {
    const r = links(
      '一是治疗装备，包括质子治疗系统。二是诊断检验装备，包括免疫分析仪。同时，对呼吸机用涡轮风机等关键部件，鼓励上下游联合攻关。',
    );
    expect(r).toContain('equipment:immunoassay-analyser -> domain:diagnostic-testing-equipment');
    expect(r.some((l) => l.startsWith('equipment:ventilator'))).toBe(false);
  });

  it('ends the paragraph at a line break', () => {
    expect(links('一是治疗装备。\n推动质子治疗系统应用。')).toEqual([]);
  });
});

describe("a speaker's ordinals (第三块是X)", () => {
  const speech =
    '第二塊是檢驗，就是體外診斷設備，全自動生化分析儀、化學發光免疫分析儀、血細胞分析儀，這些現在縣醫院基本都有。第三塊是急救和重症設備，呼吸機、監護儀、除顫儀、血液透析機，疫情以後有一些，但是分佈不均。';

  it('reads the class after 第三块是 as a field holding the devices of its item', () => {
    const r = fieldsOf(speech);
    expect(r.fields).toContain('急救和重症设备');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '呼吸机 -> 急救和重症设备',
        '监护仪 -> 急救和重症设备',
        '血液透析机 -> 急救和重症设备',
      ]),
    );
  });

  it('reads no field made of the ordinal (块是检验)', () => {
    expect(fieldsOf(speech).fields.filter((f) => f.includes('是'))).toEqual([]);
  });
});
