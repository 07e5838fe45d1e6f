// Wraps the tall layers of a layered drawing into several columns, so that a layer of many nodes
// (a department and its 25 measures) is not one column far taller than the screen, zoomed out until
// no label is readable. Pure: centres and boxes in, centres out; layers keep their left-to-right
// order and each layer its top-to-bottom order, read column by column.
import type { NodeBox } from './elk-layered';
import type { Positions } from './layered-layout';

export interface LayerWrapOptions {
  /** The screen the drawing is fitted to (px); only its shape matters. */
  screen: { width: number; height: number };
  /** Room between two columns of one wrapped layer, and between two stacked boxes. */
  gap: number;
  /** Wrap only when the fitted drawing grows at least this much (a small gain is not worth the change). */
  minGain: number;
}

const DEFAULTS: LayerWrapOptions = { screen: { width: 1600, height: 900 }, gap: 14, minGain: 1.5 };

interface Placed {
  box: NodeBox;
  x1: number;
  y1: number;
}

interface Layer {
  members: Placed[];
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Boxes whose horizontal extents overlap form one layer (ELK lays layers out side by side). */
const layersOf = (placed: Placed[]): Layer[] => {
  const sorted = [...placed].sort((a, b) => a.x1 - b.x1 || a.y1 - b.y1);
  const layers: Layer[] = [];
  for (const p of sorted) {
    const x2 = p.x1 + p.box.width;
    const last = layers[layers.length - 1];
    if (last && p.x1 < last.x2) {
      last.members.push(p);
      last.x2 = Math.max(last.x2, x2);
      last.y1 = Math.min(last.y1, p.y1);
      last.y2 = Math.max(last.y2, p.y1 + p.box.height);
    } else layers.push({ members: [p], x1: p.x1, x2, y1: p.y1, y2: p.y1 + p.box.height });
  }
  for (const l of layers) l.members.sort((a, b) => a.y1 - b.y1 || a.x1 - b.x1);
  return layers;
};

/** Fewest columns in which a layer stays within `limit` high, stacking boxes `gap` apart. */
const columnsFor = (l: Layer, limit: number, gap: number): Placed[][] => {
  const columns: Placed[][] = [[]];
  let height = 0;
  for (const p of l.members) {
    const col = columns[columns.length - 1]!;
    const h = p.box.height + (col.length > 0 ? gap : 0);
    if (col.length > 0 && height + h > limit) {
      columns.push([p]);
      height = p.box.height;
    } else {
      col.push(p);
      height += h;
    }
  }
  return columns;
};

/** The drawing with every layer wrapped to at most `limit` high: centres and the overall size. */
const wrapAt = (layers: Layer[], limit: number, gap: number) => {
  const out: Positions = new Map();
  let shift = 0;
  let top = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  const left = Math.min(...layers.map((l) => l.x1));
  for (const l of layers) {
    const tall = l.y2 - l.y1 > limit;
    if (!tall) {
      for (const p of l.members) out.set(p.box.id, { x: p.x1 + shift + p.box.cx, y: p.y1 + p.box.cy });
      top = Math.min(top, l.y1);
      bottom = Math.max(bottom, l.y2);
      right = Math.max(right, l.x2 + shift);
      continue;
    }
    const columns = columnsFor(l, limit, gap);
    const width = Math.max(...l.members.map((p) => p.box.width));
    // Wrapped columns are centred on the layer's middle, as high as the tallest of them.
    const heights = columns.map((c) => c.reduce((s, p) => s + p.box.height, 0) + gap * (c.length - 1));
    const mid = (l.y1 + l.y2) / 2;
    const y0 = mid - Math.max(...heights) / 2;
    columns.forEach((col, k) => {
      let y = y0;
      const x = l.x1 + shift + k * (width + gap);
      for (const p of col) {
        out.set(p.box.id, { x: x + (width - p.box.width) / 2 + p.box.cx, y: y + p.box.cy });
        y += p.box.height + gap;
      }
    });
    top = Math.min(top, y0);
    bottom = Math.max(bottom, y0 + Math.max(...heights));
    const added = (columns.length - 1) * (width + gap) + Math.max(0, width - (l.x2 - l.x1));
    right = Math.max(right, l.x2 + shift + added);
    shift += added;
  }
  return { positions: out, width: right - left, height: bottom - top };
};

/**
 * Centres with tall layers wrapped into columns when that lets the drawing be fitted at least
 * `minGain` times larger on the screen; otherwise the centres as they were.
 *
 * @example wrapTallLayers(elkCentres(corners, boxes), boxes, { screen: { width: 1200, height: 400 } })
 */
export const wrapTallLayers = (
  centres: Positions,
  boxes: readonly NodeBox[],
  options: Partial<LayerWrapOptions> = {},
): Positions => {
  const o = { ...DEFAULTS, ...options };
  const placed = boxes.flatMap((box) => {
    const c = centres.get(box.id);
    return c ? [{ box, x1: c.x - box.cx, y1: c.y - box.cy }] : [];
  });
  if (placed.length < 2 || o.screen.width <= 0 || o.screen.height <= 0) return centres;
  const layers = layersOf(placed);
  const scale = (w: number, h: number): number =>
    Math.min(o.screen.width / Math.max(1, w), o.screen.height / Math.max(1, h));
  const x1 = Math.min(...layers.map((l) => l.x1));
  const x2 = Math.max(...layers.map((l) => l.x2));
  const y1 = Math.min(...layers.map((l) => l.y1));
  const y2 = Math.max(...layers.map((l) => l.y2));
  const asIs = scale(x2 - x1, y2 - y1);
  const tallest = Math.max(...placed.map((p) => p.box.height));
  let best: { positions: Positions; zoom: number } | null = null;
  // Limits from the whole height down to the tallest box, in 24 steps: the one fitted largest wins.
  for (let i = 1; i <= 24; i++) {
    const limit = Math.max(tallest, (y2 - y1) * (1 - i / 25));
    const w = wrapAt(layers, limit, o.gap);
    const zoom = scale(w.width, w.height);
    if (!best || zoom > best.zoom) best = { positions: w.positions, zoom };
  }
  if (!best || best.zoom < asIs * o.minGain) return centres;
  // Nodes without a box keep their place.
  for (const [id, c] of centres) if (!best.positions.has(id)) best.positions.set(id, c);
  return best.positions;
};
