// A plan's task in two clauses, the machines to develop and then the core parts to work on: the parts the class
// word closes are the machines' own, written with the first machine. Sentences of a provincial task plan and a
// plan's excerpt.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('the machines to develop, then their core parts', () => {
  it('gives the parts before 等部件 to the first machine', () => {
    expect(
      supplyPairs(
        '重点发展血液透析滤过机、连续性肾脏替代治疗设备和血液灌流机，突破血泵、平衡称重系统和漏血检测器等部件，推动聚醚砜、聚砜中空纤维膜本地化生产。',
        {
          血液透析滤过机: 'Equipment',
          连续性肾脏替代治疗设备: 'Equipment',
          血液灌流机: 'Equipment',
          血泵: 'Component',
          平衡称重系统: 'Component',
          漏血检测器: 'Component',
        },
      ),
    ).toEqual([
      'PART_OF 平衡称重系统 -> 血液透析滤过机 grammar:发展A，攻关B',
      'PART_OF 漏血检测器 -> 血液透析滤过机 grammar:发展A，攻关B',
      'PART_OF 血泵 -> 血液透析滤过机 grammar:发展A，攻关B',
    ]);
  });

  it('keeps the list the first machine’s where a part names it', () => {
    expect(
      supplyPairs(
        '重点发展医用电子直线加速器、螺旋断层放射治疗系统和图像引导放射治疗系统，攻关加速管、速调管、电子枪及多叶准直器等核心部件。',
        {
          医用电子直线加速器: 'Equipment',
          螺旋断层放射治疗系统: 'Equipment',
          图像引导放射治疗系统: 'Equipment',
          加速管: 'Component',
          速调管: 'Component',
          电子枪: 'Component',
          多叶准直器: 'Component',
        },
      ),
    ).toEqual(
      expect.arrayContaining([
        'PART_OF 多叶准直器 -> 医用电子直线加速器 grammar:发展A，攻关B',
        'PART_OF 电子枪 -> 医用电子直线加速器 grammar:发展A，攻关B',
        'PART_OF 速调管 -> 医用电子直线加速器 grammar:发展A，攻关B',
      ]),
    );
  });

  it('reads nothing without the class of parts, nor where a part names another machine', () => {
    expect(
      supplyPairs('发展光子计数CT、能谱CT和车载移动CT，突破CT球管、高压发生器和碲锌镉探测器。', {
        光子计数CT: 'Equipment',
        能谱CT: 'Equipment',
        车载移动CT: 'Equipment',
        高压发生器: 'Component',
        碲锌镉探测器: 'Component',
      }).filter((p) => p.includes('发展A')),
    ).toEqual([]);
    expect(
      supplyPairs('重点发展PET/MR和光子计数CT，攻关超导磁体和CT探测器等核心部件。', {
        'PET/MR': 'Equipment',
        光子计数CT: 'Equipment',
        超导磁体: 'Component',
        CT探测器: 'Component',
      }).filter((p) => p.includes('发展A')),
    ).toEqual([]);
  });
});
