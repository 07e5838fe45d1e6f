// What a device of a field's section is fitted with, and a class found both as a field and as a thing
// (rules/domain-members.ts, rules/domain-membership.ts, rules/domain-tables.ts).
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

// A provincial configuration plan of large medical equipment (dev batch 30).
const QUOTA = [
  '一、规划范围',
  '',
  '（二）乙类大型医用设备（由省卫生健康委负责配置管理）',
  '1.X线正电子发射断层扫描仪（PET/CT，含PET/MR）；',
  '2.腹腔内窥镜手术系统；',
  '3.常规放射治疗类设备，包括医用直线加速器、螺旋断层放射治疗系统、伽玛射束立体定向放射治疗系统；',
  '',
  '二、规划数量',
  '',
  '| 市州 | PET/CT（含PET/MR） | 腹腔内窥镜手术系统 | 常规放射治疗类设备 | 合计 |',
  '| 长沙市 | 9 | 12 | 28 | 49 |',
  '',
  '三、配置标准和要求',
  '',
  '（三）常规放射治疗类设备。医用直线加速器应配备多叶准直器（叶片数不少于120片）、电子射野影像装置和锥形束CT（CBCT）影像引导系统；螺旋断层放射治疗系统应具备兆伏级CT影像引导功能。',
].join('\n');

describe('a field’s section that says what its devices are fitted with', () => {
  it('puts the devices in the field, not what another device of the clause is fitted with', () => {
    const { links } = fieldsOf(QUOTA);
    expect(links).toEqual(
      expect.arrayContaining([
        '医用直线加速器 -> 常规放射治疗类设备',
        '螺旋断层放射治疗系统 -> 常规放射治疗类设备',
        '腹腔内窥镜手术系统 -> 乙类大型医用设备',
      ]),
    );
    expect(links.filter((l) => /^(?:电子射野影像装置|锥形束CT|计算机断层扫描仪) ->/.test(l))).toEqual([]);
  });

  it('reads a class the text names as a field as no member of the field around it', () => {
    expect(fieldsOf(QUOTA).links).not.toContain('常规放射治疗类设备 -> 乙类大型医用设备');
  });

  it('still reads a fitting verb with no device before it as naming members (医院配备A)', () => {
    expect(fieldsOf('（一）医学影像设备。县级医院配备CT和数字化X射线摄影系统。').links).toEqual(
      expect.arrayContaining(['数字化X射线摄影系统 -> 医学影像设备']),
    );
  });
});

describe('a field a heading names by a thing’s name', () => {
  // A city's plan read from a scan (dev batch 24): the heading's verb is no part of the field's name.
  it('puts the kinds in the field, not the thing the field is named by (（二）培育手术机器人)', () => {
    const { links } = fieldsOf(
      [
        '二、重点任务',
        '（一）做强医学影像装备',
        '　　1 .整机提升。支持合肥、芜湖企业发展256排及以上ＣＴ、3.0T超导磁共振成像系统和数字减影血管造影系统（ＤＳＡ）。',
        '(二）培育手术机器人',
        '　　1.整机。重点发展腔镜手术机器人、骨科手术机器人、经皮穿刺手术机器',
        '人和血管介入手术机器人，支持蚌埠、马鞍山建设手术机器人中试基地。',
        '（三）壮大体外诊断装备',
        '　　1.整机。发展全自动化学发光免疫分析仪、流式细胞仪和全自动核酸检测系统。',
      ].join('\n'),
    );
    expect(links).toEqual(
      expect.arrayContaining(['骨科手术机器人 -> 手术机器人', '腔镜手术机器人 -> 手术机器人']),
    );
    expect(links).not.toContain('手术机器人 -> 手术机器人');
  });
});
