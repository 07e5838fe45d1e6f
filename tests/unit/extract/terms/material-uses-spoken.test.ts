// Spoken and posted wording of what a part is made of: `股骨柄用钛合金、股骨头用…` (a bare 用 between a part
// opening its clause and the materials ending it) and `叶轮用的是铝合金` (用的是).
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../../server/extract/normalize';
import { readMaterialUses, readUseSubjects } from '../../../../server/extract/terms/material-uses';

const materials = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return readMaterialUses(s).map(([f, t]) => s.slice(f, t));
};
const users = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return readUseSubjects(s, () => undefined).map((u) => s.slice(u.from, u.to));
};

describe('spoken uses of materials', () => {
  it('reads each part of a post`s list with its material after a bare 用', () => {
    const post =
      '骨科这边的人工髋关节也一样，股骨柄用钛合金、股骨头用氧化锆增韧氧化铝陶瓷、内衬是高交联超高分子量聚乙烯，材料国产都有了';
    expect(users(post)).toEqual(expect.arrayContaining(['股骨柄', '股骨头']));
    expect(materials(post)).toEqual(expect.arrayContaining(['钛合金']));
  });

  it('leaves a count before the part out of its name', () => {
    expect(users('电极阵列：22个触点用铂铱合金，载体是医用硅橡胶')).toContain('触点');
  });

  it('reads 用的是 as a use verb', () => {
    expect(users('叶轮用的是铝合金，有些厂家换成了碳纤维增强的PEEK')).toEqual(['叶轮']);
    expect(materials('叶轮用的是铝合金，有些厂家换成了碳纤维增强的PEEK')).toContain('铝合金');
  });

  it('reads no use where 用 governs a longer clause or follows no part', () => {
    expect(users('我们医院用国产设备已经三年了')).toEqual([]);
    expect(users('这次会议用钛合金作为例子说明问题')).toEqual([]);
  });

  it('reads no part in a generation, a process or a field of care before 用', () => {
    expect(users('老一代用聚丙烯中空纤维，时间一长会血浆渗漏')).toEqual([]);
    expect(users('生物医用材料包括医用高分子，3D打印用钛合金粉末，')).toEqual([]);
    expect(users('国内企业已能供应，骨科用钛合金，')).toEqual([]);
  });

  it('reads no material in a question', () => {
    expect(materials('你需要了解它由哪些部分组成、用的是什么材料，')).toEqual([]);
  });
});
