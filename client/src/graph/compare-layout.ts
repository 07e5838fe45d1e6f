// Where a plan comparison puts its nodes: one column per group (dropped | persisted | new, so the
// page reads from plan A to plan B), rows by label inside a column (domains, then equipment),
// names sorted, each node in a grid cell as large as the biggest drawn box of its band. Pure: the
// same boxes give the same positions, so a shared view looks the same and no force layout runs.
// When everything cannot be shown with readable labels, the columns fill the screen's width at a
// readable zoom and the view opens on their top (titles, domains, the first equipment rows).
import { NODE_LABELS } from '../../../core/model/graph-model';
import type { NodeBox } from './elk-layered';
import type { GraphTitle } from './graph-view';
import { GROUP_COLOR, type CompareGroup } from '../analysis/compare-model';

/** Left to right: what plan A had alone, what both have, what plan B brought. */
export const GROUP_ORDER: readonly CompareGroup[] = ['onlyA', 'both', 'onlyB'];

/** A node's box as drawn (shape and label), and where its centre sits in that box: the layered layout's. */
export type CompareBox = NodeBox;

export interface CompareLayoutInput {
  boxes: readonly CompareBox[];
  groups: ReadonlyMap<string, CompareGroup>;
  /** The sort key of each node (its name as shown); the id breaks ties. */
  names: ReadonlyMap<string, string>;
}

export interface CompareLayoutOptions {
  /** Room between two cells of a grid. */
  gap: number;
  /** Room between two group columns. */
  groupGap: number;
  /** Room between the rows of one label and the next. */
  bandGap: number;
  /** The screen the drawing should fill (px). */
  screen: { width: number; height: number };
  /** Room kept around the drawing when it is fitted (px). */
  padding: number;
  /** Zoom below which labels are too small to read (node labels are 16 px: 0.6 draws them at ~10 px). */
  minZoom: number;
  /** Width of an empty group's column (it still shows its title and count). */
  emptyWidth: number;
  /**
   * Least width of any column: its title (26 px, two lines such as `Persisted (17)` over `In both`)
   * is centred above it and must not reach the next column's title when the group is small.
   */
  minWidth: number;
  /** Width of each group's title as drawn (model px): its column is at least that wide, plus `gap`. */
  titleWidths: Partial<Record<CompareGroup, number>>;
}

export const COMPARE_LAYOUT_DEFAULTS: CompareLayoutOptions = {
  gap: 14,
  groupGap: 90,
  bandGap: 36,
  screen: { width: 1400, height: 1000 },
  padding: 40,
  minZoom: 0.6,
  emptyWidth: 160,
  minWidth: 300,
  titleWidths: {},
};

/** Room above the columns for their two-line titles (model px). */
export const TITLE_SPACE = 100;
/** Where a title's centre sits above its column. */
export const TITLE_RISE = 55;

