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

const DEFAULTS: ClusterOptions = { spacing: 380, radius: 135 };

export const clusterLayout = (
  input: ClusterInput,
  options: Partial<ClusterOptions> = {},
): Map<string, { x: number; y: number }> => {
  const o = { ...DEFAULTS, ...options };
  const cols = Math.max(1, Math.ceil(Math.sqrt(input.hubs.length * 1.6)));
  const pos = new Map<string, { x: number; y: number }>();
  input.hubs.forEach((hub, i) => {
    // Odd rows shift by half a cell: a honeycomb reads better than a square grid.
    const row = Math.floor(i / cols);
    pos.set(hub, { x: (i % cols) * o.spacing + (row % 2) * (o.spacing / 2), y: row * o.spacing * 0.8 });
  });
  const homes = new Map<string, string[]>();
  const between = new Map<string, number>();
  for (const hub of input.hubs) for (const m of input.members.get(hub) ?? []) homes.set(m, [...(homes.get(m) ?? []), hub]);
  for (const hub of input.hubs) {
    const centre = pos.get(hub)!;
    const own = (input.members.get(hub) ?? []).filter((m) => !pos.has(m) && !input.hubs.includes(m));
    own.forEach((m, k) => {
      const hubsOf = homes.get(m) ?? [hub];
      if (hubsOf.length > 1) {
        // Between its hubs, nudged off the straight line so it does not sit on an edge.
        const xs = hubsOf.map((h) => pos.get(h)?.x ?? centre.x);
        const ys = hubsOf.map((h) => pos.get(h)?.y ?? centre.y);
        const key = hubsOf.join('|');
        const nth = between.get(key) ?? 0;
        between.set(key, nth + 1);
        pos.set(m, {
          x: xs.reduce((a, b) => a + b, 0) / xs.length + (nth % 2 ? -1 : 1) * 20 * nth,
          y: ys.reduce((a, b) => a + b, 0) / ys.length + 40 + 45 * nth,
        });
        return;
      }
      const angle = -Math.PI / 2 + (k * 2 * Math.PI) / Math.max(own.length, 1);
      pos.set(m, { x: centre.x + o.radius * Math.cos(angle), y: centre.y + o.radius * Math.sin(angle) });
    });
  }
  return pos;
};
