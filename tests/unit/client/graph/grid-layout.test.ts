// Specifications of the grid for views without edges: cells as large as the largest box, the
// columns that fit the screen's shape, no two boxes overlapping.
import { describe, expect, it } from 'vitest';
import type { NodeBox } from '../../../../client/src/graph/elk-layered';
import { gridLayout } from '../../../../client/src/graph/grid-layout';

const boxes = (n: number): NodeBox[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `domain:d${i}`,
    kind: 'Domain',
    width: 100 + (i % 4) * 20,
    height: 90,
    cx: 50,
    cy: 28,
  }));

describe('gridLayout', () => {
  it('lays 42 domains in a grid as wide as a wide screen, with no two boxes overlapping', () => {
    const bs = boxes(42);
    const out = gridLayout(bs, { screen: { width: 1280, height: 400 }, gap: 14 });
    const rects = bs.map((b) => {
      const c = out.get(b.id)!;
      return { x1: c.x - b.cx, y1: c.y - b.cy, x2: c.x - b.cx + b.width, y2: c.y - b.cy + b.height };
    });
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        expect(
          Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1),
        ).toBe(false);
      }
    const w = Math.max(...rects.map((r) => r.x2)) - Math.min(...rects.map((r) => r.x1));
    const h = Math.max(...rects.map((r) => r.y2)) - Math.min(...rects.map((r) => r.y1));
    expect(w / h).toBeGreaterThan(2);
  });

  it('keeps the order given, row by row', () => {
    const bs = boxes(6);
    const out = gridLayout(bs, { screen: { width: 400, height: 400 }, gap: 10 });
    const ys = bs.map((b) => out.get(b.id)!.y);
    const xs = bs.map((b) => out.get(b.id)!.x - b.cx);
    expect(ys[0]).toBe(ys[1]);
    expect(xs[1]!).toBeGreaterThan(xs[0]!);
  });
});
