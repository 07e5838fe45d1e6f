// The first member of a list starts after a preposition (`按`) and after what a meeting hears (`通报`,
// `汇报`), which the dictionary tags as a noun: neither is a word of the name.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const names = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('the first member of a list', () => {
  it('starts after 按', () => {
    const text = '产业链按医学影像装备、手术机器人、体外诊断装备三条子链推进，每条子链明确一家“链主”企业。';
    expect(names(text).filter((n) => n.includes('按'))).toEqual([]);
  });

  it('starts after a meeting`s 通报', () => {
    const text =
      '11月18日，专班召开月度调度会，通报医学影像装备、体外诊断装备、高端植入介入器械和康复装备四条子链进展。';
    expect(names(text).filter((n) => n.includes('通报'))).toEqual([]);
  });
});
