// Fits the graph into the part of the canvas above the tour caption, so the caption never hides a
// node (Cytoscape's own fit pads all four sides alike).
import type { Core } from 'cytoscape';

export const fitAbove = (cy: Core, bottomPx: number, padding = 40, maxZoom = 1.6): void => {
  const eles = cy.elements();
  if (cy.destroyed() || eles.empty()) return;
  const bb = eles.boundingBox();
  const w = cy.width();
  const h = Math.max(120, cy.height() - bottomPx);
  const zoom = Math.min(
    maxZoom,
    (w - 2 * padding) / Math.max(1, bb.w),
    (h - 2 * padding) / Math.max(1, bb.h),
  );
  const z = Math.max(cy.minZoom(), zoom);
  cy.animate(
    { zoom: z, pan: { x: w / 2 - z * (bb.x1 + bb.w / 2), y: h / 2 - z * (bb.y1 + bb.h / 2) } },
    { duration: 300 },
  );
};
