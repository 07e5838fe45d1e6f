// Names cut out of a longer word: a run that starts in the middle of a curated name (组织|工程支架, 组织工程
// a curated technique) is a piece of that word, no name of its own.
import { describe, expect, it } from 'vitest';
import { contextOf } from './seed-data';

const discovered = (text: string): string[] => contextOf(text).model.discovered.map((d) => d.name);

describe('readTerms: names that start inside a curated name', () => {
  it('reads no 工程支架 in 可降解高分子用于可吸收骨钉和组织工程支架', () => {
    const text = '聚乳酸（PLA）、聚己内酯（PCL）等可降解高分子用于可吸收骨钉和组织工程支架。';
    expect(discovered(text)).not.toContain('工程支架');
    expect(discovered(text)).toContain('聚己内酯');
  });

  it('asks only the curated names around a name, wherever it stands in a long text', () => {
    // The search goes back from the name over the curated matches that may still reach it: the same
    // sentence after many others with curated names (CT, 手术机器人) reads as it reads alone.
    const text = `${'发展CT、手术机器人等高端医疗装备。'.repeat(40)}聚乳酸（PLA）、聚己内酯（PCL）等可降解高分子用于可吸收骨钉和组织工程支架。`;
    expect(discovered(text)).not.toContain('工程支架');
    expect(discovered(text)).toContain('聚己内酯');
  });

  it('still completes the members of a curated list written as one name (推进各类食道、胆道、气管支架等产品升级换代)', () => {
    const names = discovered(
      '提升冠脉药物洗脱支架等血管介入材料性能，推进各类食道、胆道、气管支架等产品升级换代。',
    );
    expect(names).toEqual(expect.arrayContaining(['胆道支架', '气管支架']));
  });
});
