// Where the nodes of a view without edges go: a grid of cells as large as the largest drawn box
// (label included), as many columns as fit the screen's shape best. A force layout packs such nodes
// in a square of bare shapes, so on a wide screen most labels collide. Pure: boxes in, centres out.
import type { NodeBox } from './elk-layered';
import type { Positions } from './layered-layout';

export interface GridOptions {
  /** The screen the grid is fitted to (px); only its shape matters. */
  screen: { width: number; height: number };
  /** Room between two cells. */
  gap: number;
}

/**
 * Centres in a grid, in the order given (row by row), the number of columns the one that draws the
 * grid largest on the screen.
 *
 * @example gridLayout(boxes, { screen: { width: 1280, height: 400 }, gap: 14 })
 */
export const gridLayout = (boxes: readonly NodeBox[], options: GridOptions): Positions => {
  const out: Positions = new Map();
  if (boxes.length === 0) return out;
  const cellW = Math.max(...boxes.map((b) => b.width)) + options.gap;
  const cellH = Math.max(...boxes.map((b) => b.height)) + options.gap;
  const { width, height } = options.screen;
  let cols = 1;
  let best = 0;
  for (let c = 1; c <= boxes.length; c++) {
    const rows = Math.ceil(boxes.length / c);
    const zoom = Math.min(width / (c * cellW), height / (rows * cellH));
    if (zoom > best * 1.0001) {
      best = zoom;
      cols = c;
    }
  }
  boxes.forEach((b, i) => {
    const left = (i % cols) * cellW + (cellW - b.width) / 2;
    const top = Math.floor(i / cols) * cellH + (cellH - b.height) / 2;
    out.set(b.id, { x: left + b.cx, y: top + b.cy });
  });
  return out;
};
