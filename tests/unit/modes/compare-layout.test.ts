// Specifications of the comparison's grouped layout: columns dropped | persisted | new, rows by
// label, names sorted, no two boxes overlapping, the same input giving the same positions.
import { describe, expect, it } from 'vitest';
import type { NodeLabel } from '../../../core/model/graph-model';
import {
  arrangeComparison,
  compareLayout,
  GROUP_ORDER,
  type CompareBox,
} from '../../../client/src/graph/compare-layout';
import type { CompareGroup } from '../../../client/src/analysis/compare-model';

interface Spec {
  id: string;
  kind: NodeLabel;
  group: CompareGroup;
  name: string;
}

/** A box like the drawn ones: equipment 40 px with a label under it, domains larger. */
const box = (s: Spec, i: number): CompareBox => {
  const size = s.kind === 'Domain' ? 56 : 40;
  const width = 60 + ((i * 37) % 90);
  return { id: s.id, kind: s.kind, width, height: size + 30 + (i % 3) * 19, cx: width / 2, cy: size / 2 };
};

const input = (specs: Spec[]) => ({
  boxes: specs.map(box),
  groups: new Map(specs.map((s) => [s.id, s.group])),
  names: new Map(specs.map((s) => [s.id, s.name])),
});

/** 78 dropped, 17 persisted, 141 new: the domains and equipment of hist-2017 vs meq-2021. */
const realSized = (): Spec[] => {
  const out: Spec[] = [];
  const add = (group: CompareGroup, domains: number, equipment: number): void => {
    for (let i = 0; i < domains; i++)
      out.push({
        id: `domain:${group}-${i}`,
        kind: 'Domain',
        group,
        name: `领域${group}${String(i).padStart(3, '0')}`,
      });
    for (let i = 0; i < equipment; i++)
      out.push({
        id: `equipment:${group}-${i}`,
        kind: 'Equipment',
        group,
        name: `装备${group}${String(equipment - i).padStart(3, '0')}`,
      });
  };
  add('onlyA', 20, 58);
  add('both', 6, 11);
  add('onlyB', 15, 126);
  return out;
};

const boxesOf = (specs: Spec[], positions: Map<string, { x: number; y: number }>) =>
  specs.map(box).map((b) => {
    const p = positions.get(b.id)!;
    return { id: b.id, x1: p.x - b.cx, y1: p.y - b.cy, x2: p.x - b.cx + b.width, y2: p.y - b.cy + b.height };
  });

describe('compareLayout', () => {
  it('puts dropped, persisted and new in three columns from left to right, each with all its members', () => {
    const specs = realSized();
    const { columns, positions } = compareLayout(input(specs));
    expect(columns.map((c) => c.group)).toEqual(['onlyA', 'both', 'onlyB']);
    expect(columns.map((c) => c.members.length)).toEqual([78, 17, 141]);
    expect(positions.size).toBe(specs.length);
    for (let i = 1; i < columns.length; i++) expect(columns[i]!.x1).toBeGreaterThan(columns[i - 1]!.x2);
    for (const s of specs) {
      const col = columns.find((c) => c.group === s.group)!;
      const b = boxesOf([s], positions)[0]!;
      expect(b.x1, s.id).toBeGreaterThanOrEqual(col.x1 - 1e-6);
      expect(b.x2, s.id).toBeLessThanOrEqual(col.x2 + 1e-6);
    }
  });

  it('never lets two boxes (shape and label) overlap', () => {
    const specs = realSized();
    const boxes = boxesOf(specs, compareLayout(input(specs)).positions);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1))
          clashes.push(`${a.id} ~ ${b.id}`);
      }
    expect(clashes).toEqual([]);
  });

  it('puts the domains in rows above the equipment, and orders each row by name', () => {
    const specs = realSized();
    const { columns, positions } = compareLayout(input(specs));
    for (const col of columns) {
      const domains = col.members.filter((id) => id.startsWith('domain:'));
      const equipment = col.members.filter((id) => id.startsWith('equipment:'));
      expect(col.members).toEqual([...domains, ...equipment]);
      const lowestDomain = Math.max(...domains.map((id) => positions.get(id)!.y));
      const highestEquipment = Math.min(...equipment.map((id) => positions.get(id)!.y));
      expect(highestEquipment).toBeGreaterThan(lowestDomain);
      const names = equipment.map((id) => specs.find((s) => s.id === id)!.name);
      expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'zh')));
    }
  });

  it('gives the same positions for the same nodes whatever order they arrive in', () => {
    const specs = realSized();
    const first = compareLayout(input(specs));
    const shuffled = [...specs].sort(
      (x, y) =>
        ((x.id.length * 7 + x.name.length) % 5) - ((y.id.length * 7 + y.name.length) % 5) ||
        (x.id < y.id ? 1 : -1),
    );
    const boxesInOrder = input(specs);
    const again = compareLayout({
      ...boxesInOrder,
      boxes: shuffled.map((s) => boxesInOrder.boxes.find((b) => b.id === s.id)!),
    });
    expect([...again.positions.entries()].sort()).toEqual([...first.positions.entries()].sort());
    expect(again.columns).toEqual(first.columns);
  });

  it('fills a wide screen wider than a narrow one, ending the big columns at about the same height', () => {
    const specs = realSized();
    const extent = (screen: { width: number; height: number }) => {
      const { columns } = compareLayout(input(specs), { screen, minZoom: 0.1 });
      const width = columns[columns.length - 1]!.x2 - columns[0]!.x1;
      const height = Math.max(...columns.map((c) => c.y2));
      return { width, height, heights: columns.map((c) => c.y2) };
    };
    const wide = extent({ width: 2000, height: 1000 });
    const narrow = extent({ width: 800, height: 1000 });
    expect(wide.width / wide.height).toBeGreaterThan(narrow.width / narrow.height);
    // The smallest group (17 nodes) may be short; the two big ones end within a few rows.
    expect(Math.abs(wide.heights[0]! - wide.heights[2]!)).toBeLessThan(wide.height * 0.35);
  });

  it('shows everything when it is readable whole, else the top of the columns as wide as the screen', () => {
    const specs = realSized();
    const screen = { width: 1000, height: 800 };
    const tall = compareLayout(input(specs), { screen, minZoom: 0.6, padding: 40 });
    const width = tall.fit.x2 - tall.fit.x1;
    // The fit box has the screen's shape (less padding) and its zoom is readable.
    expect(width / (tall.fit.y2 - tall.fit.y1)).toBeCloseTo(920 / 720);
    expect(920 / width).toBeGreaterThanOrEqual(0.6);
    expect(tall.fit.y2).toBeLessThan(Math.max(...tall.columns.map((c) => c.y2)));
    const small = specs.filter((s) => s.group === 'both');
    const whole = compareLayout(input(small), { screen, minZoom: 0.6, padding: 40 });
    expect(whole.fit.y2).toBeGreaterThanOrEqual(Math.max(...whole.columns.map((c) => c.y2)));
  });

  it('keeps an empty group as a column (its title says 0) and places nodes outside the comparison below', () => {
    const specs: Spec[] = [
      { id: 'equipment:ct', kind: 'Equipment', group: 'both', name: 'CT' },
      { id: 'equipment:mri', kind: 'Equipment', group: 'both', name: 'MRI' },
    ];
    const inp = input(specs);
    const extra: CompareBox = { id: 'material:x', kind: 'Material', width: 50, height: 60, cx: 25, cy: 18 };
    const { columns, positions } = compareLayout({ ...inp, boxes: [...inp.boxes, extra] });
    expect(columns.map((c) => [c.group, c.members.length])).toEqual([
      ['onlyA', 0],
      ['both', 2],
      ['onlyB', 0],
    ]);
    expect(columns[0]!.x2).toBeGreaterThan(columns[0]!.x1);
    expect(positions.get('material:x')!.y).toBeGreaterThan(Math.max(...columns.map((c) => c.y2)));
  });
});

