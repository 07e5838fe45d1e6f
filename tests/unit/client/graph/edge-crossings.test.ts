import { describe, expect, it } from 'vitest';
import { edgeCrossings, segmentsCross } from '../../../../client/src/graph/edge-crossings';

const at = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }]));

describe('edgeCrossings', () => {
  it('counts an X of two edges as one crossing', () => {
    const p = at([
      ['a', 0, 0],
      ['b', 0, 100],
      ['c', 100, 0],
      ['d', 100, 100],
    ]);
    expect(
      edgeCrossings(p, [
        { source: 'a', target: 'd' },
        { source: 'b', target: 'c' },
      ]),
    ).toBe(1);
    expect(
      edgeCrossings(p, [
        { source: 'a', target: 'c' },
        { source: 'b', target: 'd' },
      ]),
    ).toBe(0);
  });

  it('never counts edges that share a node, touching ends, or edges to unplaced nodes', () => {
    const p = at([
      ['a', 0, 0],
      ['b', 100, 0],
      ['c', 100, 100],
    ]);
    expect(
      edgeCrossings(p, [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
        { source: 'b', target: 'c' },
        { source: 'a', target: 'ghost' },
      ]),
    ).toBe(0);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 2, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 5 })).toBe(false);
  });
});
