// An element and its compound joined by a slash (`银/氯化银`, Ag/AgCl) name one material.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

/** `Label name` of every term graphed (confidence 0.6 or more). */
const terms = (text: string): string[] =>
  contextOf(text)
    .model.discovered.filter((d) => d.confidence >= 0.6)
    .map((d) => `${d.label} ${d.name}`);

describe('an element and its compound joined by a slash', () => {
  it('reads 银/氯化银 whole where the material is written alone', () => {
    const t = terms(
      '传感器是价值量最高的环节，由工作电极、参比电极、生物敏感膜和柔性导线构成，工作电极多采用铂或金，参比电极采用银/氯化银，敏感膜中固定葡萄糖氧化酶（GOx），外层以聚氨酯和聚乙烯醇构成限流膜。',
    );
    expect(t).toContain('Material 银/氯化银');
    expect(t).not.toContain('Material 氯化银');
  });

  it('starts a part named by the pair at the element, and reads the pair as its material', () => {
    const t = terms(
      '用于一次性使用针电极和脑电电极帽的不锈钢针管、银/氯化银电极片和导电膏主要向国内供应商定制采购；视频脑电监测系统所需的红外摄像机整机外购。',
    );
    expect(t).toContain('Component 银/氯化银电极片');
    expect(t).toContain('Material 银/氯化银');
    expect(t).not.toContain('Component 氯化银电极片');
    expect(t).not.toContain('Material 氯化银');
  });

  it('joins no two compounds of other elements (氟化镁/氟化铝)', () => {
    const t = terms('中子源：锂靶+中子慢化体（氟化镁/氟化铝）；治疗床：六自由度机器人定位。');
    expect(t.some((x) => x.includes('/'))).toBe(false);
  });
});
