// The overview's layout, computed in plain code: hubs (domains) on a grid, each with its members
// (equipment) on a ring around it; a member of several hubs sits between them. Instant and
// readable, so the first view needs no force layout at all.

export interface ClusterInput {
  hubs: readonly string[];
  /** Member ids per hub, in the order they should go round the ring. */
  members: ReadonlyMap<string, readonly string[]>;
}

export interface ClusterOptions {
  spacing: number;
  radius: number;
}

const DEFAULTS: ClusterOptions = { spacing: 340, radius: 125 };

export const clusterLayout = (
  input: ClusterInput,
  options: Partial<ClusterOptions> = {},
): Map<string, { x: number; y: number }> => {
  const o = { ...DEFAULTS, ...options };
  // About as many rows as columns: the graph panel is roughly square.
  const cols = Math.max(1, Math.round(Math.sqrt(input.hubs.length)));
  const pos = new Map<string, { x: number; y: number }>();
  input.hubs.forEach((hub, i) => {
    pos.set(hub, { x: (i % cols) * o.spacing, y: Math.floor(i / cols) * o.spacing * 0.8 });
  });
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
      return (
        ps.length > 1 &&
        ps.every((p) => ps.every((q) => Math.hypot(p.x - q.x, p.y - q.y) <= o.spacing * 1.01))
      );
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
        const off = (nth % 2 ? -1 : 1) * 55 * (1 + Math.floor(nth / 2));
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
