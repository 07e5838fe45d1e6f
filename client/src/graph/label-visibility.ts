// Which node labels to draw so that a projected graph stays legible: no two drawn labels overlap, no
// drawn label covers another node, and none is smaller than a readable size on screen; in a layered
// chain no node's box, label included, reaches into another's. Pure: boxes in model coordinates in,
// the ids of the labels to draw out. Labels scale with the zoom like everything else, so overlaps
// do not depend on the zoom; only the size rule does.

/** An axis-aligned box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** The label's box (without the node's shape), where it is drawn by default. */
  label: Box;
  /** Other places the label may go (e.g. above the node), tried in order when `label` collides. */
  alternatives?: readonly Box[];
  /** The node's shape. */
  body: Box;
  /** Font size in model units: on screen it is `fontSize * zoom` pixels. */
  fontSize: number;
  /** Higher wins a conflict (see `labelImportance`). */
  importance: number;
  /** Drawn first (the selected node): other labels make way for it; it still covers no node. */
  forced?: boolean;
  /**
   * The node's whole box (shape and label) must stay clear of every other node's box (its shape, and
   * its label where drawn), not just the label: a layered layout gives each node such a box, but a
   * label raised for a far zoom, or moved above its node, outgrows it, and two boxes would overlap
   * where the labels themselves do not (beside a shape, over the other's label).
   */
  boxed?: boolean;
}

export interface LabelVisibilityOptions {
  zoom: number;
  /** Labels smaller than this on screen (px) are not drawn. */
  minScreenPx: number;
  /** Room kept between a drawn label and other labels or nodes (model units). */
  gap: number;
}

export const LABEL_VISIBILITY_DEFAULTS: Omit<LabelVisibilityOptions, 'zoom'> = { minScreenPx: 8, gap: 1 };

/**
 * Importance of a node's label: the selection first, then what a mode highlights (not faded), then
 * domains (the landmarks), then the best-connected nodes.
 *
 * @example labelImportance({ selected: false, faded: false, domain: true, degree: 4 }) // 1_000_000 + 100_000 + 4
 */
export const labelImportance = (n: {
  selected: boolean;
  faded: boolean;
  domain: boolean;
  degree: number;
}): number =>
  (n.selected ? 10_000_000 : 0) +
  (n.faded ? 0 : 1_000_000) +
  (n.domain ? 100_000 : 0) +
  Math.min(n.degree, 99_999);

const crosses = (a: Box, b: Box, gap: number): boolean =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/** A uniform grid over the plane, so each test looks at nearby boxes only (views of thousands of nodes). */
class BoxGrid {
  private readonly cells = new Map<string, { id: string; box: Box }[]>();
  constructor(private readonly size: number) {}
  private keys(b: Box, gap: number): string[] {
    const out: string[] = [];
    const s = this.size;
    for (let x = Math.floor((b.x1 - gap) / s); x <= Math.floor((b.x2 + gap) / s); x++)
      for (let y = Math.floor((b.y1 - gap) / s); y <= Math.floor((b.y2 + gap) / s); y++)
        out.push(`${x},${y}`);
    return out;
  }
  add(id: string, box: Box): void {
    for (const k of this.keys(box, 0)) {
      const cell = this.cells.get(k);
      if (cell) cell.push({ id, box });
      else this.cells.set(k, [{ id, box }]);
    }
  }
  /**
   * Does `box` come within `gap` of a box in the grid other than `self`'s? With `near`, an entry is
   * tested against the box `near` gives for it instead (none: the entry is passed over).
   */
  hits(box: Box, gap: number, self: string, near?: (id: string) => Box | undefined): boolean {
    for (const k of this.keys(box, gap))
      for (const e of this.cells.get(k) ?? []) {
        if (e.id === self) continue;
        const mine = near ? near(e.id) : box;
        if (mine && crosses(mine, e.box, gap)) return true;
      }
    return false;
  }
}

const hull = (a: Box, b: Box): Box => ({
  x1: Math.min(a.x1, b.x1),
  y1: Math.min(a.y1, b.y1),
  x2: Math.max(a.x2, b.x2),
  y2: Math.max(a.y2, b.y2),
});

const valid = (b: Box): boolean => Number.isFinite(b.x1 + b.y1 + b.x2 + b.y2) && b.x2 > b.x1 && b.y2 > b.y1;

/**
 * Where to draw which labels: greedily by importance (forced first, then `importance`, then id for a
 * stable answer), a label is drawn when it is large enough on screen and, in its default place or
 * else in the first alternative that works, stays clear of every label drawn before it and covers
 * no node but its own (a `boxed` node: its shape and label together). The answer maps a drawn
 * label's id to its place (0: default, i: the i-th alternative); labels not in it are not drawn.
 */
export const labelPlacements = (
  candidates: readonly LabelCandidate[],
  options: Pick<LabelVisibilityOptions, 'zoom'> & Partial<LabelVisibilityOptions>,
): Map<string, number> => {
  const o = { ...LABEL_VISIBILITY_DEFAULTS, ...options };
  const usable = candidates.filter((c) => valid(c.label) && c.fontSize * o.zoom >= o.minScreenPx);
  const widths = usable.map((c) => c.label.x2 - c.label.x1).sort((a, b) => a - b);
  const cell = Math.max(20, widths[Math.floor(widths.length / 2)] ?? 100);
  const bodies = new BoxGrid(cell);
  for (const c of candidates) if (valid(c.body)) bodies.add(c.id, c.body);
  const drawn = new BoxGrid(cell);
  const out = new Map<string, number>();
  const order = [...usable].sort(
    (a, b) =>
      Number(!!b.forced) - Number(!!a.forced) ||
      b.importance - a.importance ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const bodyOf = new Map(candidates.map((c) => [c.id, c.body]));
  for (const c of order) {
    const places = [c.label, ...(c.alternatives ?? [])];
    const fits = (b: Box): boolean => {
      if (!valid(b)) return false;
      // A boxed node is tested as its shape and label together, except against a node whose shape
      // already meets its own (the layout's overlap, which no label can mend): there the label alone.
      const whole = hull(c.body, b);
      const near = c.boxed
        ? (id: string): Box => {
            const other = bodyOf.get(id);
            return other && valid(other) && crosses(c.body, other, o.gap) ? b : whole;
          }
        : undefined;
      // A forced label ignores the labels drawn before it, never the nodes: where every place of it
      // would cover another node it is not drawn (its node stays selected, its name on hover).
      return (
        !bodies.hits(c.boxed ? whole : b, o.gap, c.id, near) &&
        (!!c.forced || !drawn.hits(c.boxed ? whole : b, o.gap, c.id, near))
      );
    };
    const at = places.findIndex(fits);
    if (at < 0) continue;
    // A boxed node's drawn label keeps its whole box taken, so later labels stay clear of all of it.
    drawn.add(c.id, c.boxed ? hull(c.body, places[at]!) : places[at]!);
    out.set(c.id, at);
  }
  return out;
};

/** The labels to draw (in any of their places); see `labelPlacements`. */
export const visibleLabels = (
  candidates: readonly LabelCandidate[],
  options: Pick<LabelVisibilityOptions, 'zoom'> & Partial<LabelVisibilityOptions>,
): Set<string> => new Set(labelPlacements(candidates, options).keys());
