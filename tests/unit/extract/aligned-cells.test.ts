// A sentence's cells: a row aligned by two column gaps or more is cut at each gap; a line with one gap,
// a row drawn with bars and a sentence with no gap at all stay whole.
import { describe, expect, it } from 'vitest';
import { alignedCells } from '../../../server/extract/aligned-cells';
import { normalize } from '../../../server/extract/normalize';

const cells = (text: string): string[] => {
  const norm = normalize(text);
  return alignedCells(text, norm, 0, norm.text.length).map(([from, to]) =>
    text.slice(norm.starts[from], norm.ends[to - 1]),
  );
};

describe('the cells of rows aligned by spaces', () => {
  it('cuts 高分子材料　　聚氨酯、聚四氟乙烯　　12.9% into its three cells', () => {
    expect(cells('高分子材料　　聚氨酯、聚四氟乙烯　　12.9%')).toEqual([
      '高分子材料',
      '聚氨酯、聚四氟乙烯',
      '12.9%',
    ]);
  });

  it('leaves the item mark of a cell (2-吸气单向阀) out of it', () => {
    expect(cells('1-回路块本体  2-吸气单向阀  3-呼气单向阀')).toEqual([
      '1-回路块本体',
      '吸气单向阀',
      '呼气单向阀',
    ]);
  });

  it('cuts a row from the lines around it: no cell joins the last of one row and the first of the next', () => {
    expect(
      cells(
        [
          '表2　关键零部件',
          '涡轮风机　　　　呼吸机　　　　55%　　　　噪声、寿命',
          '光电倍增管　　　化学发光免疫分析仪　　8%　　　　 暗电流一致性',
          '精密减速器　　　手术机器人　　　　12%　　　　 精度保持',
        ].join('\n'),
      ),
    ).toEqual([
      '表2　关键零部件',
      '涡轮风机',
      '呼吸机',
      '55%',
      '噪声、寿命',
      '光电倍增管',
      '化学发光免疫分析仪',
      '8%',
      '暗电流一致性',
      '精密减速器',
      '手术机器人',
      '12%',
      '精度保持',
    ]);
  });

  it('keeps a decimal opening a cell (1.5T超导磁共振) whole', () => {
    expect(cells('乙类　　1.5T超导磁共振　　3台')).toEqual(['乙类', '1.5T超导磁共振', '3台']);
  });

  it('keeps a sentence with no gap, a run-in label with one and a row drawn with bars whole', () => {
    expect(cells('重点发展医学影像设备、体外诊断设备。')).toEqual(['重点发展医学影像设备、体外诊断设备。']);
    expect(cells('3．超导型磁体 超导线圈用铌钛线')).toHaveLength(1);
    expect(cells('| 探测器  | CT  | 40% |')).toHaveLength(1);
  });
});