/** One group's column: its extent and its members in drawing order. */
export interface GroupColumn {
  group: CompareGroup;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Grid columns used. */
  cols: number;
  members: string[];
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CompareLayout {
  positions: Map<string, { x: number; y: number }>;
  columns: GroupColumn[];
  /** What the view should fit: everything, or the top of the columns at a readable zoom. */
  fit: Box;
}

interface Band {
  boxes: CompareBox[];
  cellW: number;
  cellH: number;
}

interface Block {
  group: CompareGroup;
  bands: Band[];
  cellW: number;
  count: number;
}

const heightOf = (b: Block, cols: number, bandGap: number): number =>
  b.bands.reduce((s, band) => s + Math.ceil(band.boxes.length / cols) * band.cellH, 0) +
  Math.max(0, b.bands.length - 1) * bandGap;

/** Fewest grid columns that keep a block within `limit` high (null when even one row per band is higher). */
const colsWithin = (b: Block, limit: number, bandGap: number): number | null => {
  for (let c = 1; c <= b.count; c++) if (heightOf(b, c, bandGap) <= limit + 1e-9) return c;
  return null;
};

/**
 * Positions for every box: grouped nodes in their group's column, anything else (a node opened from
 * the comparison) in a row under the columns. Grid widths are chosen together so that the columns
 * end at about the same height and the whole drawing has the screen's shape.
 *
 * @example compareLayout({ boxes, groups, names }).columns.map((c) => c.members.length) // [78, 17, 141]
 */
export const compareLayout = (
  input: CompareLayoutInput,
  options: Partial<CompareLayoutOptions> = {},
): CompareLayout => {
  const o = { ...COMPARE_LAYOUT_DEFAULTS, ...options };
  const key = (b: CompareBox): string => input.names.get(b.id) ?? b.id;
  const byName = (x: CompareBox, y: CompareBox): number =>
    key(x).localeCompare(key(y), 'zh') || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const blocks: Block[] = GROUP_ORDER.map((group) => {
    const mine = input.boxes.filter((b) => input.groups.get(b.id) === group);
    const bands = NODE_LABELS.map((label) => mine.filter((b) => b.kind === label).sort(byName))
      .filter((boxes) => boxes.length > 0)
      .map((boxes) => ({
        boxes,
        cellW: Math.max(...boxes.map((b) => b.width)) + o.gap,
        cellH: Math.max(...boxes.map((b) => b.height)) + o.gap,
      }));
    const cellW = mine.length > 0 ? Math.max(...bands.map((b) => b.cellW)) : o.emptyWidth;
    return { group, bands, cellW, count: mine.length };
  });

  // Titles are centred over their columns: two neighbours' titles stay apart when each column is
  // at least as wide as its own title (the gap between columns is the room between them).
  const columnWidth = (b: Block, cols: number): number =>
    Math.max(
      o.minWidth,
      (o.titleWidths[b.group] ?? 0) + o.gap,
      b.count === 0 ? o.emptyWidth : cols * b.cellW,
    );

  // Candidates: for every height some block reaches with some number of grid columns, the fewest
  // columns per block that stay within it.
  const limits = new Set<number>([0]);
  for (const b of blocks) for (let c = 1; c <= b.count; c++) limits.add(heightOf(b, c, o.bandGap));
  const candidates: { cols: number[]; width: number; height: number }[] = [];
  for (const limit of [...limits].sort((x, y) => x - y)) {
    const cols = blocks.map((b) => (b.count === 0 ? 1 : colsWithin(b, limit, o.bandGap)));
    if (cols.some((c) => c === null)) continue;
    const cs = cols as number[];
    const width =
      blocks.reduce((s, b, i) => s + columnWidth(b, cs[i]!), 0) + o.groupGap * (blocks.length - 1);
    const height =
      Math.max(1, ...blocks.map((b, i) => (b.count === 0 ? 0 : heightOf(b, cs[i]!, o.bandGap)))) +
      TITLE_SPACE;
    candidates.push({ cols: cs, width, height });
  }
  const sw = Math.max(1, o.screen.width - 2 * o.padding);
  const sh = Math.max(1, o.screen.height - 2 * o.padding);
  const zoomOf = (c: { width: number; height: number }): number => Math.min(sw / c.width, sh / c.height);
  // All of it readable: the arrangement that fills the screen best. Otherwise: the columns as wide
  // as the screen allows at a readable zoom (so they are as short as they can be), seen from the top.
  const whole = candidates.filter((c) => zoomOf(c) >= o.minZoom);
  const wideEnough = candidates.filter((c) => sw / c.width >= o.minZoom);
  const pick = (
    list: typeof candidates,
    better: (x: (typeof candidates)[0], y: (typeof candidates)[0]) => boolean,
  ) => list.reduce<(typeof candidates)[0] | null>((best, c) => (!best || better(c, best) ? c : best), null);
  const best =
    pick(whole, (x, y) => zoomOf(x) > zoomOf(y) + 1e-12) ??
    pick(wideEnough, (x, y) => x.height < y.height) ??
    pick(candidates, (x, y) => x.width < y.width);
  const chosen = best?.cols ?? blocks.map(() => 1);

  const positions = new Map<string, { x: number; y: number }>();
  const columns: GroupColumn[] = [];
  let x0 = 0;
  blocks.forEach((b, i) => {
    const cols = chosen[i]!;
    const width = columnWidth(b, cols);
    // A grid narrower than its column (a small group under a long title) sits in its middle.
    const inset = b.count === 0 ? 0 : (width - cols * b.cellW) / 2;
    let y = 0;
    const members: string[] = [];
    b.bands.forEach((band, k) => {
      band.boxes.forEach((box, n) => {
        const left = x0 + inset + (n % cols) * b.cellW;
        const top = y + Math.floor(n / cols) * band.cellH;
        positions.set(box.id, { x: left + (b.cellW - box.width) / 2 + box.cx, y: top + o.gap / 2 + box.cy });
        members.push(box.id);
      });
      y += Math.ceil(band.boxes.length / cols) * band.cellH + (k < b.bands.length - 1 ? o.bandGap : 0);
    });
    columns.push({ group: b.group, x1: x0, y1: 0, x2: x0 + width, y2: y, cols, members });
    x0 += width + o.groupGap;
  });

  // Nodes outside the comparison (opened from it): one row under the tallest column.
  const rest = input.boxes.filter((b) => !positions.has(b.id)).sort(byName);
  let x = 0;
  const below = Math.max(0, ...columns.map((c) => c.y2)) + o.bandGap * 2;
  for (const b of rest) {
    positions.set(b.id, { x: x + b.cx, y: below + b.cy });
    x += b.width + o.gap;
  }
  const x2 = Math.max(
    0,
    ...columns.map((c) => c.x2),
    ...rest.map((b) => (positions.get(b.id)?.x ?? 0) + b.width),
  );
  const y2 =
    rest.length > 0
      ? below + Math.max(...rest.map((b) => b.height))
      : Math.max(0, ...columns.map((c) => c.y2));
  const all: Box = { x1: 0, y1: -TITLE_SPACE, x2, y2 };
  const width = all.x2 - all.x1;
  // A top part with the screen's shape, as wide as the drawing: the fit then zooms to fill the width.
  const readable = Math.min(sw / width, sh / (all.y2 - all.y1)) >= o.minZoom;
  const fit = readable ? all : { ...all, y2: all.y1 + (width * sh) / sw };
  return { positions, columns, fit };
};

/**
 * The whole placement the graph view asks for: the layout for the screen's shape, and one title per
 * column (in the group's colour, centred above it).
 */
export const arrangeComparison = (
  input: CompareLayoutInput & { titles: Readonly<Record<CompareGroup, string>> },
  screen: { width: number; height: number; titleWidth?: (text: string) => number },
): {
  positions: Map<string, { x: number; y: number }>;
  titles: GraphTitle[];
  columns: GroupColumn[];
  fit: Box;
} => {
  const ok = screen.width > 0 && screen.height > 0;
  const measure = screen.titleWidth;
  const titleWidths = measure
    ? Object.fromEntries(GROUP_ORDER.map((g) => [g, measure(input.titles[g])]))
    : {};
  const size = { width: screen.width, height: screen.height };
  const { positions, columns, fit } = compareLayout(
    input,
    ok ? { screen: size, titleWidths } : { titleWidths },
  );
  const titles = columns.map((c) => ({
    id: `compare-title:${c.group}`,
    text: input.titles[c.group],
    colour: GROUP_COLOR[c.group],
    x: (c.x1 + c.x2) / 2,
    y: c.y1 - TITLE_RISE,
  }));
  return { positions, titles, columns, fit };
};
