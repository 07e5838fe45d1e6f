// Rows of a table aligned by spaces (an annual report's raw-material table, a textbook's options): each cell
// is read alone, so a list does not run into the cells beside it. One gap (a run-in label) leaves a line whole.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('cells of a row aligned by spaces', () => {
  it('reads the last member of 高分子材料　　聚氨酯、聚四氟乙烯、硅橡胶　　12.9%, the share beside it cut off', () => {
    const text = [
      '公司采购的原材料主要包括电子元器件、高分子材料及包装材料三大类：',
      '　　原材料类别　　　　主要构成　　　　　　　　　　　　　　　采购金额占比',
      '　　高分子材料　　　　聚氨酯、聚四氟乙烯、硅橡胶　　　　　　12.9%',
    ].join('\n');
    expect(terms(text)).toEqual(expect.arrayContaining(['聚氨酯', '聚四氟乙烯', '硅橡胶']));
  });

  it('ends a row at its line: 3.0T以上磁体 ⏎ 平板探测器 gives no 磁体平板探测器', () => {
    const text = [
      '表2　关键零部件国产化率（按采购额）',
      '零部件　　　　　　　所属整机　　　　　　　　国产化率　　主要短板',
      '超导磁体　　　　　　磁共振成像系统　　　　　63%　　　　3.0T以上磁体',
      '平板探测器　　　　　DR　　　　　　　　　　　82%　　　　动态平板',
      '超声单晶探头　　　　彩超　　　　　　　　　　31%　　　　单晶材料',
      '涡轮风机　　　　　　呼吸机　　　　　　　　　55%　　　　噪声、寿命',
    ].join('\n');
    const found = terms(text);
    expect(found).toEqual(expect.arrayContaining(['平板探测器', '超声单晶探头', '涡轮风机']));
    expect(found).not.toContain('磁体平板探测器');
    expect(found).not.toContain('单晶材料涡轮风机');
  });

  it('leaves a line with one gap whole, and an item mark opening a cell out of its name', () => {
    expect(terms('[图中标号：1-回路块本体  2-吸气单向阀  3-呼气单向阀  4-APL阀  5-吸收罐]')).not.toContain(
      '4-APL阀',
    );
  });
});
