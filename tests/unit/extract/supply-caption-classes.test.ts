// A table captioned with a class of machines and their parts whose rows name each part's own machine
// (a white paper's `表5-1 放疗设备核心部件国产化情况` over `部件 | 所属整机 | 主要材料 | 进口占比`).
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const TABLE = [
  '表5-1　放疗设备核心部件国产化情况',
  '部件 | 所属整机 | 主要材料 | 进口占比',
  '加速管 | 医用电子直线加速器 | 无氧铜 | 约80%',
  '磁控管 | 医用电子直线加速器 | — | 约70%',
  '超导线圈 | 质子治疗系统 | 铌钛超导线 | 约95%',
].join('\n');

describe('a caption over rows that name their machine', () => {
  it("gives the caption's machine no row: each part is its own row's machine's", () => {
    const lines = supplyLines(TABLE);
    expect(lines.filter((l) => l.includes('table:caption-parts'))).toEqual([]);
    expect(
      lines.filter((l) => l.includes('-> 医用电子直线加速器') && l.includes('table:part-assembly')),
    ).toEqual([
      'PART_OF 加速管 -> 医用电子直线加速器 table:part-assembly',
      'PART_OF 磁控管 -> 医用电子直线加速器 table:part-assembly',
    ]);
  });
});
