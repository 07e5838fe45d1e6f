// The outermost names of a span: a name another longer name holds gives way to it.
import { describe, expect, it } from 'vitest';
import { outermost } from '../../../server/extract/rules/supply-lists';
import type { Occurrence } from '../../../server/extract/types';
import { asNodeId } from '../../../core/model/ids';

const at = (nodeId: string, start: number, end: number): Occurrence => ({
  nodeId: asNodeId(nodeId),
  start,
  end,
  sentence: 0,
});

/** The definition, pair by pair. */
const byDefinition = (all: readonly Occurrence[]): Occurrence[] =>
  all.filter(
    (o) =>
      !all.some((x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
  );

describe('outermost', () => {
  it('keeps 液态金属轴承X射线球管 and drops the X射线球管 and 轴承 it holds', () => {
    // 采购液态金属轴承X射线球管2支
    const whole = at('component:liquid-metal-bearing-x-ray-tube', 2, 14);
    const tube = at('component:x-ray-tube', 8, 14);
    const bearing = at('component:bearing', 4, 6);
    expect(outermost([bearing, whole, tube])).toEqual([whole]);
  });

  it('keeps two names over the same characters, and names that only overlap', () => {
    const a = at('equipment:a', 0, 4);
    const b = at('component:b', 0, 4);
    const c = at('component:c', 3, 7);
    expect(outermost([a, b, c])).toEqual([a, b, c]);
  });

  it('agrees with the pairwise definition on many random spans, in their given order', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const all = Array.from({ length: 1 + next(12) }, (_, i) => {
        const start = next(20);
        return at(`component:n${i}`, start, start + 1 + next(6));
      });
      expect(outermost(all)).toEqual(byDefinition(all));
    }
  });
});
