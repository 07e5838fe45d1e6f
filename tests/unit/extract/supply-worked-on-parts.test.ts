// The parts of a machine as the object of a verb of work on parts (`攻关A的B和C`, `突破A的B`) or of the firm whose
// machine it is (`公司A的B`): `A的B` after such a lead states B a part of A, as a subject does. Sentences of a
// city plan, a prospectus and an investors' Q&A.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('parts of a machine after a verb of work on parts or a firm', () => {
  it('reads A的B after 攻关 and 突破', () => {
    expect(
      supplyPairs('（四）机器人类。攻关手术机器人的空心杯电机、谐波减速器和六维力传感器。', {
        手术机器人: 'Equipment',
        空心杯电机: 'Component',
        谐波减速器: 'Component',
        六维力传感器: 'Component',
      }),
    ).toEqual([
      'PART_OF 六维力传感器 -> 手术机器人 grammar:A的B',
      'PART_OF 空心杯电机 -> 手术机器人 grammar:A的B',
      'PART_OF 谐波减速器 -> 手术机器人 grammar:A的B',
    ]);
    expect(
      supplyPairs(
        '（三）治疗类。攻关医用电子直线加速器的磁控管和多叶准直器，麻醉工作站的电子流量计和麻醉蒸发器。',
        {
          医用电子直线加速器: 'Equipment',
          磁控管: 'Component',
          多叶准直器: 'Component',
        },
      ),
    ).toEqual(
      expect.arrayContaining([
        'PART_OF 多叶准直器 -> 医用电子直线加速器 grammar:A的B',
        'PART_OF 磁控管 -> 医用电子直线加速器 grammar:A的B',
      ]),
    );
  });

  it('reads A的B after the firm whose machine it is', () => {
    expect(
      supplyPairs('投资者张＊＊：公司DR的平板探测器有没有实现国产？', {
        DR: 'Equipment',
        平板探测器: 'Component',
      }),
    ).toEqual(['PART_OF 平板探测器 -> DR grammar:A的B']);
  });

  it('still reads no part out of an aim', () => {
    expect(supplyPairs('提升CT的探测器性能。', { CT: 'Equipment', 探测器: 'Component' })).toEqual([]);
  });
});
