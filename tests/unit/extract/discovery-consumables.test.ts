// Consumables of infusion, puncture and intervention read by their heads (`输液器`, `穿刺针`, `导丝`, `微导管`),
// and single-use products registered as devices whatever part their head names (`一次性使用血氧探头`):
// terms/heads.ts, discovery.ts, terms/material-uses.ts and the counts of terms/list-labels.ts.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

/** Discovered names of one label in a text. */
const names = (text: string, label = 'Equipment'): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.label === label)
    .map((d) => d.name)
    .sort();

describe('consumables named alone', () => {
  it('reads 微导管 and 导丝 of a clinical sentence as devices', () => {
    expect(names('医生借助微导管和导丝将其送达闭塞部位。')).toEqual(['导丝', '微导管']);
    expect(names('神经介入用的微导管对材料的要求更高。')).toEqual(['微导管']);
  });

  it('reads 输液器 said to be made of a material as a device, not a part', () => {
    const text = '与泵配套使用的输液器以医用PVC为原料，也有企业改用不含DEHP的热塑性弹性体。';
    expect(names(text)).toEqual(['输液器']);
    expect(names(text, 'Component')).toEqual([]);
  });

  it('reads 穿刺针 beside a part it is listed with', () => {
    expect(names('血路管和穿刺针同样属于一次性耗材，用量随治疗人次增长。')).toContain('穿刺针');
  });

  it('reads no 微 before a broad class noun (微系统) and no bare syringe', () => {
    expect(names('发展微系统集成工艺。')).toEqual([]);
    expect(names('注射泵推动注射器的活塞。')).not.toContain('注射器');
  });
});

describe('counts in a list of consumables', () => {
  it('names the members without their counts (一支透析器、一套血液管路和两支穿刺针)', () => {
    expect(names('每次都要消耗一支透析器、一套血液管路和两支穿刺针。')).toEqual([
      '穿刺针',
      '血液管路',
      '透析器',
    ]);
  });
});

describe('single-use products', () => {
  it('reads 一次性使用心电电极片 and 一次性使用血氧探头 as devices', () => {
    const text = '耗材包括一次性使用心电电极片、一次性使用血氧探头和记录纸。';
    expect(names(text)).toEqual(expect.arrayContaining(['一次性使用心电电极片', '一次性使用血氧探头']));
    expect(names(text, 'Component')).not.toContain('一次性使用血氧探头');
  });
});
