import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { edgeCrossings } from '../../../../client/src/graph/edge-crossings';
import {
  elkCentres,
  elkCorners,
  elkGraph,
  estimateBox,
  type NodeBox,
} from '../../../../client/src/graph/elk-layered';
import { layeredLayout } from '../../../../client/src/graph/layered-layout';

// Two materials feeding two components crosswise, each component in one machine, one domain.
const boxes: NodeBox[] = [
  estimateBox('material:b', 'Material', 'Membrane B'),
  estimateBox('material:a', 'Material', 'Membrane A'),
  estimateBox('component:y', 'Component', 'Pump head'),
  estimateBox('component:x', 'Component', '氧合器'),
  estimateBox('equipment:x', 'Equipment', 'ECMO'),
  estimateBox('equipment:y', 'Equipment', 'Ventilator'),
  estimateBox('domain:d', 'Domain', 'Life support'),
];
const edges = [
  { source: 'material:a', target: 'component:y' },
  { source: 'material:b', target: 'component:x' },
  { source: 'component:x', target: 'equipment:x' },
  { source: 'component:y', target: 'equipment:y' },
  { source: 'equipment:x', target: 'domain:d' },
  { source: 'equipment:y', target: 'domain:d' },
  { source: 'equipment:y', target: 'domain:d' },
  { source: 'equipment:x', target: 'equipment:x' },
];

describe('elkGraph', () => {
  it('puts each node in its band, drops loops and duplicate edges', () => {
    const g = elkGraph(boxes, edges);
    expect(g.layoutOptions?.['elk.algorithm']).toBe('layered');
    expect(g.children?.find((c) => c.id === 'material:a')?.layoutOptions).toEqual({
      'elk.partitioning.partition': '2',
    });
    expect(g.edges).toHaveLength(6);
  });

  it('lays the chain out left to right in supply-chain order, without crossings or overlaps', async () => {
    const laid = await new ELK().layout(elkGraph(boxes, edges));
    const p = elkCentres(elkCorners(laid), boxes);
    const x = (id: string): number => p.get(id)?.x ?? NaN;
    expect(x('material:a')).toBeLessThan(x('component:x'));
    expect(x('component:x')).toBeLessThan(x('equipment:x'));
    expect(x('equipment:x')).toBeLessThan(x('domain:d'));
    expect(edgeCrossings(p, edges)).toBe(0);
    // Boxes (labels included) never overlap.
    const rects = boxes.map((b) => {
      const c = p.get(b.id)!;
      return { x1: c.x - b.cx, y1: c.y - b.cy, x2: c.x - b.cx + b.width, y2: c.y - b.cy + b.height };
    });
    for (const [i, r] of rects.entries())
      for (const s of rects.slice(i + 1))
        expect(r.x1 < s.x2 && s.x1 < r.x2 && r.y1 < s.y2 && s.y1 < r.y2).toBe(false);
  });
});

describe('estimateBox', () => {
  it('counts a Chinese character as one em and a Latin one as about half', () => {
    const zh = estimateBox('equipment:x', 'Equipment', '体外膜肺氧合', 40, 16);
    const en = estimateBox('equipment:x', 'Equipment', 'ECMO device', 40, 16);
    expect(zh.width).toBe(40 + 6 + 6 * 16);
    expect(en.width).toBeCloseTo(40 + 6 + 11 * 0.56 * 16);
    expect(zh.cx).toBe(20);
  });
});

describe('layeredLayout against ELK', () => {
  it('both keep the bands in order', () => {
    const p = layeredLayout({ nodes: boxes.map((b) => ({ id: b.id, kind: b.kind })), edges });
    expect(p.get('material:a')!.x).toBeLessThan(p.get('domain:d')!.x);
  });
});
