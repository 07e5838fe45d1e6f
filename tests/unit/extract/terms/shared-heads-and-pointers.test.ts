// A list shares one character as a head only when that character is a head of its own, a name
// that merely points back to a whole (整套系统, 这套设备) is no term, and no name crosses a line break.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const discovered = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('one-character shared heads', () => {
  it('does not give the 器 of 灌流器 to 管路 and 穿刺针', () => {
    const names = discovered('血液净化耗材主要包括透析器、管路、穿刺针与灌流器。');
    expect(names).toEqual(expect.arrayContaining(['透析器', '灌流器']));
    expect(names.filter((n) => n.endsWith('路器') || n.endsWith('针器'))).toEqual([]);
  });

  it('still shares a longer head: 食道、胆道、气管支架', () => {
    expect(discovered('开发食道、胆道、气管支架。')).toEqual(
      expect.arrayContaining(['食道支架', '胆道支架', '气管支架']),
    );
  });
});

describe('names that point back', () => {
  it('reads no term from 整套系统 or 这套设备', () => {
    const names = discovered('柔性导管是整套系统最关键的部件，这套设备已进入临床。');
    expect(names.filter((n) => /整套|这套/.test(n))).toEqual([]);
  });
});

describe('line breaks', () => {
  it('end a name read by its head: a list of lines without punctuation gives its last line only', () => {
    const names = discovered('重点产品\n光子计数CT\n康复器械\n手术机器人');
    expect(names.filter((n) => n.includes('产品') || n.includes('CT康复'))).toEqual([]);
  });
});
