// Fits the graph into the part of the canvas above the tour caption, so the caption never hides a
// node (Cytoscape's own fit pads all four sides alike). A fit asked while a draw is still running
// (a layered layout lands from its worker later) waits for it, so it frames where the nodes end up.
import type { Core } from 'cytoscape';

/** The page's own signal that a draw (layout included) is running or queued. */
const drawing = (cy: Core): boolean => cy.container()?.ownerDocument.body.dataset.drawing === 'true';

export const fitAbove = (cy: Core, bottomPx: number, padding = 40, maxZoom = 1.6, waitMs = 15_000): void => {
  if (cy.destroyed()) return;
  if (drawing(cy) && waitMs > 0) {
    setTimeout(() => fitAbove(cy, bottomPx, padding, maxZoom, waitMs - 100), 100);
    return;
  }
  const eles = cy.elements();
  if (eles.empty()) return;
  const bb = eles.boundingBox();
  const w = cy.width();
  const h = Math.max(120, cy.height() - bottomPx);
  const zoom = Math.min(
    maxZoom,
    (w - 2 * padding) / Math.max(1, bb.w),
    (h - 2 * padding) / Math.max(1, bb.h),
  );
  const z = Math.max(cy.minZoom(), zoom);
  // A camera animation still running (a layout's fit, an earlier step's) would end elsewhere.
  cy.stop(true, false);
  cy.animate(
    { zoom: z, pan: { x: w / 2 - z * (bb.x1 + bb.w / 2), y: h / 2 - z * (bb.y1 + bb.h / 2) } },
    { duration: 300 },
  );
};
