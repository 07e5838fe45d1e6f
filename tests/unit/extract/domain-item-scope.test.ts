// Field memberships as news reports and notices state them: the qualified class after 等 whose
// members are devices (`PET/CT、PET/MR等高端医学影像设备`), and the field of an ordinal item (`二是…`)
// holding the whole item up to the next ordinal.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const read = fieldsOf;

describe('a qualified class of things after 等', () => {
  it('reads 高端医学影像设备 after PET/CT、PET/MR等 as a field holding both', () => {
    const r = read('《规划》提出发展PET/CT、PET/MR等高端医学影像设备，国产整机价格已明显下降。');
    expect(r.fields).toContain('高端医学影像设备');
    expect(r.links).toEqual(
      expect.arrayContaining(['正电子发射计算机断层显像 -> 高端医学影像设备', 'PET/MR -> 高端医学影像设备']),
    );
    // The MR of PET/MR is a part of its name, no member of its own.
    expect(r.links).not.toContain('磁共振成像设备 -> 高端医学影像设备');
  });

  it('reads no field from a qualifier before a bare class noun (高端设备)', () => {
    const r = read('医院采购了多参数监护仪、呼吸机等高端设备。');
    expect(r.fields).toEqual([]);
  });
});

describe('the field of an ordinal item', () => {
  it('holds the clauses after 以A、B为代表的X in X, up to the next ordinal', () => {
    const r = read(
      '《方案》明确了五个重点领域。一是高端医学影像设备，如超导磁共振成像系统、光子计数CT。二是以手术机器人、人工智能辅助诊断软件为代表的智能医疗器械，支持腔镜手术机器人和骨科手术机器人在更多医院应用。三是植介入器械，如药物洗脱支架、人工耳蜗等。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '手术机器人 -> 智能医疗器械',
        '腔镜手术机器人 -> 智能医疗器械',
        '骨科手术机器人 -> 智能医疗器械',
        '药物洗脱支架 -> 植介入器械',
      ]),
    );
    expect(r.links).not.toContain('药物洗脱支架 -> 智能医疗器械');
    expect(r.links).not.toContain('腔镜手术机器人 -> 高端医学影像设备');
  });

  it('ends the item at another field named in it', () => {
    const r = read(
      '一是治疗设备，重点发展医用电子直线加速器；高端医学影像设备方面，推广超导磁共振成像系统。二是植介入器械，如药物洗脱支架。',
    );
    expect(r.links).toContain('医用电子直线加速器 -> 治疗设备');
    expect(r.links).not.toContain('超导磁共振成像系统 -> 治疗设备');
  });
});

describe('a counted list of fields', () => {
  it('reads each member of a list its count tallies as a field, a curated device class too', () => {
    const r = read(
      '《方案》提出，在医学影像、放射治疗、体外诊断、康复辅具四个领域形成特色优势。其中，体外诊断领域重点发展化学发光免疫分析仪和基因测序仪；康复辅具领域重点发展智能假肢、康复机器人和电动轮椅。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['康复辅具', '医学影像', '放射治疗']));
    expect(r.links).toEqual(
      expect.arrayContaining(['智能假肢 -> 康复辅具', '康复机器人 -> 康复辅具', '电动轮椅 -> 康复辅具']),
    );
  });

  it('reads no field from a tallied list that names none (生物农业、生物制造三个领域)', () => {
    const r = read('推动生物农业、生物制造、生物环保三个领域加快发展，推广智能假肢。');
    expect(r.fields).toEqual([]);
  });

  it('reads a curated class of things as a field in a list closed by 等…领域 that names two fields', () => {
    const r = read('在医学影像、体外诊断、康复辅具等三个领域形成优势，推广智能假肢。');
    expect(r.fields).toContain('康复辅具');
  });

  it('reads no curated device as a field in such a list (呼吸机 names a device, not a class)', () => {
    const r = read('在医学影像、体外诊断、呼吸机等三个领域形成优势，推广智能假肢。');
    expect(r.fields).not.toContain('呼吸机');
  });
});

describe('items and frames inside one sentence', () => {
  it('reads each 一是X，…；二是Y，… item of one sentence, a curated class of things too', () => {
    const r = read(
      '《方案》明确了重点方向：一是医学影像装备，发展超导磁共振成像系统；二是康复装备，发展外骨骼康复机器人。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像装备', '康复装备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['超导磁共振成像系统 -> 医学影像装备', '外骨骼康复机器人 -> 康复装备']),
    );
    expect(r.links).not.toContain('外骨骼康复机器人 -> 医学影像装备');
  });

  it('reads X of 围绕X，支持企业攻关A、B和C as the field of A, B and C', () => {
    const r = read(
      '围绕高端医学影像设备，支持企业攻关超导磁共振成像系统、光子计数CT和数字减影血管造影系统。',
    );
    expect(r.fields).toContain('高端医学影像设备');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '超导磁共振成像系统 -> 高端医学影像设备',
        '光子计数CT -> 高端医学影像设备',
        '数字减影血管造影系统 -> 高端医学影像设备',
      ]),
    );
  });

  it('reads X：A、B；Y：C after the colon of a list', () => {
    const r = read(
      '重点产品包括：医学影像设备：超导磁共振成像系统、数字减影血管造影系统；治疗设备：医用电子直线加速器、体外冲击波碎石机。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '治疗设备']));
    expect(r.links).toEqual(
      expect.arrayContaining(['数字减影血管造影系统 -> 医学影像设备', '体外冲击波碎石机 -> 治疗设备']),
    );
    expect(r.links).not.toContain('体外冲击波碎石机 -> 医学影像设备');
  });

  it('reads no field from a measure that names devices after a colon', () => {
    const r = read('推广应用：将国产呼吸机、监护仪纳入采购目录；加快示范：推动超声刀进入医院。');
    expect(r.fields).toEqual([]);
    expect(r.links).toEqual([]);
  });
});

