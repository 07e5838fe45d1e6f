import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQueries } from '../../../server/api/search/lucene-query';

describe('escapeLucene', () => {
  it.each([
    ['"', '\\"'],
    ['*', '\\*'],
    ['~', '\\~'],
    ['[a TO b]', '\\[a to b\\]'],
    ['name:x', 'name\\:x'],
    ['a && b || !c', 'a \\&\\& b \\|\\| \\!c'],
    ['(x)^2', '\\(x\\)\\^2'],
    ['a\\b/c', 'a\\\\b\\/c'],
    ['{x}?+-', '\\{x\\}\\?\\+\\-'],
  ])('escapes %s so it is searched for, never executed', (raw, escaped) => {
    expect(escapeLucene(raw)).toBe(escaped);
  });

  it('turns upper-case boolean operators into plain words', () => {
    expect(escapeLucene('ct AND mri OR NOT x')).toBe('ct and mri or not x');
  });

  it('leaves Chinese text alone', () => {
    expect(escapeLucene('中空纤维膜')).toBe('中空纤维膜');
  });
});

describe('luceneQueries', () => {
  it('asks the English index for the exact term, the prefix and a fuzzy match', () => {
    expect(luceneQueries({ compact: 'zhongkong', spaced: 'zhongkong' }).en).toBe(
      'zhongkong^4 OR zhongkong*^2 OR zhongkong~1 OR (zhongkong)',
    );
  });

  it('leaves fuzzy matching out below three characters', () => {
    expect(luceneQueries({ compact: 'ct', spaced: 'ct' }).en).toBe('ct^4 OR ct*^2 OR (ct)');
  });

  it('keeps the hostile characters escaped in every part', () => {
    const q = luceneQueries({ compact: '*:*', spaced: '*:*' });
    expect(q.cjk).toBe('\\*\\:\\*');
    expect(q.en).toBe('\\*\\:\\*^4 OR \\*\\:\\**^2 OR \\*\\:\\*~1 OR (\\*\\:\\*)');
  });
});
