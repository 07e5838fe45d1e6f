// What a layer or a face of a thing is made of (`插入管外层多采用B`, `柔性电路板基底为B`): the material is the
// thing's own, and the thing, not its layer, is named. Sentences of a review guideline, an approvals notice,
// a roadshow and a sensor feature.
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../server/extract/normalize';
import { readUseSubjects } from '../../../server/extract/terms/material-uses';
import { supplyPairs } from './supply-pairs';

const users = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  const heads = (name: string) => (/(?:管|板|针)$/.test(name) ? ('Component' as const) : undefined);
  return readUseSubjects(s, heads).map((u) => s.slice(u.from, u.to));
};

describe('materials of a layer of a thing', () => {
  it('names the thing whose layer it is, less the layer word', () => {
    expect(users('插入管外层多采用热塑性聚氨酯（TPU）或氟橡胶，弯曲橡皮采用硅橡胶')).toContain('插入管');
    expect(users('柔性电路板基底为聚酰亚胺（PI），干电极采用银/氯化银（Ag/AgCl）印刷')).toEqual([
      '柔性电路板',
    ]);
  });

  it('keeps the layer in a name whose stem has no head of a thing', () => {
    expect(users('管路内壁采用聚四氟乙烯')).toEqual(['管路内壁']);
  });

  it('gives the materials to the thing named before its layer', () => {
    expect(
      supplyPairs('插入管外层多采用热塑性聚氨酯（TPU）或氟橡胶，弯曲橡皮采用硅橡胶。', {
        插入管: 'Component',
        热塑性聚氨酯: 'Material',
        氟橡胶: 'Material',
      }),
    ).toEqual(
      expect.arrayContaining([
        'USED_IN 氟橡胶 -> 插入管 grammar:A采用B',
        'USED_IN 热塑性聚氨酯 -> 插入管 grammar:A采用B',
      ]),
    );
    expect(
      supplyPairs('探针的基底一般为聚酰亚胺薄膜。', {
        柔性探针: 'Component',
        探针: 'Component',
        聚酰亚胺薄膜: 'Material',
      }),
    ).toEqual(['USED_IN 聚酰亚胺薄膜 -> 探针 grammar:A为M']);
  });
});
