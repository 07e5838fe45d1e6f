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

  it('leaves a line with one gap whole, and an item mark opening a cell out of its name', () => {
    expect(terms('[图中标号：1-回路块本体  2-吸气单向阀  3-呼气单向阀  4-APL阀  5-吸收罐]')).not.toContain(
      '4-APL阀',
    );
  });
});