describe('a lead that announces fields', () => {
  it('reads the classes listed right after 支持重点领域突破 as fields', () => {
    const r = read(
      '一、支持重点领域突破。重点发展医学影像设备、体外诊断设备和康复辅助器具，支持企业研制数字减影血管造影系统、外骨骼康复机器人等产品。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '体外诊断设备', '康复辅助器具']));
  });

  it('reads no field from devices listed after such a lead', () => {
    const r = read('一、支持重点领域突破。重点发展呼吸机、监护仪和超声刀，支持企业扩大产能。');
    expect(r.fields).toEqual([]);
  });
});

describe('class headings and clauses over few things', () => {
  it('reads a class heading under a heading of fields over one device, and items without a body', () => {
    const r = read(
      '三、重点发展领域\n（一）高端医学影像设备。重点发展超导磁共振成像系统、光子计数CT。\n（二）体外诊断设备。重点发展化学发光免疫分析仪。\n（三）治疗设备\n1.医用电子直线加速器\n2.体外冲击波碎石机\n',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像设备', '体外诊断设备', '治疗设备']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '化学发光免疫分析仪 -> 体外诊断设备',
        '体外冲击波碎石机 -> 治疗设备',
        '医用电子直线加速器 -> 治疗设备',
      ]),
    );
  });

  it('reads X of X重点发展A、B；Y重点发展C as the field of its clause', () => {
    const r = read(
      '医学影像设备重点发展超导磁共振成像系统、光子计数CT；治疗设备重点发展医用电子直线加速器。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像设备', '医用电子直线加速器 -> 治疗设备']),
    );
    expect(r.links).not.toContain('医用电子直线加速器 -> 医学影像设备');
  });

  it('reads no field from a measure heading over devices', () => {
    const r = read(
      '三、保障措施\n（一）加强关键零部件攻关。支持企业研制CT球管和超声探头。\n（二）推动整机示范应用。推广呼吸机和监护仪。\n',
    );
    expect(r.fields).toEqual([]);
    expect(r.links).toEqual([]);
  });
});

describe('lines led by a field in boxes and lists', () => {
  it('reads bulleted heads, heads before two spaces and heads alone over their members', () => {
    for (const text of [
      '专栏2 重点产品\n●医学影像设备：超导磁共振成像系统、光子计数CT。\n●康复器械：外骨骼康复机器人、智能假肢。\n',
      '专栏3 重点产品\n◆ 医学影像设备。超导磁共振成像系统、光子计数CT。\n◆ 康复器械。外骨骼康复机器人、智能假肢。\n',
      '专栏6 重点产品\n医学影像设备  超导磁共振成像系统、光子计数CT。\n康复器械  外骨骼康复机器人、智能假肢。\n',
      '专栏7 产品目录\n医学影像设备\n超导磁共振成像系统、光子计数CT。\n康复器械\n外骨骼康复机器人、智能假肢。\n',
    ]) {
      const r = read(text);
      expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '康复器械']));
      expect(r.links).toEqual(expect.arrayContaining(['光子计数CT -> 医学影像设备', '智能假肢 -> 康复器械']));
      expect(r.links).not.toContain('智能假肢 -> 医学影像设备');
    }
  });

  it('reads no field from a bulleted measure that names devices', () => {
    const r = read('专栏8 重点工程\n●关键零部件攻关：CT球管、超声探头。\n●整机推广应用：呼吸机、监护仪。\n');
    expect(r.fields).toEqual([]);
    expect(r.links).toEqual([]);
  });
});

