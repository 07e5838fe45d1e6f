// Fields named as directions: a counted list of fields closed by 方向 or 细分领域, a short name before
// 方向 that leads its clause (`高端医学影像方向重点发展A、B`), and headings under `一、支持方向`,
// including a pair of kinds joined under one heading (`（二）微创介入与手术机器人。`).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const read = fieldsOf;

describe('fields named as directions', () => {
  it('reads the fields of 四个细分领域 and the equipment after each X方向', () => {
    const r = read(
      '《方案》围绕高端医学影像、体外诊断、高值医用耗材和智慧医疗四个细分领域布局产业链。其中，高端医学影像方向重点发展CT、磁共振成像设备和医用内窥镜，高值医用耗材方向发展人工晶状体和骨科植入物。',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['高端医学影像', '高值医用耗材']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '医用内窥镜 -> 高端医学影像',
        '人工晶状体 -> 高值医用耗材',
        '骨科植入物 -> 高值医用耗材',
      ]),
    );
    expect(r.links).not.toContain('人工晶状体 -> 高端医学影像');
  });

  it('reads no field from the count of a list of directions (康复辅具三个方向) nor from 发展方向', () => {
    const r = read(
      '聚焦医学影像、体外诊断、康复辅具三个方向，支持企业研制数字化X射线摄影系统和智能康复机器人。明确产业发展方向，重点发展CT和呼吸机。',
    );
    expect(r.fields).toContain('医学影像');
    expect(r.fields.filter((f) => /三个|发展$/.test(f))).toEqual([]);
  });

  it('reads the fields a counted direction or board announces before a colon (四个方向：A、B、C，…)', () => {
    const r = read(
      '高端医疗装备产业，我看我们省要重点抓三个方向：医学影像设备、体外诊断设备、高端治疗设备，每个方向都要有一到两个龙头企业。产业布局分为两大板块：康复装备和养老装备，每个板块都有链主企业。',
    );
    expect(r.fields).toEqual(
      expect.arrayContaining(['医学影像设备', '体外诊断设备', '高端治疗设备', '康复装备', '养老装备']),
    );
    expect(r.fields.filter((f) => /每个|企业/.test(f))).toEqual([]);
  });

  it('reads no field from a counted direction whose list is of tasks (两个方向：一是加快国产替代，二是扩大出口)', () => {
    const r = read('下一步聚焦两个方向：一是加快国产替代，二是扩大出口。');
    expect(r.fields).toEqual([]);
  });

  it('reads the headings under 一、支持方向 as fields, a joined pair of kinds as one', () => {
    const r = read(
      [
        '一、支持方向',
        '',
        '（一）高端影像与治疗装备。重点支持超导磁共振成像系统、光子计数CT、医用直线加速器等整机研制。',
        '',
        '（二）微创介入与手术机器人。支持腹腔镜手术机器人、骨科手术机器人的研制，以及配套的柔性器械。',
        '',
        '二、申报要求',
        '',
        '申报单位应为在中国境内注册的科研院所、高等学校和企业。',
      ].join('\n'),
    );
    expect(r.fields).toEqual(expect.arrayContaining(['高端影像与治疗装备', '微创介入与手术机器人']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '医用直线加速器 -> 高端影像与治疗装备',
        '骨科手术机器人 -> 微创介入与手术机器人',
      ]),
    );
  });
});

describe('fields of a tallied classification', () => {
  const roadmap = [
    '放射治疗装备按技术形态分为医用电子直线加速器、质子及重离子治疗系统、近距离放射治疗设备、放疗质控与配套设备四个重点领域，分述如下。',
    '',
    '（一）医用电子直线加速器',
    '',
    '2. 重点产品',
    '图像引导放疗系统（IGRT）、容积旋转调强放疗系统、立体定向放射外科系统（SRS）、螺旋断层放疗系统。',
    '',
    '（二）质子及重离子治疗系统',
    '',
    '2. 重点产品',
    '紧凑型质子治疗系统、多室质子治疗系统、碳离子治疗系统。',
  ].join('\n');

  it('reads every member of `分为A、B、C、D四个重点领域` as a field, one named like a device too', () => {
    const r = read(roadmap);
    expect(r.fields).toEqual(
      expect.arrayContaining([
        '医用电子直线加速器',
        '质子及重离子治疗系统',
        '近距离放射治疗设备',
        '放疗质控与配套设备',
      ]),
    );
    // 与 joins two words of the last field's name: the count tallies the list with it whole.
    expect(r.fields).not.toContain('配套设备');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '螺旋断层放疗系统 -> 医用电子直线加速器',
        '碳离子治疗系统 -> 质子及重离子治疗系统',
      ]),
    );
  });

  it('keeps kinds of materials tallied as directions materials', () => {
    const r = read(
      '本次揭榜挂帅锁定高分子材料、金属材料、无机非金属材料这三个重点方向，拟征集遴选一批单位集中攻关。',
    );
    expect(r.fields).toEqual([]);
  });

  it('vouches for no device-named member of a tally without a classification', () => {
    const r = read('公司聚焦医用电子直线加速器、质子治疗系统两个方向。');
    expect(r.fields).not.toContain('医用电子直线加速器');
  });
});