describe('arrangeComparison', () => {
  it('titles each column above it, centred, in its group colour', () => {
    const specs = realSized();
    const titles = { onlyA: '不再出现的（78）', both: '延续的（17）', onlyB: '新出现的（141）' };
    const out = arrangeComparison({ ...input(specs), titles }, { width: 1200, height: 900 });
    expect(out.titles.map((t) => t.text)).toEqual(GROUP_ORDER.map((g) => titles[g]));
    expect(out.titles.map((t) => t.colour)).toEqual(['#E69F00', '#6b6b6b', '#0072B2']);
    out.titles.forEach((t, i) => {
      const c = out.columns[i]!;
      expect(t.x).toBeCloseTo((c.x1 + c.x2) / 2);
      expect(t.y).toBeLessThan(c.y1);
    });
  });

  it('makes each column at least as wide as its title, so that neighbouring titles never meet', () => {
    // A small group under a long title, as on a projector: 26 px x 1.6, `No longer mentioned (78)`.
    const specs = realSized().filter((s) => s.group !== 'both' || s.kind === 'Domain');
    const titles = {
      onlyA: 'No longer mentioned (78)\nOnly 2017',
      both: 'Persisted (6)\nIn both',
      onlyB: 'x',
    };
    const widths: Record<string, number> = { [titles.onlyA]: 610, [titles.both]: 340, x: 20 };
    const out = arrangeComparison(
      { ...input(specs), titles },
      { width: 1280, height: 620, titleWidth: (t) => widths[t] ?? 0 },
    );
    const extent = out.titles.map((t) => ({ x1: t.x - widths[t.text]! / 2, x2: t.x + widths[t.text]! / 2 }));
    expect(extent[0]!.x2).toBeLessThan(extent[1]!.x1);
    expect(extent[1]!.x2).toBeLessThan(extent[2]!.x1);
    expect(out.columns[0]!.x2 - out.columns[0]!.x1).toBeGreaterThanOrEqual(610);
  });

  it('places 400 nodes in well under the time of a force layout', () => {
    const specs = [
      ...realSized(),
      ...realSized().map((s) => ({ ...s, id: `${s.id}-2`, name: `${s.name}乙` })),
    ];
    const started = performance.now();
    arrangeComparison(
      { ...input(specs), titles: { onlyA: 'a', both: 'b', onlyB: 'c' } },
      { width: 1200, height: 900 },
    );
    expect(performance.now() - started).toBeLessThan(250);
  });
});
