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
