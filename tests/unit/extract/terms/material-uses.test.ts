// Materials named as what a thing is made of: the object of 采用/材质为/由…制成/以…为原料/取自, when it
// has a material's shape.
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../../server/extract/normalize';
import { termConfidence } from '../../../../server/extract/terms/confidence';
import {
  materialName,
  materialShape,
  standaloneMaterial,
} from '../../../../server/extract/terms/material-names';
import { readMaterialUses } from '../../../../server/extract/terms/material-uses';

const materials = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return readMaterialUses(s).map(([f, t]) => s.slice(f, t));
};

describe('materialShape', () => {
  it('knows steels, irons, oxides, salts, nylons, tissue and materials in a form of supply', () => {
    for (const name of ['高强度合金钢', '17-4PH不锈钢', '球墨铸铁', '氧化锆', '锆钛酸铅', '铌镁酸铅-钛酸铅'])
      expect(materialShape(name), name).toBe(true);
    for (const name of ['尼龙12', '牛心包', '钨粉', '钛棒', '铂钨合金丝', '长石质瓷粉', '四级纯钛'])
      expect(materialShape(name), name).toBe(true);
  });

  it('leaves parts and words that only look like forms alone', () => {
    for (const name of ['导丝', '骨粉', '钢', '柔轮', '弹性体材料的', '声透镜'])
      expect(materialShape(name), name).toBe(false);
  });

  it('does not take a leading 聚 alone as a material for a use verb', () => {
    expect(materialShape('聚焦超声')).toBe(true);
    expect(materialName('聚焦超声')).toBe(false);
    expect(materialName('聚醚嵌段酰胺')).toBe(true);
  });
});

describe('standaloneMaterial', () => {
  it('knows scintillator crystals by their compound (碘化铯晶体, 硅酸钇镥晶体) and permanent-magnet alloys', () => {
    for (const name of ['碘化铯晶体', '硅酸钇镥晶体', '锗酸铋晶体', '钕铁硼', '烧结钕铁硼', '钐钴'])
      expect(standaloneMaterial(name), name).toBe(true);
    for (const name of ['晶体', '铁硼', '钕铁硼永磁体']) expect(standaloneMaterial(name), name).toBe(false);
  });
});

describe('the confidence of a steel named by its grade', () => {
  it('takes the number of 304不锈钢 or 6061铝合金 as a grade, not a count run into the name', () => {
    const rules = new Set(['shape:material-context'] as const);
    expect(termConfidence({ rules, mentions: 1, clean: true, name: '304不锈钢' })).toBe(0.6);
    expect(termConfidence({ rules, mentions: 1, clean: true, name: '6061铝合金' })).toBe(0.6);
    expect(termConfidence({ rules, mentions: 1, clean: true, name: '10吨不锈钢' })).toBe(0.4);
  });
});

