// A heading that is a field the text names in its running text (`分为神经介入类、外周血管介入类两大类`,
// then `（一）神经介入类`) holds the equipment of its section, as a heading read as a field does.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const NOTICE = [
  '一、采购品种',
  '本次集中带量采购分为神经介入类、外周血管介入类两大类，共13个产品系统类别。',
  '（一）神经介入类',
  '1．颅内弹簧圈系统。组件：弹簧圈、推送杆、解脱装置。材质：弹簧圈为铂钨合金丝。',
  '2．颅内取栓支架。组件：支架、输送导丝。材质：镍钛合金。',
  '（二）外周血管介入类',
  '6．外周球囊扩张导管。组件：球囊、导管、显影环。材质：球囊为尼龙12（PA12）。',
  '7．药物涂层球囊导管，涂层药物为紫杉醇。',
  '二、申报企业资格',
  '申报企业应为医疗器械注册证持有人。',
].join('\n');

describe('headings named as fields in running text', () => {
  it('puts the products under （一）神经介入类 in 神经介入类, read from 分为A、B两大类', () => {
    const r = fieldsOf(NOTICE);
    expect(r.fields).toEqual(expect.arrayContaining(['神经介入类', '外周血管介入类']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '颅内弹簧圈系统 -> 神经介入类',
        '颅内取栓支架 -> 神经介入类',
        '药物涂层球囊导管 -> 外周血管介入类',
      ]),
    );
    expect(r.links).not.toContain('药物涂层球囊导管 -> 神经介入类');
  });

  it('reads no field from a heading the text names nowhere else, unless it heads a class of products', () => {
    const unnamed = NOTICE.replace('本次集中带量采购分为神经介入类、外周血管介入类两大类，', '本次采购');
    // Not under a heading of products, its body listing none: the heading rules read no field.
    const r = fieldsOf(unnamed.replace('一、采购品种', '一、有关事项'));
    expect(r.links.some((l) => l.endsWith('神经介入类'))).toBe(false);
    // Classes named by 类 side by side under a heading of products are fields (terms/heading-domains.ts).
    expect(fieldsOf(unnamed).links).toContain('颅内取栓支架 -> 神经介入类');
  });
});
