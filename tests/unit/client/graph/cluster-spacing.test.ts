import { describe, expect, it } from 'vitest';
import { clusterLayout, clusterSpacing } from '../../../../client/src/graph/cluster-layout';

/** Boxes as graph-view measures them: the shape on top, the label (up to three lines) under it. */
const SIZES = { memberW: 140, memberH: 106, hubW: 160, hubH: 140, memberSize: 40, hubSize: 56, gap: 10 };

const boxAt = (p: { x: number; y: number }, hub: boolean) => {
  const w = hub ? SIZES.hubW : SIZES.memberW;
  const h = hub ? SIZES.hubH : SIZES.memberH;
  const top = p.y - (hub ? SIZES.hubSize : SIZES.memberSize) / 2;
  return { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + h };
};

describe('clusterSpacing', () => {
  it('leaves no two boxes of a cluster, labels included, overlapping', () => {
    const hubs = ['domain:a', 'domain:b', 'domain:c', 'domain:d'];
    const members = new Map(hubs.map((h) => [h, [1, 2, 3, 4].map((i) => `equipment:${h}-${i}`)]));
    const p = clusterLayout({ hubs, members }, { ...clusterSpacing(SIZES), aspect: 1.6 });
    const boxes = [...p].map(([id, at]) => ({ id, b: boxAt(at, id.startsWith('domain:')) }));
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (a.b.x1 < b.b.x2 && b.b.x1 < a.b.x2 && a.b.y1 < b.b.y2 && b.b.y1 < a.b.y2)
          overlaps.push(`${a.id}/${b.id}`);
    expect(overlaps).toEqual([]);
  });

  it('grows with the labels (stage mode doubles the spacing when labels double)', () => {
    const small = clusterSpacing(SIZES);
    const large = clusterSpacing({ ...SIZES, memberW: 280, memberH: 212, hubW: 320, hubH: 280, gap: 20 });
    expect(large.spacing).toBeGreaterThan(1.6 * small.spacing);
    expect(large.radius).toBeGreaterThan(1.6 * small.radius);
  });

  it('lays a wide screen out in more columns than a square one', () => {
    const hubs = Array.from({ length: 10 }, (_, i) => `domain:${i}`);
    const cols = (aspect: number) =>
      new Set([...clusterLayout({ hubs, members: new Map() }, { aspect }).values()].map((q) => q.x)).size;
    expect(cols(16 / 9)).toBeGreaterThan(cols(1));
  });
});
