// The overview's layout, computed in plain code: hubs (domains) on a grid, each with its members
// (equipment) on a ring around it; a member of several hubs sits between them. Spacing comes from
// the drawn sizes of nodes and labels (`clusterSpacing`), the grid's shape from the screen's.
// Instant and readable, so the first view needs no force layout at all.

export interface ClusterInput {
  hubs: readonly string[];
  /** Member ids per hub, in the order they should go round the ring. */
  members: ReadonlyMap<string, readonly string[]>;
}

export interface ClusterOptions {
  /** Distance between neighbouring hubs in a row. */
  spacing: number;
  /** Distance between rows of hubs (default: 0.8 x spacing). */
  rowSpacing?: number;
  radius: number;
  /** How far a member shared by two hubs sits off the line between them (alternating sides). */
  betweenOffset: number;
  /** Width / height of the screen the grid should fill (more columns on a wide screen). */
  aspect: number;
}

const DEFAULTS: ClusterOptions = { spacing: 340, radius: 125, betweenOffset: 55, aspect: 1 };

/** Sizes drawn (labels included) that a cluster layout must leave room for; see `clusterSpacing`. */
export interface ClusterBoxes {
  /** Widest and tallest member box (shape and label below it). */
  memberW: number;
  memberH: number;
  /** Widest and tallest hub box. */
  hubW: number;
  hubH: number;
  /** Sizes of the shapes (their centres are the positions). */
  memberSize: number;
  hubSize: number;
  /** Room kept between boxes. */
  gap: number;
}

/**
 * Radius and spacings so that no member's box (label included) meets another member's or its hub's,
 * and neighbouring clusters keep apart. Members sit on the diagonals (at +-d, +-d with d = r/sqrt2);
 * a member clears the hub either sideways or above/below it, whichever needs less room.
 */
export const clusterSpacing = (
  b: ClusterBoxes,
): Pick<ClusterOptions, 'spacing' | 'rowSpacing' | 'radius' | 'betweenOffset'> => {
  const sideways = (b.hubW + b.memberW) / 2 + b.gap;
  // A lower member's shape below the hub's label; an upper member's label above the hub's shape.
  const below = b.hubH - b.hubSize / 2 + b.memberSize / 2 + b.gap;
  const above = b.memberH - b.memberSize / 2 + b.hubSize / 2 + b.gap;
  const d = Math.max(
    (b.memberW + b.gap) / 2,
    (b.memberH + b.gap) / 2,
    Math.min(sideways, below),
    Math.min(sideways, above),
  );
  const halfWidth = Math.max(d + b.memberW / 2, b.hubW / 2);
  const top = Math.max(d + b.memberSize / 2, b.hubSize / 2);
  const bottom = Math.max(d - b.memberSize / 2 + b.memberH, b.hubH - b.hubSize / 2);
  return {
    radius: d * Math.SQRT2,
    spacing: 2 * halfWidth + 3 * b.gap,
    rowSpacing: top + bottom + 3 * b.gap,
    betweenOffset: (b.memberH + b.gap) / 2,
  };
};

/**
 * Columns of the hub grid that a fit draws largest on a screen of this shape (width / height): the
 * grid takes the screen's shape, so labels come out as large as they can.
 */
export const gridColumns = (hubs: number, spacing: number, rowSpacing: number, aspect: number): number => {
  let best = 1;
  let bestZoom = 0;
  for (let cols = 1; cols <= Math.max(1, hubs); cols++) {
    const rows = Math.ceil(hubs / cols);
    // Zoom that fits `cols` x `rows` cells into a screen `aspect` wide and 1 high.
    const zoom = Math.min(aspect / (cols * spacing), 1 / (rows * rowSpacing));
    if (zoom > bestZoom * 1.0001) {
      best = cols;
      bestZoom = zoom;
    }
  }
  return best;
};

export const clusterLayout = (
  input: ClusterInput,
  options: Partial<ClusterOptions> = {},
): Map<string, { x: number; y: number }> => {
  const o = { ...DEFAULTS, ...options };
  const rowSpacing = o.rowSpacing ?? o.spacing * 0.8;
  const cols = gridColumns(input.hubs.length, o.spacing, rowSpacing, o.aspect);
  const pos = new Map<string, { x: number; y: number }>();
  input.hubs.forEach((hub, i) => {
    pos.set(hub, { x: (i % cols) * o.spacing, y: Math.floor(i / cols) * rowSpacing });
  });
  const reach = Math.max(o.spacing, rowSpacing) * 1.01;
  const homes = new Map<string, string[]>();
  const between = new Map<string, number>();
  for (const hub of input.hubs)
    for (const m of input.members.get(hub) ?? []) homes.set(m, [...(homes.get(m) ?? []), hub]);
  for (const hub of input.hubs) {
    const centre = pos.get(hub)!;
    const own = (input.members.get(hub) ?? []).filter((m) => !pos.has(m) && !input.hubs.includes(m));
    // A member shared with a neighbouring hub sits between the two; shared with a far hub, it stays
    // on this hub's ring (the space between far hubs belongs to other clusters).
    const near = (m: string): boolean => {
      const ps = (homes.get(m) ?? [hub]).map((h) => pos.get(h) ?? centre);
      return ps.length > 1 && ps.every((p) => ps.every((q) => Math.hypot(p.x - q.x, p.y - q.y) <= reach));
    };
    const ring = own.filter((m) => !near(m));
    own.forEach((m) => {
      const hubsOf = homes.get(m) ?? [hub];
      if (near(m)) {
        // Between its hubs, nudged off the straight line so it does not sit on an edge.
        const xs = hubsOf.map((h) => pos.get(h)?.x ?? centre.x);
        const ys = hubsOf.map((h) => pos.get(h)?.y ?? centre.y);
        const key = hubsOf.join('|');
        const nth = between.get(key) ?? 0;
        between.set(key, nth + 1);
        // Off the straight line between the hubs (perpendicular to it), alternating sides.
        const [p, q] = [pos.get(hubsOf[0]!) ?? centre, pos.get(hubsOf[1]!) ?? centre];
        const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
        const off = (nth % 2 ? -1 : 1) * o.betweenOffset * (1 + Math.floor(nth / 2));
        pos.set(m, {
          x: xs.reduce((a, b) => a + b, 0) / xs.length + (-(q.y - p.y) / len) * off,
          y: ys.reduce((a, b) => a + b, 0) / ys.length + ((q.x - p.x) / len) * off,
        });
        return;
      }
      // Start on a diagonal: the straight lines between neighbouring hubs stay free for shared members.
      const k = ring.indexOf(m);
      const angle = -Math.PI / 4 + (k * 2 * Math.PI) / Math.max(ring.length, 1);
      pos.set(m, { x: centre.x + o.radius * Math.cos(angle), y: centre.y + o.radius * Math.sin(angle) });
    });
  }
  return pos;
};
