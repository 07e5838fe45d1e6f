// How many pairs of straight edges cross in a drawing: the readability figure layered layouts are
// compared by. Pure; O(e²), fine for the few hundred edges of a layered view.

export interface Point {
  x: number;
  y: number;
}

const orient = (a: Point, b: Point, c: Point): number => {
  const v = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  return Math.abs(v) < 1e-9 ? 0 : Math.sign(v);
};

/** Do segments ab and cd cross at a point inside both (touching ends and collinear overlaps do not count)? */
export const segmentsCross = (a: Point, b: Point, c: Point, d: Point): boolean => {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
};

/**
 * Crossings among edges drawn as straight lines between node centres; edges sharing a node never
 * count (they meet at it).
 * @example edgeCrossings(positions, [{ source: 'a', target: 'd' }, { source: 'b', target: 'c' }])
 */
export const edgeCrossings = (
  positions: ReadonlyMap<string, Point>,
  edges: readonly { source: string; target: string }[],
): number => {
  const segs = edges.flatMap((e) => {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    return a && b && e.source !== e.target ? [{ e, a, b }] : [];
  });
  let n = 0;
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i]!;
      const t = segs[j]!;
      const shared =
        s.e.source === t.e.source ||
        s.e.source === t.e.target ||
        s.e.target === t.e.source ||
        s.e.target === t.e.target;
      if (!shared && segmentsCross(s.a, s.b, t.a, t.b)) n++;
    }
  return n;
};
