// A Markdown table whose description cell wraps over a continuation line, as a classification catalogue's
// table is written: the line whose cells up to the name's column are empty goes on with the row above.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const HEADER = [
  '| 序号 | 一级产品类别 | 二级产品类别 | 产品描述 | 预期用途 | 品名举例 | 管理类别 |',
  '|---|---|---|---|---|---|---|',
];
const ROW = [
  '| 04 | 医用制氧设备 | 01 分子筛制氧机 | 通常由无油压缩机、分子筛吸附塔、切换电磁阀、氧浓度传感器、流量计和 | 用于为患者提供医用氧气。 | 医用分子筛制氧机、 | Ⅱ |',
  '| | | | 湿化瓶组成。吸附塔内装锂型分子筛。 | | 医用分子筛制氧设备 | |',
];
const KNOWN = { 无油压缩机: 'Component', 切换电磁阀: 'Component', 氧浓度传感器: 'Component' } as const;
const RULE = 'table:continued-description';
const cellLines = (lines: readonly string[]): string[] =>
  supplyLines(lines.join('\n'), KNOWN).filter((l) => l.includes(RULE));

describe('a description cell that wraps', () => {
  it('reads 通常由B、C…组成 across the continuation line as the parts of the thing the name cell names', () => {
    expect(cellLines([...HEADER, ...ROW])).toEqual([
      `PART_OF 切换电磁阀 -> 分子筛制氧机 ${RULE}`,
      `PART_OF 无油压缩机 -> 分子筛制氧机 ${RULE}`,
      `PART_OF 氧浓度传感器 -> 分子筛制氧机 ${RULE}`,
    ]);
  });

  it('reads nothing when the next line opens a row of its own, or the verb never comes', () => {
    expect(
      cellLines([...HEADER, ROW[0] ?? '', ROW[1]?.replace('| | | |', '| | | 02 制氧机 |') ?? '']),
    ).toEqual([]);
    expect(cellLines([...HEADER, ROW[0] ?? '', ROW[1]?.replace('湿化瓶组成。', '湿化瓶。') ?? ''])).toEqual(
      [],
    );
  });
});
