// A part said to be a machine's with 其 (its), the machine named anywhere before it in the sentence:
// `某企业血液透析机通过省药品监督管理局优先审批，其血泵和电导率传感器实现自主生产`.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('其B after the one machine of the sentence', () => {
  it('reads the parts after 其 as the machine named before, not at the sentence start', () => {
    expect(
      supplyPairs(
        '11．【扬州】某企业血液透析机通过省药品监督管理局优先审批，其血泵和电导率传感器实现自主生产。',
        { 血液透析机: 'Equipment', 血泵: 'Component', 电导率传感器: 'Component' },
      ),
    ).toEqual([
      'PART_OF 电导率传感器 -> 血液透析机 grammar:A…，其B',
      'PART_OF 血泵 -> 血液透析机 grammar:A…，其B',
    ]);
  });

  it('reads nothing when a part before 其 may be what it means, nor after 其中', () => {
    expect(
      supplyPairs('某企业血液透析机的血泵通过审批，其电导率传感器实现自主生产。', {
        血液透析机: 'Equipment',
        血泵: 'Component',
        电导率传感器: 'Component',
      }),
    ).not.toContain('PART_OF 电导率传感器 -> 血液透析机 grammar:A…，其B');
    expect(
      supplyPairs('某企业血液透析机通过审批，其中电导率传感器实现自主生产。', {
        血液透析机: 'Equipment',
        电导率传感器: 'Component',
      }),
    ).toEqual([]);
  });

  it('reads nothing when the machine may be the tail of a longer name (`柔性手术机器人`)', () => {
    expect(
      supplyPairs(
        '香港中文大學團隊聯同本地初創企業研發經自然腔道柔性手術機械人，其連續體機械臂以超彈性鎳鈦合金絲驅動。',
        { 連續體機械臂: 'Component' },
      ).filter((p) => p.endsWith('grammar:A…，其B')),
    ).toEqual([]);
  });
});
