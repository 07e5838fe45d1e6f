// Elements named one character each where the text says they are put into an alloy.
import { describe, expect, it } from 'vitest';
import { normalizeTerm } from '../../../../server/extract/normalize';
import { alloyElements } from '../../../../server/extract/terms/alloy-elements';

const elements = (sentence: string): string[] => {
  const s = normalizeTerm(sentence);
  return alloyElements(s).map(([f, t]) => s.slice(f, t));
};

describe('alloyElements', () => {
  it('names each element of a list closed by 等合金元素', () => {
    expect(elements('可降解镁合金一般需加入锌、钙、钇、钕等合金元素，以细化晶粒。')).toEqual([
      '锌',
      '钙',
      '钇',
      '钕',
    ]);
    expect(elements('骨科钛合金中添加铌和锆两种合金元素以降低弹性模量。')).toEqual(['铌', '锆']);
  });

  it('names rare earths only after a verb of alloying', () => {
    expect(elements('支架用镁合金中加入钆、钇等稀土元素。')).toEqual(['钆', '钇']);
    expect(elements('我国钇、钕等稀土元素储量丰富。')).toEqual([]);
  });

  it('reads no list of nutrients or one whose members are not all elements', () => {
    expect(elements('老年人应注意补充铁、锌、钙等微量元素。')).toEqual([]);
    expect(elements('重、轻、硬等合金元素。')).toEqual([]);
  });
});
