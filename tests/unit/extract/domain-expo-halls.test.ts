// An expo's halls named by fields: `分为医学影像、体外诊断…等主题展区` lists fields, as `…等领域` does, and
// a hall named by one of them (`体外诊断展区：A、B`) is a mention of that field, not a field of its own.
import { describe, expect, it } from 'vitest';
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
});
