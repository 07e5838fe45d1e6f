// Words before a name that say how much of the thing is used, how things are made or run, or what a
// quality lies in are no part of its name: 采用大量中空纤维膜, 网络化医疗设备, 优势在于芯片. Sentences in the style of
// product descriptions, plans and prospectuses.
import { describe, expect, it } from 'vitest';
import { contextOf } from '../seed-data';

const terms = (text: string) => {
  const { model } = contextOf(text);
  const line = (d: { name: string; confidence: number }) => `${d.name} ${d.confidence}`;
  return { graphed: model.discovered.map(line), candidates: model.candidates.map(line) };
};
const names = (lines: readonly string[]): string[] => lines.map((l) => l.split(' ')[0] ?? '');

describe('a quantity before a name', () => {
  it('is cut off a curated name: 采用大量中空纤维膜', () => {
    const { graphed, candidates } = terms('该产品采用大量中空纤维膜进行气体交换。');
    expect(names([...graphed, ...candidates])).not.toContain('大量中空纤维膜');
  });

  it('makes a list member a candidate: 需要大量医用导管和少量血液透析器', () => {
    const { graphed } = terms('需要大量医用导管和少量血液透析器。');
    expect(names(graphed).filter((n) => /^(?:大量|少量)/.test(n))).toEqual([]);
  });

  it('leaves 大量程, a wide range, in the name: 大量程压力传感器', () => {
    const { graphed } = terms('公司生产大量程压力传感器和大量程力传感器。');
    expect(names(graphed)).toEqual(expect.arrayContaining(['大量程压力传感器', '大量程力传感器']));
  });
});

describe('a manner in 化 before a class noun alone', () => {
  it('names no kind: 网络化医疗设备, 智能化设备', () => {
    const { graphed } = terms('推动网络化医疗设备、智能化设备和数字化X线摄影系统的发展，推广雾化设备。');
    expect(names(graphed)).not.toContain('网络化医疗设备');
    expect(names(graphed)).not.toContain('智能化设备');
    // A noun after the manner, and a process of one character before 化, name kinds.
    expect(names(graphed)).toEqual(expect.arrayContaining(['数字化X线摄影系统', '雾化设备']));
  });
});

describe('what a quality lies in', () => {
  it('is the object after 在于: 优势在于芯片, 核心竞争力在于传感器', () => {
    for (const text of ['其优势在于芯片的自主设计。', '核心竞争力在于传感器。', '产品性能取决于探测器。']) {
      const { graphed, candidates } = terms(text);
      expect(names([...graphed, ...candidates]).filter((n) => /在于|取决于/.test(n))).toEqual([]);
    }
  });
});
