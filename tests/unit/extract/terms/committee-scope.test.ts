// A standards committee is named by its scope: the name before `(分)技术委员会` is the committee's, no thing
// of the text (noise:organisation), in a work plan's 归口单位 column.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const names = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('a standards committee`s scope', () => {
  const TABLE = [
    '序号 | 项目名称 | 制修订 | 归口单位 | 完成年限',
    '1 | 医用X射线管组件　阳极热特性测试方法 | 修订 | 全国医用电器标准化技术委员会医用X射线设备及用具分技术委员会 | 2028',
    '3 | 医用磁共振成像设备　超导磁体液氦消耗率测试方法 | 制定 | 全国医用电器标准化技术委员会医用电子仪器分技术委员会 | 2028',
    '11 | 血液透析器用聚砜中空纤维膜 | 制定 | 全国医用体外循环设备标准化技术委员会 | 2028',
  ].join('\n');

  it('names no thing of the committees in the 归口单位 column', () => {
    const found = names(TABLE);
    for (const n of ['医用X射线设备', '医用电子仪器', '医用体外循环设备']) expect(found).not.toContain(n);
  });

  it('names none in an addressee line', () => {
    expect(names('各有关医疗器械标准化技术委员会、技术归口单位：')).not.toContain('有关医疗器械');
  });
});
