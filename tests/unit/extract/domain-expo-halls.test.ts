// An expo's halls named by fields: `分为医学影像、体外诊断…等主题展区` lists fields, as `…等领域` does, and
// a hall named by one of them (`体外诊断展区：A、B`) is a mention of that field, not a field of its own.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../server/extract/structure';
import { fieldsOf } from './seed-data';

describe('expo halls named by fields', () => {
  it('reads the members of …等主题展区 as fields and a hall of one of them as that field', () => {
    const r = fieldsOf(
      '本届展会分为医学影像、手术室与急救、康复与养老、智慧医疗等主题展区。\n手术室与急救展区：腔镜手术机器人、骨科手术机器人和血管介入手术机器人各有多家展出。\n康复与养老展区：上下肢康复机器人、外骨骼机器人、智能护理床和电动轮椅集中亮相。\n',
    );
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像', '手术室与急救', '康复与养老']));
    expect(r.fields).not.toContain('康复与养老展区');
    expect(r.links).toEqual(
      expect.arrayContaining(['腔镜手术机器人 -> 手术室与急救', '电动轮椅 -> 康复与养老']),
    );
  });

  it('reads a hall named by a short name of a listed field (影像展区) as that field, over a caption line', () => {
    const r = fieldsOf(
      [
        '本届展会分为医学影像、体外诊断、智慧医疗等主题展区。',
        '▲ 7.1馆影像展区现场（摄影：许诺）',
        '影像展区：联影、东软、迈瑞等国产企业与西门子医疗、GE医疗同台竞技。记者在7.1馆看到，一台5.0T全身磁共振成像系统吸引了不少观众。相邻展位展出了光子计数能谱CT的探测器模组。',
      ].join('\n'),
    );
    expect(r.links).toEqual(
      expect.arrayContaining(['全身磁共振成像系统 -> 医学影像', '光子计数能谱CT -> 医学影像']),
    );
  });

  it('makes no field of a hall whose name no listed field ends with', () => {
    const r = fieldsOf(
      '本届展会分为医学影像、体外诊断等主题展区。\n创新展区：一台5.0T全身磁共振成像系统吸引了观众，光子计数能谱CT也在展出。\n',
    );
    expect(r.fields).not.toContain('创新');
    expect(r.links.some((l) => l.endsWith('-> 创新'))).toBe(false);
  });
});

describe('expo halls as heads (1.1H｜医学影像馆)', () => {
  const REPORT = [
    '1.1H｜医学影像馆',
    '影像馆依旧是人气最旺的一个馆。华衡影像的主角是一台3.0T超导磁共振，旁边的光子计数CT和移动DR也很抢眼。',
    '',
    '2.1H｜体外诊断馆',
    '启明生物把全自动化学发光免疫分析仪、全自动生化分析仪和样本前处理系统连成一条流水线。',
    '',
    '3.1H｜手术室与微创馆',
    '手术机器人集中在中央区域，另有骨科手术机器人和血管介入手术机器人各两台。',
  ].join('\n');

  it('reads a hall code and a bar before a short title as a head, the code no part of the title', () => {
    const heads = parseSections(REPORT).filter((s) => s.kind === 'chapter');
    expect(heads.map((s) => s.title)).toEqual(['医学影像馆', '体外诊断馆', '手术室与微创馆']);
    const first = heads[0];
    expect(REPORT.slice(first?.titleStart, first?.titleEnd)).toBe('医学影像馆');
  });

  it('names each hall’s field without 馆, a curated one too, and puts the hall’s devices in it', () => {
    const r = fieldsOf(REPORT);
    expect(r.fields).toEqual(expect.arrayContaining(['医学影像', '手术室与微创']));
    expect(r.fields).not.toContain('医学影像馆');
    expect(r.links).toEqual(
      expect.arrayContaining([
        '光子计数CT -> 医学影像',
        '骨科手术机器人 -> 手术室与微创',
        '全自动生化分析仪 -> 体外诊断产品',
      ]),
    );
    expect(r.links).not.toContain('光子计数CT -> 手术室与微创');
  });
});

describe('a hall whose field holds a curated field (5.1H｜智慧医疗与可穿戴馆)', () => {
  const REPORT = [
    '2.1H｜体外诊断馆',
    '几家企业同时展出了全自动核酸提取仪和实时荧光定量PCR仪。',
    '',
    '4.1H｜康复与养老馆',
    '康复馆里，上下肢康复机器人和外骨骼机器人并排摆放。养老护理区的智能护理床床垫内置了柔性压力传感器。',
    '',
    '5.1H｜智慧医疗与可穿戴馆',
    '这个馆更像一个消费电子展。动态血糖监测系统（CGM）的传感器探头用葡萄糖氧化酶和铂电极，14天免校准的产品已经有五六家。心电贴、智能血压计和睡眠呼吸监测仪占了一半展位。',
  ].join('\n');

  it('names the field by the whole title, the curated 智慧医疗 a piece of it, and puts the hall’s devices in it', () => {
    const r = fieldsOf(REPORT);
    expect(r.fields).toContain('智慧医疗与可穿戴');
    expect(r.links).toEqual(
      expect.arrayContaining(['动态血糖监测系统 -> 智慧医疗与可穿戴', '智能血压计 -> 智慧医疗与可穿戴']),
    );
    expect(r.links.some((l) => l.endsWith('-> 智慧医疗'))).toBe(false);
  });
});
