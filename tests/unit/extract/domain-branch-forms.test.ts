// Fields and devices in the forms reviews, eldercare news and city reports write them: an ordinal item
// whose sentence is its head alone (`三是手术机器人。重点发展A、B。`), lists of branches of medicine
// before 领域 (`在骨科、心血管和口腔领域，`), a material's subject before `在X领域`, `X领域的应用`,
// an abbreviation joined to one device (`推进DR和彩色超声诊断仪`), and devices named by what they
// measure or by the implant they are.
import { describe, expect, it } from 'vitest';
import { fieldsOf, graphOf } from './seed-data';

const equipment = (text: string): string[] =>
  graphOf(text)
    .nodes.filter((n) => n.label === 'Equipment' && n.mentions.length > 0)
    .map((n) => n.name);

describe('ordinal items whose head is a sentence of its own', () => {
  it('frames a curated class as the field of the devices in the sentence after it, none in its own name', () => {
    const r = fieldsOf('三是手术机器人。重点发展腹腔镜手术机器人、骨科手术机器人和经皮穿刺手术机器人。');
    expect(r.fields).toContain('手术机器人');
    expect(r.links).toEqual(
      expect.arrayContaining(['骨科手术机器人 -> 手术机器人', '经皮穿刺手术机器人 -> 手术机器人']),
    );
    expect(r.links).not.toContain('手术机器人 -> 手术机器人');
    const aids = fieldsOf(
      '一是康复辅具。发展智能假肢、外骨骼机器人和电动轮椅。二是医学影像设备。发展彩色超声诊断仪。',
    );
    expect(aids.links).toEqual(expect.arrayContaining(['智能假肢 -> 康复辅具', '外骨骼机器人 -> 康复辅具']));
    expect(aids.links).not.toContain('彩色超声诊断仪 -> 康复辅具');
  });

  it('reads no field from an item over a single device or a task', () => {
    expect(fieldsOf('一是加强协同创新。支持企业研制彩色超声诊断仪。').fields).toEqual([]);
    expect(fieldsOf('二是手术机器人。支持骨科手术机器人进入医院。').fields).not.toContain('手术机器人');
  });
});

describe('branches of medicine listed as fields', () => {
  it('names each branch of 在A、B和C领域 a field, and links none of the devices: the text does not say which', () => {
    const r = fieldsOf('在骨科、心血管和口腔领域，可降解材料主要用于接骨板、冠脉支架和引导骨再生膜。');
    expect(r.fields).toEqual(expect.arrayContaining(['骨科', '心血管', '口腔']));
    expect(r.links).toEqual([]);
    const t = fieldsOf('钛合金广泛应用于骨科、齿科和心血管等领域，如人工关节、牙种植体和血管支架。');
    expect(t.fields).toEqual(expect.arrayContaining(['骨科', '齿科', '心血管']));
    expect(t.links).toEqual([]);
  });

  it('names no branch a field beside fields of products, where it is a setting of use', () => {
    const r = fieldsOf('聚焦医学影像、体外诊断、呼吸和麻醉等领域，支持企业开展技术攻关。');
    expect(r.fields).not.toContain('呼吸');
  });

  it('reads the field after a material named before 在, and 领域的应用 as a lead of its devices', () => {
    const r = fieldsOf('聚乳酸在心血管领域主要用于可降解冠脉支架和封堵器。');
    expect(r.links).toEqual(expect.arrayContaining(['可降解冠脉支架 -> 心血管', '封堵器 -> 心血管']));
    const u = fieldsOf('目前，可降解镁合金在骨科领域的应用最为广泛，主要产品包括骨钉、骨板和髓内钉。');
    expect(u.links).toEqual(expect.arrayContaining(['骨钉 -> 骨科', '髓内钉 -> 骨科']));
    const h = fieldsOf('现在心血管领域主要发展可降解冠脉支架和封堵器。');
    expect(h.fields).not.toContain('现在心血管');
  });
});

