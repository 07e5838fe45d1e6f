// Which nodes a search finds: the terms of the two full-text indexes as Lucene's cjk and standard
// analyzers make them, and the query's terms that must reach them (server and snapshot alike).
import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../../../core/model/ids';
import { normaliseSearchText } from '../../../../core/query/normalise-search-text';
import type { SearchHit } from '../../../../core/query/rank-search-hits';
import { indexesFind } from '../../../../core/query/search-hits';
import { cjkTerms, standardTerms, withinOneEdit } from '../../../../core/query/search-terms';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  id: asNodeId('material:x'),
  label: 'Material',
  name: '',
  nameEn: '',
  aliases: [],
  pinyin: [],
  initials: [],
  ...over,
});

const membrane = hit({
  name: '中空纤维膜',
  nameEn: 'hollow fiber membrane',
  pinyin: ['zhongkongxianweimo'],
  initials: ['zkxwm'],
});

describe('cjkTerms', () => {
  it('makes overlapping bigrams of adjacent ideographs and keeps Latin words whole', () => {
    expect(cjkTerms('中空纤维膜')).toEqual(['中空', '空纤', '纤维', '维膜']);
    expect(cjkTerms('CT球管')).toEqual(['ct', '球管']);
  });

  it('keeps a lone ideograph as it is and folds full-width letters', () => {
    expect(cjkTerms('膜 ＥＣＭＯ')).toEqual(['膜', 'ecmo']);
  });
});

describe('standardTerms', () => {
  it('splits words on punctuation, each ideograph alone, stop words dropped', () => {
    expect(standardTerms('PET-CT of the heart')).toEqual(['pet', 'ct', 'heart']);
    expect(standardTerms('人工')).toEqual(['人', '工']);
  });
});

describe('withinOneEdit', () => {
  it('allows one insertion, deletion, substitution or swap of neighbours', () => {
    expect(withinOneEdit('ecmo', 'ecmp')).toBe(true);
    expect(withinOneEdit('ecmo', 'emco')).toBe(true);
    expect(withinOneEdit('ecmo', 'ecm')).toBe(true);
    expect(withinOneEdit('ecmo', 'ecmos')).toBe(true);
    expect(withinOneEdit('ecmo', 'ekmp')).toBe(false);
  });
});

describe('indexesFind', () => {
  const finds = (h: SearchHit, q: string) => indexesFind(h, normaliseSearchText(q));

  it('finds 中空纤维膜 by a shared bigram, its pinyin prefix, its initials and an English word', () => {
    for (const q of ['纤维', '中空 纤维膜', 'zhong kong', 'zkxwm', 'fiber', 'hollow fiber'])
      expect(finds(membrane, q), q).toBe(true);
  });

  it('finds a typo of three characters or more, but not a word inside a pinyin string', () => {
    expect(finds(hit({ nameEn: 'ECMO' }), 'ecmp')).toBe(true);
    expect(finds(hit({ nameEn: 'CT' }), 'cx')).toBe(false);
    expect(finds(membrane, 'kong')).toBe(false);
  });

  it('does not find a node that shares only a single character of a Chinese query', () => {
    expect(finds(hit({ name: '传感器' }), '器械')).toBe(false);
  });
});