describe('an ordinal line', () => {
  it('reads the field after 一是 on its own line, not the ordinal with it', () => {
    const r = read(
      '高端医疗装备领域之下又分为几块：\n一是诊断检验装备。要发展的有高端影像诊断装备、新型核酸POCT检测系统。\n二是治疗装备。发展质子治疗系统。\n',
    );
    expect(r.fields).not.toContain('一是诊断检验装备');
    expect(r.links).toContain('新型核酸POCT检测系统 -> 诊断检验装备');
  });
});

describe('a class that says what its things do, after 等', () => {
  it('reads 医学影像设备 after DSA、CT等 as a field without a qualifier', () => {
    const r = read('支持企业研制数字减影血管造影系统、光子计数CT等医学影像设备。');
    expect(r.fields).toContain('医学影像设备');
    expect(r.links).toEqual(
      expect.arrayContaining(['数字减影血管造影系统 -> 医学影像设备', '光子计数CT -> 医学影像设备']),
    );
  });

  it('reads no field from a short or vague class after 等 (影像设备, 大型医用设备)', () => {
    expect(read('采购光子计数CT、数字减影血管造影系统等影像设备。').fields).toEqual([]);
    expect(read('采购光子计数CT、数字减影血管造影系统等大型医用设备。').fields).toEqual([]);
  });
});

describe('members of a line led by a field', () => {
  it('links no name read inside a longer device name (放疗 of 术中放疗装备)', () => {
    const r = read(
      '专栏1 治疗装备\n●放射治疗装备：医用直线加速器、术中放疗装备。\n●手术治疗装备：骨科手术机器人、超声刀。\n',
    );
    expect(r.links).toContain('术中放疗装备 -> 放射治疗装备');
    expect(r.fields).toContain('放射治疗装备');
    expect(r.links.filter((l) => l.startsWith('放射治疗设备 -> 放射治疗装备'))).toEqual([]);
  });
});

describe('examples without a comma', () => {
  it('reads 如A、B right after a class noun (康复器械如A、B)', () => {
    const r = read('支持发展康复器械如外骨骼康复机器人、智能假肢等，满足老年人需求。');
    expect(r.fields).toContain('康复器械');
    expect(r.links).toEqual(expect.arrayContaining(['外骨骼康复机器人 -> 康复器械', '智能假肢 -> 康复器械']));
  });

  it('reads no examples from 如期 or 如需 after a class noun', () => {
    const r = read(
      '医学影像设备如期交付使用，光子计数CT已装机。康复器械如需维修，可联系外骨骼康复机器人厂家。',
    );
    expect(r.links).toEqual([]);
  });
});

describe('a class of materials with its examples', () => {
  it('reads 新型生物材料，如A、B as a field (materials are in no field: the model links equipment only)', () => {
    const r = read('四是新型生物材料，如可降解镁合金、聚乳酸和医用级聚醚醚酮。');
    expect(r.fields).toContain('新型生物材料');
    expect(r.links).toEqual([]);
  });

  it('reads no field from an unqualified material class or a single material', () => {
    expect(read('发展生物医用材料，如可降解镁合金、聚乳酸。').fields).toEqual([]);
    expect(read('推广新型生物材料，如聚乳酸。').fields).toEqual([]);
  });
});

describe('the list right after X领域的', () => {
  it('puts the equipment listed after 医学影像领域的 in the field, up to the comma', () => {
    const r = read(
      '推动医学影像设备领域的光子计数CT、超导磁共振成像系统等产品实现突破，带动数字减影血管造影系统出口。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像设备', '超导磁共振成像系统 -> 医学影像设备']),
    );
    expect(r.links).not.toContain('数字减影血管造影系统 -> 医学影像设备');
  });

  it('reads no list from 领域的 before a word that is no device', () => {
    const r = read('医学影像设备领域的龙头企业加快布局，光子计数CT已上市。');
    expect(r.links).toEqual([]);
  });
});
