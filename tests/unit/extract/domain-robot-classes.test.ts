// A heading that names a class of robots over a body naming robots of it is a field (`（二）康复机器人`
// over `重点发展上肢康复机器人、下肢外骨骼机器人`); what a field's heading or line of parts, materials or
// techniques holds (`2．关键部件。`, `部件：`) is no member of the field.
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './seed-data';

const ACTION_PLAN = [
  '三、重点任务',
  '　　（一）手术机器人',
  '　　1．整机。重点发展腔镜手术机器人、骨科手术机器人、神经外科手术机器人和经自然腔道手术机器人，推动血管介入手术机器人进入临床。',
  '　　2．关键部件。攻关高精度谐波减速器、空心杯电机、六维力传感器和三维电子内窥镜，手术器械腕部采用钨丝绳传动，钨丝绳国产化率提升到80%。',
  '　　（二）康复机器人',
  '　　重点发展上肢康复机器人、下肢外骨骼机器人和智能假肢，外骨骼机器人结构件推广碳纤维复合材料和航空铝合金。',
  '　　（三）辅助与服务机器人',
  '　　发展医院物流机器人、消毒机器人和静脉配药机器人，推广激光雷达导航在院内物流中的应用。',
  '',
  '四、保障措施',
].join('\n');

describe('classes of robots named by headings', () => {
  it('reads （二）康复机器人 and （三）辅助与服务机器人 as fields of the robots their bodies name', () => {
    const r = fieldsOf(ACTION_PLAN);
    expect(r.fields).toEqual(expect.arrayContaining(['康复机器人', '辅助与服务机器人']));
    expect(r.links).toEqual(
      expect.arrayContaining([
        '上肢康复机器人 -> 康复机器人',
        '下肢外骨骼机器人 -> 康复机器人',
        '消毒机器人 -> 辅助与服务机器人',
      ]),
    );
  });

  it('puts nothing under 2．关键部件。 in the field of the heading above', () => {
    const r = fieldsOf(ACTION_PLAN);
    expect(r.links.filter((l) => l.startsWith('三维电子内窥镜') || l.startsWith('手术器械'))).toEqual([]);
  });

  it('puts nothing on a 部件： line in the field', () => {
    const r = fieldsOf(
      '一、重点领域\n（一）手术机器人\n整机：腔镜手术机器人、骨科手术机器人\n部件：三维电子内窥镜、六维力传感器\n（二）体外诊断设备\n整机：化学发光免疫分析仪、全自动生化分析仪\n',
    );
    expect(r.links).toEqual(expect.arrayContaining(['腔镜手术机器人 -> 手术机器人']));
    expect(r.links.filter((l) => l.startsWith('三维电子内窥镜'))).toEqual([]);
  });
});
