import { describe, expect, it } from 'vitest';
import { normaliseSearchText } from '../../../server/api/search/normalise-search-text';

describe('normaliseSearchText', () => {
  it('turns full-width letters and digits into half-width and folds case', () => {
    expect(normaliseSearchText('ＥＣＭＯ').compact).toBe('ecmo');
    expect(normaliseSearchText('５Ｇ').compact).toBe('5g');
  });

  it('strips spaces, including the ideographic space', () => {
    expect(normaliseSearchText(' zhong kong ').compact).toBe('zhongkong');
    expect(normaliseSearchText('中空\u3000纤维膜').compact).toBe('中空纤维膜');
  });

  it('keeps single spaces between words for the English index', () => {
    expect(normaliseSearchText('  hollow   Fiber ').spaced).toBe('hollow fiber');
  });

  it('leaves nothing of a query made of spaces', () => {
    expect(normaliseSearchText(' \u3000\t ').compact).toBe('');
  });
});
