// The use reading (`用于A`) looks at most 80 units from a member for its clause: a long table row with no
// clause mark is neither walked whole per member nor read as one clause of use.
import { describe, expect, it } from 'vitest';
import { namedAsUse } from '../../../server/extract/rules/domain-members';
import type { Occurrence } from '../../../server/extract/types';

const at = (text: string, name: string, from = 0): Occurrence => {
  const start = text.indexOf(name, from);
  return { nodeId: 'x' as Occurrence['nodeId'], start, end: start + name.length, sentence: 0 };
};

describe('the use reading of a field member', () => {
  it('reads a device named as the use of a material within its clause', () => {
    const text = '重点发展用于血管支架和心脏封堵器的镍钛合金丝材。';
    expect(namedAsUse(at(text, '心脏封堵器'), text)).toBe(true);
  });

  it('does not carry a 用于 across a long row without a clause mark', () => {
    const row =
      '| 1 | 医用镍钛合金丝材 | 用于血管支架 | 江苏某材料科技有限公司 | 2023年完成中试 | 年产能200吨 | 已通过注册检验 | 省级重点研发计划支持项目 | 牵头医院为省人民医院 | 呼吸机 |';
    const o = at(row, '呼吸机');
    expect(o.start - row.indexOf('用于')).toBeGreaterThan(80);
    expect(namedAsUse(o, row)).toBe(false);
  });
});
