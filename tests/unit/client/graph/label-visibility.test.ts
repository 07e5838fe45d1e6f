import { describe, expect, it } from 'vitest';
import {
  labelImportance,
  labelPlacements,
  visibleLabels,
  type LabelCandidate,
} from '../../../../client/src/graph/label-visibility';

/** A node at (x, y) of size 40 with a label `w` wide and 20 high under it. */
const node = (
  id: string,
  x: number,
  y: number,
  importance: number,
  w = 100,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({
  id,
  body: { x1: x - 20, y1: y - 20, x2: x + 20, y2: y + 20 },
  label: { x1: x - w / 2, y1: y + 25, x2: x + w / 2, y2: y + 45 },
  fontSize: 16,
  importance,
  ...extra,
});

describe('visibleLabels', () => {
  it('draws every label when none collides', () => {
    const shown = visibleLabels([node('a', 0, 0, 1), node('b', 300, 0, 1), node('c', 0, 300, 1)], {
      zoom: 1,
    });
    expect([...shown].sort()).toEqual(['a', 'b', 'c']);
  });

  it('of two overlapping labels draws the more important one', () => {
    const shown = visibleLabels([node('a', 0, 0, 1), node('b', 60, 0, 5)], { zoom: 1 });
    expect([...shown]).toEqual(['b']);
  });

  it('hides a label that would cover another node', () => {
    // b sits right under a, inside a's label.
    const shown = visibleLabels([node('a', 0, 0, 5), node('b', 0, 40, 1, 30)], { zoom: 1 });
    expect(shown.has('a')).toBe(false);
    expect(shown.has('b')).toBe(true);
  });

  it('hides labels under 8 px on screen, and only those', () => {
    const shown = visibleLabels([node('a', 0, 0, 1), node('d', 400, 0, 9, 100, { fontSize: 19 })], {
      zoom: 0.45,
    });
    // 16 px x 0.45 = 7.2 px; 19 px x 0.45 = 8.55 px.
    expect([...shown]).toEqual(['d']);
  });

  it('always draws the selected label; the others make way', () => {
    const shown = visibleLabels([node('a', 0, 0, 9), node('sel', 60, 0, 1, 100, { forced: true })], {
      zoom: 1,
    });
    expect([...shown]).toEqual(['sel']);
  });

  it('draws the selected label above its node when under it the label would cover another node', () => {
    // b sits right under sel, inside sel's label; above sel there is room.
    const sel = node('sel', 0, 0, 1, 100, {
      forced: true,
      alternatives: [{ x1: -50, y1: -45, x2: 50, y2: -25 }],
    });
    expect([...labelPlacements([sel, node('b', 0, 40, 1, 30)], { zoom: 1 })]).toEqual([
      ['sel', 1],
      ['b', 0],
    ]);
  });

  it('does not draw the selected label where each of its places would cover another node', () => {
    // b sits right under sel, inside sel's label, and c right above it, inside its alternative.
    const sel = node('sel', 0, 0, 1, 100, {
      forced: true,
      alternatives: [{ x1: -50, y1: -45, x2: 50, y2: -25 }],
    });
    const shown = visibleLabels([sel, node('b', 0, 40, 1, 30), node('c', 0, -40, 1, 30)], { zoom: 1 });
    expect(shown.has('sel')).toBe(false);
  });

  it('puts a label in its first alternative place when the default one collides', () => {
    const a = node('a', 0, 0, 5);
    // b's label would sit on a's; above b's shape there is room.
    const b = node('b', 60, 0, 1, 100, {
      alternatives: [{ x1: 10, y1: -45, x2: 110, y2: -25 }],
    });
    expect([...labelPlacements([a, b], { zoom: 1 })]).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('is stable: equal importance goes by id', () => {
    const c = [node('b', 60, 0, 1), node('a', 0, 0, 1)];
    expect([...visibleLabels(c, { zoom: 1 })]).toEqual(['a']);
    expect([...visibleLabels([...c].reverse(), { zoom: 1 })]).toEqual(['a']);
  });

  it('leaves no overlapping pair in a dense grid of a thousand nodes', () => {
    const c = Array.from({ length: 1000 }, (_, i) =>
      node(`n${i}`, (i % 40) * 70, Math.floor(i / 40) * 80, i % 7),
    );
    const shown = visibleLabels(c, { zoom: 1 });
    const drawn = c.filter((x) => shown.has(x.id));
    expect(drawn.length).toBeGreaterThan(300);
    const hit = (p: LabelCandidate['label'], q: LabelCandidate['label']) =>
      p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
    const bad: string[] = [];
    for (const a of drawn)
      for (const b of c) {
        if (a === b) continue;
        if (hit(a.label, b.body) || (shown.has(b.id) && hit(a.label, b.label))) bad.push(`${a.id}/${b.id}`);
      }
    expect(bad).toEqual([]);
  });
});

describe('labelPlacements of boxed nodes (a layered chain)', () => {
  // The who-is-responsible step 2 view in English, zoomed out so far that labels were raised to
  // 35 model units: two measures of adjacent layers, one label under its node, the other above.
  const upgrade = (boxed: boolean): LabelCandidate => ({
    id: 'upgrade',
    body: { x1: 683, y1: 1018, x2: 721, y2: 1055 },
    label: { x1: 580, y1: 1059, x2: 824, y2: 1167 },
    fontSize: 35,
    importance: 2,
    boxed,
  });
  const connect = (boxed: boolean): LabelCandidate => ({
    id: 'connect',
    body: { x1: 885, y1: 1033, x2: 923, y2: 1071 },
    label: { x1: 1000, y1: 1075, x2: 1200, y2: 1183 },
    alternatives: [{ x1: 792, y1: 921, x2: 1015, y2: 1029 }],
    fontSize: 35,
    importance: 1,
    boxed,
  });
  const outer = (a: LabelCandidate, at: number | undefined) => {
    const l = at === undefined ? undefined : [a.label, ...(a.alternatives ?? [])][at]!;
    return l
      ? {
          x1: Math.min(a.body.x1, l.x1),
          y1: Math.min(a.body.y1, l.y1),
          x2: Math.max(a.body.x2, l.x2),
          y2: Math.max(a.body.y2, l.y2),
        }
      : a.body;
  };
  const meet = (p: LabelCandidate['label'], q: LabelCandidate['label']) =>
    p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
  // The second one's label under it reaches a third node, so only its place above is left.
  const third: LabelCandidate = {
    id: 'third',
    body: { x1: 1050, y1: 1100, x2: 1088, y2: 1138 },
    label: { x1: 1050, y1: 1142, x2: 1088, y2: 1150 },
    fontSize: 35,
    importance: 0,
  };

  it('draws both labels when only labels and shapes are kept apart, though the boxes meet', () => {
    const c = [upgrade(false), connect(false), third];
    const at = labelPlacements(c, { zoom: 0.26 });
    expect(at.get('upgrade')).toBe(0);
    expect(at.get('connect')).toBe(1);
    expect(meet(outer(c[0]!, at.get('upgrade')), outer(c[1]!, at.get('connect')))).toBe(true);
  });

  it('keeps the boxes, labels included, of two boxed nodes apart', () => {
    const c = [upgrade(true), connect(true), third];
    const at = labelPlacements(c, { zoom: 0.26 });
    expect(at.get('upgrade')).toBe(0);
    expect(at.has('connect')).toBe(false);
    expect(meet(outer(c[0]!, at.get('upgrade')), outer(c[1]!, at.get('connect')))).toBe(false);
  });

  it('judges a boxed label alone against a node whose shape already meets its own', () => {
    // Two shapes touching (the layout's doing): the label under a clears b, so it is drawn.
    const a = node('a', 0, 0, 5, 100, { boxed: true });
    const b = node('b', 40, 0, 1, 10, { boxed: true });
    const c = node('c', 200, 0, 1, 10, { boxed: true });
    expect(labelPlacements([a, b, c], { zoom: 1 }).get('a')).toBe(0);
  });

  it('leaves no two boxes meeting in a dense staggered grid of boxed nodes', () => {
    const c = Array.from({ length: 400 }, (_, i) => {
      const row = Math.floor(i / 20);
      const x = (i % 20) * 150 + (row % 2) * 75;
      const y = row * 60;
      return node(`n${i}`, x, y, i % 7, 100, {
        boxed: true,
        alternatives: [{ x1: x - 50, y1: y - 45, x2: x + 50, y2: y - 25 }],
      });
    });
    const at = labelPlacements(c, { zoom: 1 });
    expect(at.size).toBeGreaterThan(150);
    const bad: string[] = [];
    for (let i = 0; i < c.length; i++)
      for (let j = i + 1; j < c.length; j++) {
        const a = c[i]!;
        const b = c[j]!;
        if (!at.has(a.id) && !at.has(b.id)) continue;
        if (meet(a.body, b.body)) continue;
        if (meet(outer(a, at.get(a.id)), outer(b, at.get(b.id)))) bad.push(`${a.id}/${b.id}`);
      }
    expect(bad).toEqual([]);
  });
});

describe('labelImportance', () => {
  it('ranks the selection over highlights over domains over degree', () => {
    const base = { selected: false, faded: false, domain: false, degree: 0 };
    expect(labelImportance({ ...base, selected: true, faded: true })).toBeGreaterThan(
      labelImportance({ ...base, domain: true, degree: 80 }),
    );
    expect(labelImportance({ ...base, degree: 0 })).toBeGreaterThan(
      labelImportance({ ...base, faded: true, domain: true, degree: 80 }),
    );
    expect(labelImportance({ ...base, domain: true })).toBeGreaterThan(
      labelImportance({ ...base, degree: 88 }),
    );
    expect(labelImportance({ ...base, degree: 3 })).toBeGreaterThan(labelImportance({ ...base, degree: 2 }));
  });
});
