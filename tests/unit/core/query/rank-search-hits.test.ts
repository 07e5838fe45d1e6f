import { describe, expect, it } from 'vitest';
import { matchKind, rankSearchHits, type SearchHit } from '../../../../core/query/rank-search-hits';
import { asNodeId } from '../../../../core/model/ids';

const hit = (over: Omit<Partial<SearchHit>, 'id'> & { id: string }): SearchHit => ({
  label: 'Material',
  name: over.id,
  nameEn: '',
  aliases: [],
  pinyin: [],
  initials: [],
  ...over,
  id: asNodeId(over.id),
});

const membrane = hit({
  id: 'material:hollow-fiber-membrane',
  name: '中空纤维膜',
  nameEn: 'hollow fiber membrane',
  pinyin: ['zhongkongxianweimo'],
  initials: ['zkxwm'],
});

describe('matchKind', () => {
  it('calls a hit exact when the name, an alias, the pinyin or the initials equal the query', () => {
    expect(matchKind(membrane, '中空纤维膜')).toBe('exact');
    expect(matchKind(membrane, 'zkxwm')).toBe('exact');
    expect(matchKind(membrane, 'zhongkongxianweimo')).toBe('exact');
    expect(matchKind(membrane, 'hollowfibermembrane')).toBe('exact');
  });

  it('calls a hit prefix when one of them starts with the query', () => {
    expect(matchKind(membrane, 'zhongkong')).toBe('prefix');
    expect(matchKind(membrane, '中空')).toBe('prefix');
  });

  it('calls a hit head when its name ends with the query, as 压力传感器 does with 传感器', () => {
    const sensor = hit({ id: 'component:pressure-sensor', name: '压力传感器', nameEn: 'pressure sensor' });
    expect(matchKind(sensor, '传感器')).toBe('head');
    expect(matchKind(sensor, 'sensor')).toBe('head');
    expect(matchKind(membrane, '纤维膜')).toBe('head');
    expect(matchKind(membrane, 'wm')).toBe('fuzzy');
  });

  it('calls anything else fuzzy', () => {
    expect(matchKind(membrane, '纤维')).toBe('fuzzy');
  });
});

describe('rankSearchHits', () => {
  it('ranks exact before prefix before fuzzy, whatever the order of the candidates', () => {
    const ranked = rankSearchHits(
      [
        hit({ id: 'material:fuzzy', name: '纤维素' }),
        hit({ id: 'material:prefix', name: 'CT球管组件' }),
        hit({ id: 'component:ct-tube', name: 'CT球管' }),
      ],
      'ct球管',
      10,
    );
    expect(ranked.map((r) => r.match)).toEqual(['exact', 'prefix', 'fuzzy']);
    expect(ranked[0]?.id).toBe('component:ct-tube');
  });

  it('ranks head matches above fuzzy hits that came first', () => {
    const ranked = rankSearchHits(
      [
        hit({ id: 'material:fuzzy', name: '传感测控技术' }),
        hit({ id: 'component:pressure-sensor', name: '压力传感器' }),
      ],
      '传感器',
      10,
    );
    expect(ranked.map((r) => [r.id, r.match])).toEqual([
      ['component:pressure-sensor', 'head'],
      ['material:fuzzy', 'fuzzy'],
    ]);
  });

  it('prefers the shorter name within a rank (the query covers more of it)', () => {
    const ranked = rankSearchHits(
      [hit({ id: 'material:b', name: '中空纤维膜材料' }), hit({ id: 'material:a', name: '中空纤维膜' })],
      '中空',
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['material:a', 'material:b']);
  });

  it('keeps each node once and at most `limit` results', () => {
    const ranked = rankSearchHits(
      [membrane, membrane, hit({ id: 'material:x' }), hit({ id: 'material:y' })],
      'zkxwm',
      2,
    );
    expect(ranked).toHaveLength(2);
    expect(new Set(ranked.map((r) => r.id)).size).toBe(2);
  });

  it('gives scores that sort the same way as the ranking', () => {
    const ranked = rankSearchHits([hit({ id: 'material:q', name: 'qq' }), membrane], 'zkxwm', 10);
    const scores = ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
