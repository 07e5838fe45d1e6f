// Spoken statements of what a thing uses: `叶轮用的是铝合金` (用的是), with the thing named at the head of its
// paragraph (a blank line, as between a subtitle file's cues, parts it from the words before).
import { describe, expect, it } from 'vitest';
import { supplyPairs } from './supply-pairs';

describe('spoken statements of use: A用的是M', () => {
  it('reads 叶轮用的是铝合金 after a blank line, the part found by the reading', () => {
    expect(
      supplyPairs(
        '转子上贴的是钕铁硼永磁体，\n转速能到每分钟四万转\n\n叶轮用的是铝合金，\n有些厂家换成了碳纤维增强的PEEK',
      ),
    ).toContain('USED_IN 铝合金 -> 叶轮 grammar:A采用B');
  });

  it('reads a known part and material after 用的是 and a quality', () => {
    expect(
      supplyPairs('湿化罐用的是透明的聚碳酸酯，加热盘是铝的。', {
        湿化罐: 'Component',
        聚碳酸酯: 'Material',
      }),
    ).toEqual(['USED_IN 聚碳酸酯 -> 湿化罐 grammar:A采用B']);
  });

  it('reads no part in people (`我们科用的是`, `我们科采用`)', () => {
    expect(supplyPairs('我们科用的是进口的钛合金。', { 钛合金: 'Material' })).toEqual([]);
    expect(supplyPairs('我们科采用进口的钛合金。', { 钛合金: 'Material' })).toEqual([]);
  });

  it('reads no material in a question (`用的是什么材料`)', () => {
    expect(supplyPairs('你需要在验收前了解它由哪些部分组成、各部分起什么作用、用的是什么材料。')).toEqual([]);
  });
});
