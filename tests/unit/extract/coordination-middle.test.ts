// Lists whose shared head is carried by a complete conjunct before 和/及/与, not by the last one
// (`A、B X和C Y`, `A和B X以及…`): terms/coordination.ts.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

/** Discovered names of a text with the head each was completed from, and the quoted mentions of one id. */
const read = (text: string) => {
  const { model } = contextOf(text);
  return {
    completed: model.discovered.map((d) => `${d.name}<${d.completedFrom ?? ''}`),
    quotes: (id: string) =>
      model.occurrences.filter((o) => o.nodeId === id).map((o) => text.slice(o.start, o.end)),
  };
};

describe('a shared head carried by a conjunct before 和', () => {
  it('completes 骨科 with the head of 神经外科手术机器人 in 骨科、神经外科手术机器人和血管介入手术机器人', () => {
    // A provincial action plan's 第二节 先进治疗设备.
    const text = '重点突破骨科、神经外科手术机器人和血管介入手术机器人，发展医用电子直线加速器。';
    const r = read(text);
    // 骨科手术机器人 is a curated name: the conjunct's exact span becomes its mention.
    expect(r.quotes('equipment:orthopaedic-surgical-robot')).toEqual(['骨科']);
  });

  it('completes 重大疾病早期诊断 in 研发一批重大疾病早期诊断和精确治疗诊断试剂以及… (hist-2017 4.1.3)', () => {
    const r = read(
      '研发一批重大疾病早期诊断和精确治疗诊断试剂以及适合基层医疗机构的高精度诊断产品，提升我国体外诊断产业的竞争力。',
    );
    expect(r.completed).toContain('重大疾病早期诊断试剂<精确治疗诊断试剂');
  });

  it('completes nothing when the conjunct before 和 is complete and nothing before it is open (现场急救背囊和应急救援机器人)', () => {
    expect(read('配备现场急救背囊和应急救援机器人。').completed.filter((c) => !c.endsWith('<'))).toEqual([]);
  });
});
