import { describe, expect, it } from 'vitest';
import { normaliseSearchText } from '../../../../core/query/normalise-search-text';

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

  it('strips invisible characters inside and around a word', () => {
    expect(normaliseSearchText('芯\u200B片').compact).toBe('芯片');
    expect(normaliseSearchText('\uFEFF传感\u200D器\u2060').compact).toBe('传感器');
    expect(normaliseSearchText('\u202Eecmo\u202C').compact).toBe('ecmo');
    expect(normaliseSearchText('hollow\u200C \u2066fiber\u2069').spaced).toBe('hollow fiber');
  });

  it('leaves nothing of a query made only of invisible characters', () => {
    expect(normaliseSearchText('\u200B\u200E\u202A\u2063\uFEFF').compact).toBe('');
  });
});
