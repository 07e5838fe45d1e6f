// A broad class noun written as a word of its own before a device's name (`常用设备眼科超声乳化仪`) is the class
// the name is put in apposition to, no word of the name; 器械 before what is done with instruments stays
// (`器械追溯系统`).
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const terms = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('discoverTerms: a class noun before a device’s name', () => {
  it('reads 眼科超声乳化仪 in 另一类常用设备眼科超声乳化仪', () => {
    const found = terms('另一类常用设备眼科超声乳化仪，则由超声手柄、压电陶瓷换能器和灌注抽吸系统组成。');
    expect(found).toContain('眼科超声乳化仪');
    expect(found).not.toContain('设备眼科超声乳化仪');
  });

  it('keeps 器械追溯系统', () => {
    expect(terms('推动清洗消毒器的国产化，支持器械追溯系统应用。')).toContain('器械追溯系统');
  });
});
