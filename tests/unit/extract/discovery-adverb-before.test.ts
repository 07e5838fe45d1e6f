// An adverb of one character right before a name (`都规定探头`, `先打开泵盖`, `不耐热器械`) makes what follows it
// a predicate: the name stays a candidate. 将 marks an object (`将负压救护车…纳入`) and stays a clean start.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const read = (text: string): { terms: string[]; candidates: string[] } => {
  const { model } = contextOf(text);
  return { terms: model.discovered.map((d) => d.name), candidates: model.candidates.map((d) => d.name) };
};

describe('discoverTerms: an adverb before the name', () => {
  it('leaves 规定探头 a candidate in 科室里都规定探头用完必须挂回', () => {
    const { terms, candidates } = read('所以科室里都规定探头用完必须挂回。');
    expect(terms).not.toContain('规定探头');
    expect(candidates).toContain('规定探头');
  });

  it('leaves 耐热器械 a candidate in 不耐热器械的灭菌', () => {
    const { terms } = read('适用于腔镜器械、电子内镜等不耐热器械的灭菌，灭菌周期约45分钟。');
    expect(terms).not.toContain('耐热器械');
    expect(terms).toContain('腔镜器械');
  });

  it('keeps 负压救护车 after 将, the mark of an object', () => {
    const { terms } = read('将负压救护车、移动CT方舱和便携式超声纳入应急医疗装备省级储备目录。');
    expect(terms).toContain('负压救护车');
  });
});
