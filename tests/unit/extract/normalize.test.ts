import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm } from '../../../server/extract/normalize';

// A line of the 2021 seed plan: Markdown marks, full-width brackets and figures to fold.
const LINE =
  '**（二）医疗装备发展市场空间巨大。**全球健康产业、健康事业由目前的疾病诊疗向“大卫生”、“大健康”过渡，市场规模年均复合增长率为13.6%';

describe('normalizeTerm', () => {
  it('folds and drops as the text normaliser does, whatever the length', () => {
    const folded = '(二)医疗装备发展市场空间巨大。全球健康产业';
    expect(normalizeTerm(LINE).startsWith(folded)).toBe(true);
    expect(normalizeTerm(LINE)).toBe(normalize(LINE).text);
    // Longer than one chunk of code units: the string is built in pieces and joined.
    const long = LINE.repeat(200);
    expect(long.length).toBeGreaterThan(8192);
    expect(normalizeTerm(long)).toBe(normalizeTerm(LINE).repeat(200));
    expect(normalize(long).text).toBe(normalizeTerm(long));
  });

  it('returns a normal name itself', () => {
    expect(normalizeTerm('医疗装备')).toBe('医疗装备');
    expect(normalizeTerm(' ＣＴ ')).toBe('ct');
  });
});
