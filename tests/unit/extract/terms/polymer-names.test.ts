// A polymer's name is read whole to its end or not at all: a longer chemical name that opens with a
// polymer word (`聚乙烯|吡咯烷酮`, `聚醚|嵌|段|聚酰胺`) is one material, never its first word, and a name
// read from inside one (`戊烯中空纤维膜` of `聚4-甲基-1-戊烯中空纤维膜`) starts at its 聚.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** `Label name` of every term found, graphed or a candidate. */
const found = (text: string): string[] => {
  const { model } = contextOf(text);
  return [...model.discovered, ...model.candidates].map((d) => `${d.label} ${d.name}`);
};

describe('polymer names', () => {
  it('reads a polymer whose name goes on after a polymer word whole, never its first word', () => {
    const t = found(
      '人工腎臟的核心是中空纖維膜，目前主流材質為聚碸（PSF）與聚醚碸（PES），並添加聚乙烯吡咯烷酮（PVP）改善親水性；外殼與端蓋則以聚碳酸酯（PC）射出成型。',
    );
    expect(t).toContain('Material 聚乙烯吡咯烷酮');
    expect(t).not.toContain('Material 聚乙烯');
  });

  it('reads a block copolymer whole, not its first block nor its second (`聚醚|嵌|段|聚酰胺`)', () => {
    const t = found(
      '二是球囊导管所用的尼龙12和聚醚嵌段聚酰胺（Pebax）球囊管材完成吹塑工艺验证；三是控股子公司苏州某某精密器械有限公司建成微导管编织线，可为射频消融导管配套多腔挤出管和不锈钢编织层。',
    );
    expect(t.join()).not.toMatch(/Material 聚(?:醚|酰胺)(?:,|$)/);
    const u = found(
      '人工关节所用超高分子量聚乙烯、介入导管所用聚醚嵌段酰胺（PEBAX）国产化率均不足20%；冠脉支架的钴铬合金管材约四成来自国内；医用钛合金、医用不锈钢基本实现省内外配套。',
    );
    expect(u).toContain('Material 聚醚嵌段酰胺');
    expect(u).not.toContain('Material 聚醚');
  });

  it('starts a name read from inside a polymer with locants at its 聚 (`聚4-甲基-1-|戊烯中空纤维膜`)', () => {
    const t = found(
      '在生命支持领域，突破ECMO的膜式氧合器和磁悬浮离心泵，膜式氧合器所用聚4-甲基-1-戊烯中空纤维膜力争实现省内量产。',
    );
    expect(t.join()).not.toMatch(/(?:^|,)Material 戊烯/);
    expect(t).toContain('Material 聚4-甲基-1-戊烯中空纤维膜');
  });

  it('takes no 聚 of a verb or an enzyme for a polymer (聚焦, 聚合酶)', () => {
    const t = found('重点聚焦高端医学影像装备，突破DNA聚合酶等关键原料。');
    expect(t.join()).not.toMatch(/Material 聚/);
  });
});
