// What a part or a device is made of, the user first: 采用, 材质为, 由…制成, 以…为原料, 取自, and 以M作A.
import { describe, expect, it } from 'vitest';
import { supplyPhrases } from '../../../server/extract/rules/supply-phrases';
import { contextOf } from './seed-data';

const pairs = (text: string): string[] => {
  const { ctx, model } = contextOf(text);
  const name = new Map(model.discovered.map((d) => [d.id, d.name]));
  // Only what a material is used in: parts of a thing are read by other rules.
  return supplyPhrases(ctx)
    .filter((e) => e.type === 'USED_IN')
    .map(
      (e) =>
        `${e.type} ${name.get(e.source) ?? e.source} -> ${name.get(e.target) ?? e.target} ${e.rule ?? ''}`,
    );
};

describe('materialUseEdges', () => {
  it('reads each material of 采用/多用 as USED_IN the part named right before the verb', () => {
    expect(pairs('谐波减速器的柔轮一般采用高强度合金钢，刚轮多用球墨铸铁。')).toEqual([
      'USED_IN 高强度合金钢 -> 柔轮 grammar:A采用B',
      'USED_IN 球墨铸铁 -> 刚轮 grammar:A采用B',
    ]);
    expect(pairs('这类传感器的弹性体多用钛合金或17-4PH不锈钢加工。')).toEqual([
      'USED_IN 钛合金 -> 弹性体 grammar:A采用B',
      'USED_IN 17-4PH不锈钢 -> 弹性体 grammar:A采用B',
    ]);
  });

  it("reads a part's copula with a material (支架为镍钛合金) as a use", () => {
    expect(pairs('介入瓣膜的支架为镍钛合金，瓣叶则为牛心包。')).toContain(
      'USED_IN 镍钛合金 -> 支架 grammar:A为M',
    );
  });

  it('reads 材质为, 材料为 past a modifier, 由…混合制成 and 以…为原料', () => {
    expect(pairs('近端推送段的海波管材质为304不锈钢。')).toEqual([
      'USED_IN 304不锈钢 -> 海波管 grammar:A材质为M',
    ]);
    expect(pairs('瓣叶材料为经抗钙化处理的牛心包。')).toEqual(['USED_IN 牛心包 -> 瓣叶 grammar:A材质为M']);
    expect(pairs('背衬层同样由环氧树脂和钨粉混合制成。')).toEqual([
      'USED_IN 环氧树脂 -> 背衬层 grammar:A由M制成',
      'USED_IN 钨粉 -> 背衬层 grammar:A由M制成',
    ]);
    expect(pairs('非顺应球囊则以聚对苯二甲酸乙二醇酯为原料。')).toEqual([
      'USED_IN 聚对苯二甲酸乙二醇酯 -> 非顺应球囊 grammar:A以M为原料',
    ]);
  });

  it('reads a graded class of materials before 为/是 (核心材料是, 关键材料为)', () => {
    expect(pairs('自膨式支架的关键材料为镍钛合金。')).toEqual([
      'USED_IN 镍钛合金 -> 自膨式支架 grammar:A材质为M',
    ]);
    // A graded class said of no thing names no material.
    expect(pairs('国产化的核心材料是突破的关键。')).toEqual([]);
  });

  it('reads an apposition of a class and its material, the gloss left out, as two materials of one part', () => {
    expect(pairs('其磁体采用低温超导线材铌钛（NbTi）绕制。')).toEqual([
      'USED_IN 低温超导线材 -> 磁体 grammar:A采用B',
      'USED_IN 铌钛 -> 磁体 grammar:A采用B',
    ]);
  });

  it('reads on past the gloss of an item to the next one (聚砜（PSU）或316L不锈钢)', () => {
    expect(pairs('先端部外壳采用聚砜（PSU）或316L不锈钢，器械通道管采用聚四氟乙烯（PTFE）。')).toEqual([
      'USED_IN 聚砜 -> 先端部外壳 grammar:A采用B',
      'USED_IN 316L不锈钢 -> 先端部外壳 grammar:A采用B',
      'USED_IN 聚四氟乙烯 -> 器械通道管 grammar:A采用B',
    ]);
  });

  it('gives nothing where the subject is no part or the material only names a longer thing', () => {
    expect(pairs('早期产品以纯钛为原料。')).toEqual([]);
    expect(pairs('对美观要求更高的前牙多用二硅酸锂玻璃陶瓷。')).toEqual([]);
    expect(pairs('传感器由弹性体和应变片组成。')).toEqual([]);
  });

  it('quotes the sentence exactly as evidence', () => {
    const text = '声透镜一般采用室温硫化硅橡胶。';
    const e = supplyPhrases(contextOf(text).ctx)[0];
    expect(e?.evidence[0]?.quote).toBe(text);
    expect(e?.evidence[0]?.start).toBe(0);
  });
});
