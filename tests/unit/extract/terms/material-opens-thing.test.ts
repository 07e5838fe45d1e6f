// A material of a strict shape written before the name of the thing it makes (`钨合金叶片`),
// where that name has no head the reader knows: the material is read as written alone is.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

describe('a material that opens a thing without a known head', () => {
  it('reads the alloy before 叶片 in a sentence about what things are made of', () => {
    expect(terms('多叶准直器的叶片材料要求高密度，通常由上百片钨合金叶片组成。')).toContain(
      'Material 钨合金',
    );
  });

  it('reads no material where a longer material goes on past the word (镍钛|合金) or none is shaped', () => {
    const t = terms('支架材料采用镍钛合金，导丝材料为不锈钢。');
    expect(t).toContain('Material 镍钛合金');
    expect(t.join()).not.toMatch(/Material 镍钛[,]|Material 镍钛$/);
  });
});

describe('a material-shaped prefix that is no material of the thing', () => {
  it('reads no agent before the vaporiser that holds it (七氟烷蒸发器, 异氟烷蒸发器)', () => {
    const t = terms('5.2 蒸发器：配置七氟烷蒸发器和异氟烷蒸发器各一个；');
    expect(t).not.toContain('Material 七氟烷');
    expect(t).not.toContain('Material 异氟烷');
  });

  it('reads no 磷酸铁 out of a lithium iron phosphate battery', () => {
    expect(terms('主流产品采用轮毂电机驱动，配备磷酸铁锂电池，续航可达30公里。')).not.toContain(
      'Material 磷酸铁',
    );
  });

  it('reads no analyte before a test as a material (核酸 of 全自动核酸检测分析系统)', () => {
    const t = terms('重点发展高通量基因测序仪、飞行时间质谱仪、流式细胞仪和全自动核酸检测分析系统。');
    expect(t.join()).not.toMatch(/Material [^,]*核酸/);
  });
});
