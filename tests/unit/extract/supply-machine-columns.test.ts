// A table of machines may number its rows and file them under a class before the machines' column
// (`序号｜产品名称｜关键部件｜主要材料｜生产企业`, `| 产品线 | 产品 | 关键部件 | 主要原材料 | 来源 |`): each row's parts and
// materials are still its machine's. Rows in the wording of a provincial products catalogue and of an annual report.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('a table of machines after the row’s number and class', () => {
  it('gives each machine the parts and materials of its row, after 序号', () => {
    expect(
      supplyPairs(
        '一、医学影像设备\n序号｜产品名称｜关键部件｜主要材料｜生产企业\n2｜移动式C形臂X射线机｜平板探测器、组合式X射线发生器｜碘化铯｜湖北康视医疗设备有限公司\n',
        { 移动式C形臂X射线机: 'Equipment', 组合式X射线发生器: 'Component' },
      )
        .filter((p) => p.includes('table:'))
        .sort(),
    ).toEqual([
      'PART_OF 平板探测器 -> 移动式C形臂X射线机 table:machine-parts',
      'PART_OF 组合式X射线发生器 -> 移动式C形臂X射线机 table:machine-parts',
      'USED_IN 碘化铯 -> 移动式C形臂X射线机 table:part-material',
    ]);
  });

  it('reads a row filed under a product line the same way', () => {
    expect(
      supplyPairs(
        '| 产品线 | 产品 | 关键部件 | 主要原材料 | 来源 |\n| 生命信息与支持 | 除颤仪 | 高压储能电容、锂电池组 | — | 进口为主 |\n',
        { 除颤仪: 'Equipment', 高压储能电容: 'Component', 锂电池组: 'Component' },
      )
        .filter((p) => p.includes('table:'))
        .sort(),
    ).toEqual([
      'PART_OF 锂电池组 -> 除颤仪 table:machine-parts',
      'PART_OF 高压储能电容 -> 除颤仪 table:machine-parts',
    ]);
  });

  it('reads no machines’ column after a column that says something else (a firm)', () => {
    expect(
      supplyPairs(
        '生产企业｜产品名称｜关键部件\n湖北康视医疗设备有限公司｜移动式C形臂X射线机｜平板探测器、组合式X射线发生器\n',
        { 移动式C形臂X射线机: 'Equipment', 组合式X射线发生器: 'Component' },
      ).filter((p) => p.includes('table:machine-parts')),
    ).toEqual([]);
  });
});
