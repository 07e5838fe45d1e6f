// A standard's modal verbs between a part and what it is made of: `靶面层应采用钨铼合金` says the layer is
// of that alloy, as `靶面层采用…` does; 应 (shall) opens the predicate and is no piece of the part's name.
// Sentences from a group standard's requirements on an X-ray tube.
import { describe, expect, it } from 'vitest';
import { supplyLines } from './supply-pairs';
import { contextOf } from './seed-data';

const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

describe('a part that shall be made of a material', () => {
  const text = '5.1.1　阳极靶盘的靶面层应采用钨铼合金，靶基体应采用钼合金（TZM），储热层应采用高纯石墨。';

  it('names the part without the modal', () => {
    const t = terms(text);
    expect(t).toEqual(expect.arrayContaining(['Component 靶面层', 'Component 靶基体', 'Component 储热层']));
    expect(t.filter((n) => n.endsWith('应'))).toEqual([]);
  });

  it('reads each material as used in its part, and the first part as the possessor’s', () => {
    const lines = supplyLines(text, { 阳极靶盘: 'Component' });
    expect(lines).toEqual(
      expect.arrayContaining([
        'PART_OF 靶面层 -> 阳极靶盘 grammar:A的B采用Y',
        'USED_IN 钨铼合金 -> 靶面层 grammar:A采用B',
        'USED_IN 钼合金 -> 靶基体 grammar:A采用B',
        'USED_IN 高纯石墨 -> 储热层 grammar:A采用B',
      ]),
    );
  });

  it('keeps the 应 of a word (供应) out of the modal', () => {
    const t = terms('关键部件的原材料供应采用集中采购方式。');
    expect(t.filter((n) => n.endsWith('供'))).toEqual([]);
  });
});
