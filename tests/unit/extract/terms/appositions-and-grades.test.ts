// Words before a name that class it, grade it or place it in a market are no part of it: 关键部件球管 is
// 球管. Sentences in the style of supply-chain features, notices and market news.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const terms = (text: string) => {
  const { model } = contextOf(text);
  const line = (d: { name: string; confidence: number }) => `${d.name} ${d.confidence}`;
  return { graphed: model.discovered.map(line), candidates: model.candidates.map(line) };
};
const names = (lines: readonly string[]): string[] => lines.map((l) => l.split(' ')[0] ?? '');

describe('the class of a member written before it', () => {
  it('is cut off a part read by its head: CT的关键部件球管, 呼吸机的核心部件涡轮风机', () => {
    const { graphed } = terms('CT的关键部件球管长期被国外垄断，呼吸机的核心部件涡轮风机国产化率不足30%。');
    expect(names(graphed)).toEqual(expect.arrayContaining(['球管', '涡轮风机']));
    expect(names(graphed).filter((n) => n.includes('部件'))).toEqual([]);
  });

  it('is cut off a chip and a curated part: 核心元器件FPGA芯片, 关键部件超导磁体', () => {
    const { graphed } = terms(
      '超声设备的核心元器件FPGA芯片依赖进口，MRI的关键部件超导磁体由少数几家企业生产。',
    );
    expect(names(graphed)).toContain('FPGA芯片');
    expect(names(graphed).filter((n) => /元器件|部件/.test(n))).toEqual([]);
  });
});
