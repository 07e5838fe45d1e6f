// Materials the text marks as terms of their own: a strict material glossed with its Latin abbreviation
// (`碘化铯（CsI）`), a part's copula with a material at a line's end (`瓣叶为牛心包⏎`) or before a closing
// bracket, and a fabric of a fibre (`尼龙面料`).
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../../server/extract/normalize';
import { materialShape } from '../../../../server/extract/terms/material-names';
import { readMaterialUses } from '../../../../server/extract/terms/material-uses';
import { thingsOf } from '../seed-data';

describe('a strict material glossed with its Latin abbreviation', () => {
  it('graphs the material and its abbreviation, each in a parameter line (碘化铯（CsI）, 铌钛（NbTi）)', () => {
    const names = thingsOf('4.动态平板探测器。主要指标：碘化铯（CsI）闪烁层直接生长，满足DR和DSA使用要求。');
    expect(names).toEqual(expect.arrayContaining(['Material:碘化铯', 'Material:CsI']));
    const magnet = thingsOf('磁体：铌钛（NbTi）超导磁体，密闭式液氦用量≤7 L，无需补充液氦。');
    expect(magnet).toEqual(expect.arrayContaining(['Material:铌钛', 'Material:NbTi']));
    expect(thingsOf('研究内容：研制基于碲锌镉（CZT）晶体的光子计数探测器。')).toContain('Material:碲锌镉');
  });

  it('leaves a strict material written once without a gloss or a context a candidate (非晶硅)', () => {
    expect(thingsOf('主要指标：国产非晶硅的良率仍偏低，满足DR使用要求。')).not.toContain('Material:非晶硅');
  });
});

describe("a part's copula with a material at a line's end", () => {
  const materials = (sentence: string, breaks: readonly number[] = []): string[] => {
    const s = normalizeTerm(sentence);
    return readMaterialUses(s, (i) => breaks.includes(i)).map(([f, t]) => s.slice(f, t));
  };

  it('reads the material when the line ends after it (瓣叶为牛心包⏎研发支撑：…)', () => {
    const line = '主动脉瓣膜：支架为镍钛合金，瓣叶为牛心包';
    expect(materials(`${line}研发支撑：江南大学`, [line.length])).toEqual(['镍钛合金', '牛心包']);
    expect(materials(`${line}研发支撑：江南大学`)).toEqual(['镍钛合金']);
    expect(
      thingsOf(
        '- 主动脉瓣膜：支架为镍钛合金，瓣叶为牛心包\n\n研发支撑：江南大学、中国科学院苏州生物医学工程技术研究所',
      ),
    ).toContain('Material:牛心包');
  });

  it('reads the material before a closing bracket (（…，背衬为无纺布与发泡聚乙烯）)', () => {
    expect(
      materials('一次性使用心电电极片（电极由导电水凝胶组成，背衬为无纺布与发泡聚乙烯）、一次性使用血氧探头'),
    ).toEqual(['无纺布', '发泡聚乙烯']);
  });

  it('reads a fabric of a fibre as a material (袖带外层为尼龙面料)', () => {
    expect(materialShape('尼龙面料')).toBe(true);
    expect(materials('袖带外层为尼龙面料，内置TPU气囊。')).toEqual(['尼龙面料']);
  });

  it('reads no copula of a class or a plan at a line end', () => {
    const line = '发展重点为高端医疗装备';
    expect(materials(`${line}下一步`, [line.length])).toEqual([]);
  });
});

describe('a short name opening its clause before a copula with a material', () => {
  it('is a part made of that material (芯丝为镍钛合金, 瓣叶为牛心包, 导联夹为镀镍黄铜)', () => {
    const wire = thingsOf(
      '- 导丝：芯丝为镍钛合金，外覆PTFE涂层和亲水涂层\n- 主动脉瓣膜：支架为镍钛合金，瓣叶为牛心包\n\n研发支撑：江南大学',
    );
    expect(wire).toEqual(expect.arrayContaining(['Component:芯丝', 'Component:瓣叶', 'Material:牛心包']));
    const leads = thingsOf('a）心电导联线（3导、5导），导线护套为热塑性聚氨酯（TPU），导联夹为镀镍黄铜；');
    expect(leads).toEqual(expect.arrayContaining(['Component:导线护套', 'Component:导联夹']));
  });

  it('reads no side or layer of a thing, and no clause that is not a name, as a part', () => {
    const cuff = thingsOf('c）无创血压袖带：袖带外层为尼龙面料，内置TPU气囊。');
    expect(cuff).toContain('Material:尼龙面料');
    expect(cuff).not.toContain('Component:袖带外层');
    expect(
      thingsOf('我国为稀土永磁材料生产大国，发展重点为高端医疗装备。').filter((n) =>
        n.startsWith('Component'),
      ),
    ).toEqual([]);
  });
});