describe('fields that open a paragraph', () => {
  it('puts the devices of the sentences after 在X领域，… on its line in X', () => {
    const r = fieldsOf(
      '在医学影像领域，国产替代推进最快。医院今年新购的磁共振成像系统、CT和彩色超声诊断仪均为国产。\n检验科的情况则有所不同。',
    );
    expect(r.links).toEqual(expect.arrayContaining(['彩色超声诊断仪 -> 医学影像']));
    const turn = fieldsOf('在医学影像领域，我市已有企业20家。此外，全市医院新增呼吸机和监护仪。');
    expect(turn.links).toEqual([]);
    const line = fieldsOf('在医学影像领域，国产替代推进最快。\n医院今年新购了呼吸机和监护仪。');
    expect(line.links).toEqual([]);
  });

  it('reads a class the sentence calls a field, and a class of two uses joined under one noun', () => {
    const r = fieldsOf(
      '监护与生命支持设备是国产化程度最高的领域。多家医院的监护仪、输液泵、除颤仪已基本完成国产替换。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['监护仪 -> 监护与生命支持设备', '除颤仪 -> 监护与生命支持设备']),
    );
    const j = fieldsOf('手术和治疗设备方面，国产腔镜手术机器人和超声刀陆续进入医院。');
    expect(j.links).toEqual(expect.arrayContaining(['超声刀 -> 手术和治疗设备']));
    // A pair of fields still leads no clause alone.
    expect(fieldsOf('在医学影像设备和治疗设备方面，重点发展彩色超声诊断仪和呼吸机。').links).toEqual([]);
  });
});

describe('lines headed by a curated class of aids', () => {
  it('reads 康复辅具。 heading its line over two devices as their field, not over one', () => {
    const r = fieldsOf(
      '第二节　康复辅具和健康养老产品\n\n　　康复辅具。发展下肢康复训练机器人、智能电动轮椅、电子助视器。\n\n　　健康养老产品。发展智能护理床和跌倒报警器。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '下肢康复训练机器人 -> 康复辅具',
        '电子助视器 -> 康复辅具',
        '跌倒报警器 -> 健康养老产品',
      ]),
    );
    expect(r.links).not.toContain('跌倒报警器 -> 康复辅具');
    expect(fieldsOf('●康复辅具：发展智能电动轮椅。').fields).not.toContain('康复辅具');
  });

  it('cuts verbs of building up from the things they build (巩固, 壮大)', () => {
    const eq = equipment(
      '巩固人工关节、脊柱内固定系统、创伤接骨板等优势产品。\n第四章　壮大医疗器械和健康装备产业集群',
    );
    expect(eq).toContain('人工关节');
    expect(eq.some((n) => n.startsWith('巩固') || n.startsWith('壮大'))).toBe(false);
  });
});

describe('words that walk the reader to a field', () => {
  it('leaves 先看 and 再看 out of the field a line heads', () => {
    const r = fieldsOf('先看透析耗材。一次性使用血液透析器和血液灌流器需求增长。');
    expect(r.fields).toContain('透析耗材');
    expect(r.fields).not.toContain('先看透析耗材');
    const c = fieldsOf('再看医学影像设备：彩色超声诊断仪和磁共振成像系统国产化加快。');
    expect(c.links).toContain('彩色超声诊断仪 -> 医学影像设备');
    expect(c.fields).not.toContain('看医学影像设备');
    expect(fieldsOf('先看一组数据。医院新购呼吸机和麻醉机。').fields).toEqual([]);
  });
});

describe('devices without an equipment head', () => {
  it('keeps an abbreviation joined by 和 to one device, and ends it before what is done to it', () => {
    expect(equipment('推进DR和彩色超声诊断仪国产化。')).toEqual(
      expect.arrayContaining(['DR', '彩色超声诊断仪']),
    );
    expect(equipment('推进彩超和DR国产化替代。')).toContain('DR');
    expect(equipment('加快DSA和血管介入手术机器人研发。')).toEqual(
      expect.arrayContaining(['DSA', '血管介入手术机器人']),
    );
    // `CT和MR引导穿刺机器人`: the abbreviation says what guides the robot, a modifier of the one device.
    expect(equipment('研制CT和MR引导穿刺机器人。')).not.toContain('CT');
  });

  it('reads home devices named by what they measure and implants by their kind as complete names', () => {
    const eq = equipment('推广智能血压计、血糖仪、心电监测手环等健康监测设备。');
    expect(eq).toEqual(expect.arrayContaining(['智能血压计', '心电监测手环']));
    expect(eq.some((n) => n.endsWith('计监测设备') || n.endsWith('手环监测设备'))).toBe(false);
    expect(equipment('隐形矫治器和口腔种植体市场快速增长。')).toEqual(
      expect.arrayContaining(['隐形矫治器', '口腔种植体']),
    );
    expect(equipment('房间隔封堵器和卵圆孔未闭封堵器已获批上市。')).toContain('房间隔封堵器');
    expect(equipment('手环和手表等可穿戴设备可监测心率。')).not.toContain('手环穿戴设备');
  });
});
