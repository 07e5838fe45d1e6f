// A table of parts aligned by spaces, as a survey's report copies it into text (`零部件`, `所属整机`, `国产化率` parted by
// runs of ideographic spaces):
// its rows are read like a table drawn with pipes or tabs.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';

const TABLE = [
  '表2　关键零部件国产化率（按采购额）',
  '零部件　　　　　　　所属整机　　　　　　　　国产化率　　主要短板',
  '涡轮风机　　　　　　呼吸机　　　　　　　　　55%　　　　噪声、寿命',
  '光电倍增管　　　　　化学发光免疫分析仪　　　8%　　　　 暗电流一致性',
  '精密减速器　　　　　手术机器人　　　　　　　36%　　　　回差精度',
  '',
  '注：表中“所属整机”为填报企业最主要的配套整机。',
].join('\n');
const tableLines = (text: string): string[] => supplyLines(text).filter((l) => l.includes('table:'));

describe('a table aligned by spaces', () => {
  it("gives each row's part to the machine its 所属整机 cell names", () => {
    // Both column readings see it: the part's assembly (所属整机) and the item's use (整机).
    expect(tableLines(TABLE)).toEqual([
      'PART_OF 光电倍增管 -> 化学发光免疫分析仪 table:item-use',
      'PART_OF 光电倍增管 -> 化学发光免疫分析仪 table:part-assembly',
      'PART_OF 涡轮风机 -> 呼吸机 table:item-use',
      'PART_OF 涡轮风机 -> 呼吸机 table:part-assembly',
      'PART_OF 精密减速器 -> 手术机器人 table:item-use',
      'PART_OF 精密减速器 -> 手术机器人 table:part-assembly',
    ]);
  });

  it('reads nothing from a row with a cell left empty, whose columns would shift', () => {
    expect(
      tableLines(TABLE.replace('涡轮风机　　　　　　呼吸机　　　　　　　　　55%', '涡轮风机　　　　　　55%')),
    ).toEqual([
      'PART_OF 光电倍增管 -> 化学发光免疫分析仪 table:item-use',
      'PART_OF 光电倍增管 -> 化学发光免疫分析仪 table:part-assembly',
      'PART_OF 精密减速器 -> 手术机器人 table:item-use',
      'PART_OF 精密减速器 -> 手术机器人 table:part-assembly',
    ]);
  });

  it('reads nothing from lines with one gap (a run-in label)', () => {
    expect(tableLines('零部件　所属整机\n涡轮风机　呼吸机\n光电倍增管　化学发光免疫分析仪')).toEqual([]);
  });
});
