// Where a part comes from or what it is made for, written between the verb and the part (`采用国产B和C`,
// `采用专用B`): the make says which maker's part, not which part. Sentences of an approvals digest and a brochure.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('a make between the verb and the part', () => {
  it('reads the parts after 采用国产', () => {
    expect(
      supplyPairs('单孔手术机器人的器械驱动单元采用国产空心杯电机和精密丝杠。', {
        单孔手术机器人: 'Equipment',
        器械驱动单元: 'Component',
        空心杯电机: 'Component',
        精密丝杠: 'Component',
      }),
    ).toEqual(
      expect.arrayContaining([
        'PART_OF 空心杯电机 -> 器械驱动单元 grammar:A采用B',
        'PART_OF 精密丝杠 -> 器械驱动单元 grammar:A采用B',
      ]),
    );
  });

  it('reads the part after 采用专用 and 配套专用', () => {
    expect(
      supplyPairs('心电模块采用专用模拟前端芯片。', { 心电模块: 'Component', 模拟前端芯片: 'Component' }),
      // The seeds' lexicon names the chip by its longer name, 模拟前端芯片 an alias of it.
    ).toEqual(['PART_OF 多模态设备模拟前端芯片 -> 心电模块 grammar:A采用B']);
    expect(
      supplyPairs('光子计数探测器配套专用读出芯片。', { 光子计数探测器: 'Component', 读出芯片: 'Component' }),
    ).toEqual(['PART_OF 读出芯片 -> 光子计数探测器 grammar:A配套B']);
  });
});