describe('readMaterialUses', () => {
  it('reads the object of 采用 and 多用, each member of a list joined by 或', () => {
    expect(materials('其柔轮一般采用高强度合金钢，刚轮多用球墨铸铁。')).toEqual(['高强度合金钢', '球墨铸铁']);
    expect(materials('这类传感器的弹性体多用钛合金或17-4PH不锈钢加工，应变片仍以进口为主。')).toEqual([
      '钛合金',
      '17-4ph不锈钢',
    ]);
  });

  it('reads 材质为, 材料为 past a modifier, and 原料则是', () => {
    expect(materials('近端推送段的海波管材质为304不锈钢。')).toEqual(['304不锈钢']);
    expect(materials('瓣叶材料为经抗钙化处理的牛心包。')).toEqual(['牛心包']);
    expect(materials('可吸收屏障膜的原料则是猪源胶原蛋白。')).toEqual(['猪源胶原蛋白']);
  });

  it('reads 由M和N…制成 and 以M为原料, but not 由A和B组成', () => {
    expect(materials('背衬层同样由环氧树脂和钨粉混合制成。')).toEqual(['环氧树脂', '钨粉']);
    expect(materials('非顺应球囊则以聚对苯二甲酸乙二醇酯为原料。')).toEqual(['聚对苯二甲酸乙二醇酯']);
    expect(materials('传感器由弹性体材料和应变片组成。')).toEqual([]);
    expect(materials('由钛合金和不锈钢等企业牵头。')).toEqual([]);
  });

  it('reads a filler after 掺 and an apposition after a class of material, gloss left out', () => {
    expect(materials('匹配层多用环氧树脂掺钨粉的复合材料。')).toEqual(['环氧树脂', '钨粉']);
    expect(materials('其磁体采用低温超导线材铌钛（NbTi）绕制。')).toEqual(['低温超导线材', '铌钛']);
    expect(materials('压电晶片长期使用锆钛酸铅压电陶瓷（PZT），高端产品正在转向单晶。')).toEqual([
      '锆钛酸铅压电陶瓷',
    ]);
  });

  it('names the alloy of a wire, not the wire', () => {
    expect(materials('导体线圈多用MP35N镍钴合金丝绕制。')).toEqual(['mp35n镍钴合金']);
  });

  it('reads 以M为载体 or 为基底 as what a part is built on', () => {
    expect(materials('柔性电极以聚酰亚胺为基底，表面溅射金膜。')).toEqual(['聚酰亚胺']);
    expect(materials('刺激电极阵列以医用硅橡胶为载体。')).toEqual(['医用硅橡胶']);
  });

  it('ends a material before 封装, 拉制 and a tube cut from it', () => {
    expect(materials('植入式脉冲发生器的外壳采用钛合金或氧化铝陶瓷封装。')).toEqual(['钛合金', '氧化铝陶瓷']);
    expect(materials('穿刺针的针管用316L不锈钢拉制。')).toEqual(['316l不锈钢']);
    expect(materials('内镜的蛇骨由镍钛合金管激光切割而成。')).toEqual(['镍钛合金']);
  });

  it('reads the bare words of common materials (硅胶, 硅油, 石墨) after a use verb', () => {
    expect(materials('呼吸面罩的密封垫多用硅胶。')).toEqual(['硅胶']);
    expect(materials('针尖表面涂覆硅油以减小穿刺阻力。')).toEqual(['硅油']);
    expect(materials('阳极靶盘采用钨铼合金与石墨复合结构。')).toEqual(['钨铼合金', '石墨']);
  });

  it('skips a count of the pieces before the material', () => {
    expect(materials('导光束由数万根石英玻璃纤维集束而成。')).toEqual(['石英玻璃纤维']);
  });

  it("reads a part's copula with a material that ends the clause (瓣叶为牛心包, 导联夹为镀镍黄铜)", () => {
    expect(materials('人工心脏瓣膜的支架为镍钛合金，瓣叶为牛心包。')).toEqual(['镍钛合金', '牛心包']);
    expect(materials('导联夹为镀镍黄铜；背衬为无纺布与发泡聚乙烯。')).toEqual([
      '镀镍黄铜',
      '无纺布',
      '发泡聚乙烯',
    ]);
  });

  it('reads no copula of a drug, a quantity, a class or a longer name', () => {
    expect(materials('药物球囊的涂层药物为紫杉醇。')).toEqual([]);
    expect(materials('该企业聚乙烯年产量为20万吨聚乙烯。')).toEqual([]);
    expect(materials('我国为稀土永磁材料生产大国。')).toEqual([]);
    expect(materials('主要产品为聚氨酯导管。')).toEqual([]);
  });

  it("leaves a grade's code after the material out of its name (高强度合金钢40CrNiMoA加工)", () => {
    expect(materials('柔轮采用高强度合金钢40CrNiMoA加工。')).toEqual(['高强度合金钢']);
  });

  it('reads 以M为柔性基底', () => {
    expect(materials('贴片以聚二甲基硅氧烷（PDMS）为柔性基底。')).toEqual(['聚二甲基硅氧烷']);
  });

  it('reads nothing where the object is no material or the material names a longer thing', () => {
    expect(materials('腹部检查多用凸阵探头。')).toEqual([]);
    expect(materials('治疗多采用聚焦超声。')).toEqual([]);
    expect(materials('医院采用钛合金的骨板。')).toEqual([]);
    expect(materials('使用寿命较长。')).toEqual([]);
  });
});
