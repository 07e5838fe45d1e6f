// Specifications of wrapping a tall layer into columns: a department and its 25 measures fit a wide
// screen instead of one column zoomed out until no label is readable.
import { describe, expect, it } from 'vitest';
import type { NodeBox } from '../../../../client/src/graph/elk-layered';
import { wrapTallLayers } from '../../../../client/src/graph/layer-wrap';

const box = (id: string, width = 120, height = 70): NodeBox => ({
  id,
  kind: 'Measure',
  width,
  height,
  cx: width / 2,
  cy: 20,
});

/** A hub on the left and `n` leaves stacked in the next layer, as ELK lays them out. */
const star = (n: number) => {
  const boxes = [box('department:hub'), ...Array.from({ length: n }, (_, i) => box(`measure:m${i}`))];
  const centres = new Map<string, { x: number; y: number }>([['department:hub', { x: 60, y: (n * 84) / 2 }]]);
  for (let i = 0; i < n; i++) centres.set(`measure:m${i}`, { x: 300, y: 20 + i * 84 });
  return { boxes, centres };
};

const extent = (boxes: NodeBox[], p: Map<string, { x: number; y: number }>) => {
  const rects = boxes.map((b) => {
    const c = p.get(b.id)!;
    return { id: b.id, x1: c.x - b.cx, y1: c.y - b.cy, x2: c.x - b.cx + b.width, y2: c.y - b.cy + b.height };
  });
  return {
    rects,
    width: Math.max(...rects.map((r) => r.x2)) - Math.min(...rects.map((r) => r.x1)),
    height: Math.max(...rects.map((r) => r.y2)) - Math.min(...rects.map((r) => r.y1)),
  };
};

describe('wrapTallLayers', () => {
  it('wraps a layer of 25 measures into columns that fit a wide screen, with no two boxes overlapping', () => {
    const { boxes, centres } = star(25);
    const out = wrapTallLayers(centres, boxes, { screen: { width: 1200, height: 400 } });
    const before = extent(boxes, centres);
    const after = extent(boxes, out);
    const zoom = (e: { width: number; height: number }) => Math.min(1200 / e.width, 400 / e.height);
    expect(zoom(after)).toBeGreaterThan(zoom(before) * 1.5);
    const r = after.rects;
    for (let i = 0; i < r.length; i++)
      for (let j = i + 1; j < r.length; j++) {
        const a = r[i]!;
        const b = r[j]!;
        const overlap =
          Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        expect(overlap, `${a.id} and ${b.id}`).toBe(false);
      }
  });

  it('keeps the layers left to right and each layer read top to bottom, column by column', () => {
    const { boxes, centres } = star(25);
    const out = wrapTallLayers(centres, boxes, { screen: { width: 1200, height: 400 } });
    const hub = out.get('department:hub')!;
    const leaves = Array.from({ length: 25 }, (_, i) => out.get(`measure:m${i}`)!);
    for (const l of leaves) expect(l.x).toBeGreaterThan(hub.x);
    for (let i = 1; i < leaves.length; i++) {
      const a = leaves[i - 1]!;
      const b = leaves[i]!;
      expect(b.x > a.x || (b.x === a.x && b.y > a.y)).toBe(true);
    }
  });

  it('leaves a drawing alone when wrapping would not make it much larger on screen', () => {
    const { boxes, centres } = star(3);
    expect(wrapTallLayers(centres, boxes, { screen: { width: 1200, height: 700 } })).toBe(centres);
  });
});
