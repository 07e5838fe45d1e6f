// Reads, from Cytoscape's rendered bounding boxes, how legible the drawn labels are: pairs of drawn
// labels that overlap, drawn labels that cover another node, and drawn labels under 8 px on screen.
// A label counts as drawn when its node is visible, not transparent, has text as styled (so a label
// the pass hid that a style shows anyway counts, one shown while hovered does not), and is large
// enough for Cytoscape to draw it (its `min-zoomed-font-size`).
import type { Page } from 'playwright-core';

export interface LabelFigures {
  /** Nodes with a label. */
  labels: number;
  /** Labels drawn (anywhere in the drawing). */
  drawn: number;
  /** Drawn labels inside the visible part of the canvas. */
  inView: number;
  /** Titles drawn over the graph (a comparison's column titles), by id. */
  titles: string[];
  /** `a ~ b`: two drawn labels overlap by more than 1 px each way. */
  overlaps: string[];
  /** `a > b`: a's drawn label covers node b's shape by more than 1 px each way. */
  overNodes: string[];
  /** `a @ 6.4px`: a drawn label under 8 px on screen. */
  small: string[];
}

/** Screen pixels below which a label is unreadable on a projector. */
export const MIN_LABEL_PX = 8;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  w: number;
  h: number;
}
interface NodeLike {
  id(): string;
  visible(): boolean;
  effectiveOpacity(): number;
  hasClass(c: string): boolean;
  style(k: string): string;
  renderedBoundingBox(o: object): Box;
}
interface CyLike {
  zoom(): number;
  width(): number;
  height(): number;
  nodes(): { toArray(): NodeLike[] };
}

export const labelFigures = (page: Page): Promise<LabelFigures> =>
  page.evaluate((minPx) => {
    const cy = (window as unknown as { planAtlas: { cy: CyLike } }).planAtlas.cy;
    const zoom = cy.zoom();
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    // Cytoscape skips a label whose font, at the texture level of this zoom, is under its minimum.
    const level = Math.pow(2, Math.ceil(Math.log2(zoom * ratio)));
    const shown = cy
      .nodes()
      .toArray()
      .filter((n) => n.visible() && n.effectiveOpacity() > 0);
    // A hidden label has no text (`label-hidden`); it still counts as a label the view has.
    const labelled = shown.filter(
      (n) => n.hasClass('label-hidden') || String(n.style('label') || '').trim() !== '',
    );
    const drawn = labelled.filter(
      (n) =>
        String(n.style('label') || '').trim() !== '' &&
        !(n.hasClass('label-hidden') && n.hasClass('label-hover')) &&
        Number(n.style('text-opacity')) > 0 &&
        parseFloat(n.style('font-size')) * level >= parseFloat(n.style('min-zoomed-font-size') || '0'),
    );
    const cross = (a: Box, b: Box): boolean =>
      Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1;
    const labels = drawn.map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }),
      px: parseFloat(n.style('font-size')) * zoom,
    }));
    const bodies = shown.map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
    }));
    const overlaps: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (cross(labels[i]!.box, labels[j]!.box)) overlaps.push(`${labels[i]!.id} ~ ${labels[j]!.id}`);
    const overNodes: string[] = [];
    for (const l of labels)
      for (const b of bodies) if (b.id !== l.id && cross(l.box, b.box)) overNodes.push(`${l.id} > ${b.id}`);
    const small = labels.filter((l) => l.px < minPx).map((l) => `${l.id} @ ${l.px.toFixed(1)}px`);
    const screen = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height(), w: cy.width(), h: cy.height() };
    const inView = labels.filter((l) => cross(l.box, screen)).length;
    const titles = drawn.filter((n) => n.hasClass('graph-title')).map((n) => n.id());
    return { labels: labelled.length, drawn: drawn.length, inView, titles, overlaps, overNodes, small };
  }, MIN_LABEL_PX);
