// Fields named in running text by the examples that follow them (`医学影像设备，如A、B；`, `X（A、B）`,
// `以A、B为代表的X`), by ordinals after a colon (`任务：一是X，重点突破A、B；`), and by headings among
// fields that hold a shorter name (`1.生化免疫分析设备。`, `（三）治疗与康复装备。`). A measure's heading
// or sentence names no field, and a name read inside a longer device name is no member of its own.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const read = fieldsOf;

describe('fields followed by their examples', () => {
  it('reads 如A、B lists after each field, one clause each, also for a curated class (医学影像设备)', () => {
    const r = read(
      '《计划》梳理了五类产品：医学影像设备，如超导磁共振成像系统、数字化X射线摄影系统（DR）；治疗设备，如医用电子直线加速器、体外冲击波碎石机；康复器械，如外骨骼康复机器人、智能假肢。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像设备', '治疗设备', '康复器械']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '数字化X射线摄影系统 -> 医学影像设备',
        '体外冲击波碎石机 -> 治疗设备',
        '外骨骼康复机器人 -> 康复器械',
        '智能假肢 -> 康复器械',
      ]),
    );
    expect(r.links).not.toContain('体外冲击波碎石机 -> 医学影像设备');
    expect(r.links).not.toContain('智能假肢 -> 治疗设备');
  });

  it('reads a class worn on the body as a field after 等 (A、B等可穿戴医疗设备), as 家用医疗器械 is', () => {
    const r = read('近年来，动态心电记录仪和连续血糖监测系统等可穿戴医疗设备进入日常生活。');
    expect(r.fields).toContain('可穿戴医疗设备');
    expect(r.links).toContain('连续血糖监测系统 -> 可穿戴医疗设备');
  });

  it('reads 包括A、B after a field and a bracketed list after it (家用医疗器械（电子血压计、血糖仪）)', () => {
    const r = read(
      '发展治疗设备，包括血液透析设备和体外冲击波碎石机。支持家用医疗器械（电子血压计、家用制氧机、血糖仪）进入家庭。',
    );
    expect(r.links).toEqual(
      expect.arrayContaining([
        '血液透析设备 -> 治疗设备',
        '体外冲击波碎石机 -> 治疗设备',
        '家用制氧机 -> 家用医疗器械',
        '血糖仪 -> 家用医疗器械',
      ]),
    );
  });

  it('reads no field from a gloss in brackets or from 如果', () => {
    const r = read('推广数字化X射线摄影系统（DR）。如果医学影像设备如期交付，将配置CT。');
    expect(r.links).toEqual([]);
  });

  it('puts the members of 以A、B为代表的X in X', () => {
    const r = read('鼓励企业发展以PET-CT、医用内窥镜为代表的高端诊疗设备。');
    expect(r.fields).toContain('高端诊疗设备');
    expect(r.links).toEqual(expect.arrayContaining(['医用内窥镜 -> 高端诊疗设备']));
  });
});

describe('two lists before 等 in one clause', () => {
  it('puts each list in its own class: the second starts after the first class and its joint', () => {
    const r = read('重点发展CT、磁共振、超声等医学影像设备和呼吸机、监护仪、除颤器等生命支持设备。');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '计算机断层扫描仪 -> 医学影像设备',
        '超声诊断设备 -> 医学影像设备',
        '呼吸机 -> 生命支持设备',
        '除颤器 -> 生命支持设备',
      ]),
    );
    expect(r.links).not.toContain('计算机断层扫描仪 -> 生命支持设备');
    expect(r.links).not.toContain('超声诊断设备 -> 生命支持设备');
  });

  it('also after 以及 (PET/CT、PET/MR等高端医学影像设备以及手术机器人、腔镜等高端手术设备)', () => {
    const r = read('支持PET/CT、PET/MR等高端医学影像设备以及手术机器人、腔镜等高端手术设备研发。');
    expect(r.links).toContain('PET/MR -> 高端医学影像设备');
    expect(r.links).not.toContain('PET/MR -> 高端手术设备');
  });
});

