// A curated class of things (a class noun, robots, aids, implants, or the short name of such a class)
// is a field where the text lists two devices or more as its members: `X：A、B`, `X包括A、B`,
// `A、B等X`, `以A、B为代表的X`, `X，如A、B`. Under a field (a section or a line it heads) it stays a
// device of that field.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

describe('curated classes that head a list of their members', () => {
  it('reads X：A、B with X a class of implants (骨科植入物：人工髋关节、人工膝关节、脊柱内固定系统)', () => {
    const r = fieldsOf('骨科植入物：人工髋关节、人工膝关节、脊柱内固定系统。');
    expect(r.fields).toContain('骨科植入物');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '人工髋关节 -> 骨科植入物',
        '人工膝关节 -> 骨科植入物',
        '脊柱内固定系统 -> 骨科植入物',
      ]),
    );
  });

  it('reads X：A、B with X the short name of a curated class (POCT：血糖仪、血气分析仪)', () => {
    const r = fieldsOf('POCT：血糖仪、血气分析仪、干式生化分析仪。');
    expect(r.fields).toContain('POCT');
    expect(r.links).toEqual(expect.arrayContaining(['血糖仪 -> POCT', '血气分析仪 -> POCT']));
  });

  it('reads X包括A、B and A、B等X (康复辅具包括…, …等骨科植入物)', () => {
    expect(fieldsOf('康复辅具包括智能假肢、外骨骼机器人、电动轮椅等。').links).toEqual(
      expect.arrayContaining(['智能假肢 -> 康复辅具', '外骨骼机器人 -> 康复辅具']),
    );
    expect(fieldsOf('血液净化设备包括血液透析机、连续性血液净化设备和血液灌流机。').links).toEqual(
      expect.arrayContaining(['血液透析机 -> 血液净化设备', '血液灌流机 -> 血液净化设备']),
    );
    expect(fieldsOf('人工髋关节、人工膝关节、脊柱内固定系统等骨科植入物纳入集采。').links).toEqual(
      expect.arrayContaining(['人工髋关节 -> 骨科植入物', '人工膝关节 -> 骨科植入物']),
    );
  });

  it('reads robots headed by their class on a line (手术机器人：腔镜手术机器人、骨科手术机器人)', () => {
    const r = fieldsOf('手术机器人：腔镜手术机器人、骨科手术机器人、经自然腔道手术机器人。');
    expect(r.fields).toContain('手术机器人');
    expect(r.links).toContain('腔镜手术机器人 -> 手术机器人');
  });

  it('needs two devices: one is an example, not a list of members (骨科植入物：人工髋关节)', () => {
    expect(fieldsOf('骨科植入物：人工髋关节。').fields).not.toContain('骨科植入物');
  });

  it('keeps a curated class a device under a field that leads its line (智能康复辅具。…等康复辅具)', () => {
    const r = fieldsOf(
      '智能康复辅具。重点突破柔性控制等新技术，开发系列智能假肢、智能矫形器、外骨骼助行机器人等康复辅具。',
    );
    expect(r.fields).not.toContain('康复辅具');
    expect(r.links).toContain('智能假肢 -> 智能康复辅具');
  });

  it('reads what a class holds: X主要有A、B, X涉及A、B, X以A、B为主', () => {
    for (const text of [
      '医学影像设备主要有CT、磁共振成像系统和DR。',
      '医学影像设备涉及CT、磁共振成像系统、DR等产品。',
      '医学影像设备以CT、磁共振成像系统为主。',
    ])
      expect(fieldsOf(text).links).toEqual(
        expect.arrayContaining(['计算机断层扫描仪 -> 医学影像设备', '磁共振成像设备 -> 医学影像设备']),
      );
  });

  it('reads no bare name before 以A为主 as a field (检验包件以IVD设备为主，包括A、B)', () => {
    const r = fieldsOf('检验包件以IVD设备为主，包括全自动生化分析仪、化学发光免疫分析仪和凝血分析仪。');
    expect(r.fields).not.toContain('检验包件');
  });

  it('reads members said to belong to a class (A、B均属于X, A属于X)', () => {
    expect(fieldsOf('CT、磁共振成像系统和DR均属于医学影像设备。').links).toEqual(
      expect.arrayContaining(['计算机断层扫描仪 -> 医学影像设备', 'DR -> 医学影像设备']),
    );
    expect(fieldsOf('电子血压计属于家用医疗器械。').links).toEqual(['电子血压计 -> 家用医疗器械']);
    expect(fieldsOf('该产品属于第三类医疗器械，按照创新医疗器械审批。').fields).toEqual([]);
  });

  it('leaves 细分 out of a field named a segment (医学影像设备细分领域中，A和B增长最快)', () => {
    const r = fieldsOf('医学影像设备细分领域中，CT和磁共振成像系统增长最快。');
    expect(r.fields).toEqual(['医学影像设备']);
    expect(r.links).toContain('磁共振成像设备 -> 医学影像设备');
  });

  it('reads a curated class with its class noun after 等 over two devices (…等血液净化设备)', () => {
    const r = fieldsOf(
      '在临床急需领域，重点发展呼吸机、体外膜肺氧合（ECMO）系统、麻醉工作站等生命支持设备，血液透析机、连续性肾脏替代治疗设备等血液净化设备。',
    );
    expect(r.fields).toContain('血液净化设备');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '血液透析机 -> 血液净化设备',
        '连续性肾脏替代治疗设备 -> 血液净化设备',
        '呼吸机 -> 生命支持设备',
      ]),
    );
    expect(r.links).not.toContain('呼吸机 -> 血液净化设备');
    // One device is an example, not a class's members.
    expect(fieldsOf('推广血液透析机等血液净化设备。').fields).not.toContain('血液净化设备');
    // Members named by the class's own head are kinds of it, no members of a field (seeds, meq-2021).
    expect(
      fieldsOf('提升平衡功能检查训练、语言评估与训练、心理调适等专用康复装备供给能力。').fields,
    ).not.toContain('专用康复装备');
  });

  it('reads a member whose gloss stands before its generic head (体外膜肺氧合（ECMO）系统、…等X)', () => {
    const r = fieldsOf(
      '重点发展呼吸机、体外膜肺氧合（ECMO）系统等生命支持设备，以及分子诊断仪、质谱仪和即时检验（POCT）设备等高端诊断装备。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['体外膜肺氧合机 -> 生命支持设备', '即时即地检验装备 -> 高端诊断装备']),
    );
  });

  it('reads a class named by 类 heading its line over two devices as a field (生命支持类：A、B和C)', () => {
    const r = fieldsOf('公司产品分为三类。\n生命支持类：呼吸机、监护仪和麻醉机。\n');
    expect(r.fields).toContain('生命支持');
    expect(r.links).toEqual(expect.arrayContaining(['呼吸机 -> 生命支持', '麻醉机 -> 生命支持']));
    // A grade of regulation is no class of products; one device is an example.
    expect(fieldsOf('第二类：电子血压计、呼吸机。\n').fields).toEqual([]);
    expect(fieldsOf('生命支持类：呼吸机。\n').fields).not.toContain('生命支持');
  });
});
