// Make-up written with a pair of subjects or with a count of one part: `外壳和端盖一般采用聚碳酸酯制成` gives
// the material to both parts of the pair the text named before, and `多叶准直器由上百片钨合金叶片组成` reads a
// list of one part after its count. Sentences of dialyser features, a registration review guideline and
// radiotherapy and ultrasound news.
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

const pairs = supplyPairs;

describe('a pair of subjects sharing one material clause', () => {
  it('gives the materials to both parts of the pair', () => {
    expect(
      pairs(
        '透析器由中空纤维膜、外壳和端盖组成；外壳和端盖一般采用聚碳酸酯（PC）或聚丙烯（PP）制成；',
      ).filter((l) => l.startsWith('USED_IN 聚')),
    ).toEqual([
      'USED_IN 聚丙烯 -> 外壳 grammar:A采用B',
      'USED_IN 聚丙烯 -> 端盖 grammar:A采用B',
      'USED_IN 聚碳酸酯 -> 外壳 grammar:A采用B',
      'USED_IN 聚碳酸酯 -> 端盖 grammar:A采用B',
    ]);
    expect(
      pairs(
        '透析器主要由中空纤维膜、外壳和端盖组装而成。外壳和端盖一般采用聚碳酸酯注塑，灌封胶则为聚氨酯。',
      ).filter((l) => l.startsWith('USED_IN 聚碳酸酯')),
    ).toEqual(['USED_IN 聚碳酸酯 -> 外壳 grammar:A采用B', 'USED_IN 聚碳酸酯 -> 端盖 grammar:A采用B']);
  });

  it('reads the first of the pair only as a thing the text named before', () => {
    // Nothing before names 外壳: the pair gives the material to the one part read by its verb.
    expect(pairs('外壳和端盖一般采用聚碳酸酯（PC）或聚丙烯（PP）制成；')).toEqual([
      'USED_IN 聚丙烯 -> 端盖 grammar:A采用B',
      'USED_IN 聚碳酸酯 -> 端盖 grammar:A采用B',
    ]);
  });

  it('needs the pair to open its clause', () => {
    // `由…外壳和端盖` is no subject of the verb after it.
    expect(
      pairs('透析器由中空纤维膜、外壳和端盖组成。外壳较硬。透析器的外壳和端盖采用聚碳酸酯制成。').filter(
        (l) => l.startsWith('USED_IN 聚碳酸酯'),
      ),
    ).toEqual(['USED_IN 聚碳酸酯 -> 端盖 grammar:A采用B']);
  });
});

describe('a list of one part after its count', () => {
  it('reads the part a thing is made of many of', () => {
    expect(
      pairs('多叶准直器由上百片钨合金叶片组成，叶片越窄，照射野就越精细。', { 多叶准直器: 'Component' }),
    ).toContain('PART_OF 钨合金叶片 -> 多叶准直器 grammar:A由B组成');
    expect(
      pairs('探头线缆由数十至上百根微型同轴电缆组成，这类线材此前几乎全部来自日本企业。', {
        探头线缆: 'Component',
      }),
    ).toEqual(['PART_OF 微型同轴电缆 -> 探头线缆 grammar:A由B组成']);
  });

  it('reads a count written with 多 in Hong Kong news', () => {
    expect(pairs('該機的多葉準直器由百多塊鎢合金葉片組成，可按腫瘤形狀調整射線範圍。')).toContain(
      'PART_OF 钨合金叶片 -> 多叶准直器 grammar:A由B组成',
    );
  });

  it('names no part in a count of stages or steps', () => {
    expect(pairs('该项目由三个阶段组成，每个阶段由若干个步骤组成。')).toEqual([]);
  });
});
