// Supply-chain phrases besides X用Y: 用于A的B, A配套B, A的核心部件B, A关键材料B, 用于A……包括B、C.
import { describe, expect, it } from 'vitest';
import { supplyPhrases } from '../../../server/extract/rules/supply-phrases';
import { contextOf, seedResult } from './seed-data';

const edges = (text: string): string[] =>
  supplyPhrases(contextOf(text).ctx).map((e) => `${e.type} ${e.source} -> ${e.target} ${e.rule ?? ''}`);

describe('supplyPhrases', () => {
  it('reads A的核心部件：B、C as parts of A', () => {
    expect(edges('突破CT的核心部件：CT球管、CT高速滑环等。')).toEqual([
      'PART_OF component:ct-tube -> equipment:ct grammar:A的核心部件B',
      'PART_OF component:ct-slip-ring -> equipment:ct grammar:A的核心部件B',
    ]);
  });

  it('reads 用于A的B only with 用于 right before A', () => {
    expect(edges('发展用于CT的高精度电流传感器。')).toEqual([
      'PART_OF component:current-sensor -> equipment:ct grammar:用于A的B',
    ]);
    expect(edges('提升CT的高精度电流传感器水平。')).toEqual([]);
  });

  it('reads 用于A……如B、C, and skips class names such as 关键材料', () => {
    expect(edges('攻关用于呼吸机的关键零部件，如微型比例阀等。')).toEqual([
      'PART_OF component:micro-proportional-valve -> equipment:ventilator grammar:用于A包括B',
    ]);
    expect(edges('开发用于ECMO的关键材料。')).toEqual([]);
  });

  it('adds no supply edge to the seed plans (their X用Y lists stay the only source)', () => {
    const rules = new Set(
      seedResult()
        .graph.edges.filter((e) => e.type === 'PART_OF' || e.type === 'USED_IN')
        .map((e) => e.rule),
    );
    expect([...rules].sort()).toEqual(['compound-name', 'grammar:X用Y']);
  });
});