describe('ordinals framing a field with 在…方面 or 在…领域', () => {
  it('names the field without 在 and 方面 (一是在医学影像方面，重点突破A、B；二是在体外诊断方面，…)', () => {
    const r = read(
      '一是在医学影像方面，重点突破光子计数CT、超导磁共振成像系统；二是在体外诊断方面，发展化学发光免疫分析仪、基因测序仪。',
    );
    expect(r.fields).toContain('医学影像');
    expect(r.fields).not.toContain('在医学影像方面');
    expect(r.links).toEqual(
      expect.arrayContaining(['光子计数CT -> 医学影像', '超导磁共振成像系统 -> 医学影像']),
    );
  });

  it('also before a class noun and 领域 (三是在高端医学影像设备领域，…)', () => {
    const r = read('三是在高端医学影像设备领域，重点突破光子计数CT、PET/MR。');
    expect(r.fields).toContain('高端医学影像设备');
    expect(r.links).toContain('光子计数CT -> 高端医学影像设备');
  });
});

describe('half of a joined field', () => {
  it('reads 生命支持设备 after 等 as a field, the half of 监护与生命支持装备', () => {
    const r = read('工业和信息化部会同有关部门保障呼吸机、监护仪等生命支持设备的生产。');
    expect(r.links).toEqual(expect.arrayContaining(['呼吸机 -> 生命支持设备', '监护仪 -> 生命支持设备']));
  });
});

describe('ordinals after a colon', () => {
  it('reads 一是X，重点突破A、B after the colon of its sentence, and no field from 二是关键零部件', () => {
    const r = read(
      '围绕产业链短板，《计划》部署了三方面攻关任务：一是手术治疗装备，重点突破骨科手术机器人和超声刀；二是关键零部件，推动CT球管、超声探头等实现国产替代；三是医用耗材，扩大留置针、医用导管等产品的产能。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['手术治疗装备', '医用耗材']));
    expect(r.fields).not.toContain('关键零部件');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '骨科手术机器人 -> 手术治疗装备',
        '超声刀 -> 手术治疗装备',
        '医用导管 -> 医用耗材',
      ]),
    );
    // 超声 inside 超声刀 is no ultrasound diagnostic device of that field.
    expect(r.links.filter((l) => l.startsWith('超声诊断设备'))).toEqual([]);
  });

  it('reads a bare name that says what its products do after an ordinal (二是高端医学影像，…), not a measure', () => {
    const r = read(
      '《规划》提出三项重点：一是高端医学影像，重点发展CT和磁共振成像设备；二是加强医疗器械监管，推广呼吸机。',
    );
    expect(r.fields).toContain('高端医学影像');
    expect(r.links).toEqual(expect.arrayContaining(['磁共振成像设备 -> 高端医学影像']));
    expect(r.links.filter((l) => l.startsWith('呼吸机'))).toEqual([]);
  });

  it('links nothing from a measure that names devices (加快推广应用，将国产呼吸机、监护仪纳入目录)', () => {
    expect(read('《计划》提出加快推广应用，将国产呼吸机、监护仪等产品纳入推广目录。').links).toEqual([]);
  });
});

describe('headings among fields that hold a shorter name', () => {
  it('reads 1.生化免疫分析设备。 and （三）治疗与康复装备。 as fields, and no field from a measure heading', () => {
    const r = read(
      [
        '一、重点发展领域',
        '',
        '（一）体外诊断装备。',
        '',
        '1.生化免疫分析设备。发展全自动生化分析仪、化学发光免疫分析仪和血细胞分析仪。',
        '',
        '2.分子诊断设备。发展核酸扩增检测系统和基因测序仪。',
        '',
        '（二）治疗与康复装备。发展医用电子直线加速器、高强度聚焦超声治疗系统和血液透析设备，鼓励开发电动轮椅。',
        '',
        '二、重点任务',
        '',
        '（一）加强关键零部件攻关。提升呼吸机、监护仪等整机的配套能力。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['生化免疫分析设备', '治疗与康复装备']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '血细胞分析仪 -> 生化免疫分析设备',
        '血液透析设备 -> 治疗与康复装备',
        '电动轮椅 -> 治疗与康复装备',
      ]),
    );
    expect(r.links.filter((l) => /^(呼吸机|监护仪)/.test(l))).toEqual([]);
  });
});
