// Highlights on the graph: the given nodes (and the edges among them) stand out, everything else
// fades. Re-applied after every draw, because a draw resets element classes.
import type { Core } from 'cytoscape';

export interface Highlight {
  nodes: readonly string[];
  /** Edges to emphasise as `source>target` pairs; when absent, every edge among `nodes`. */
  edges?: readonly (readonly [string, string])[];
}

export const applyHighlight = (cy: Core, hl: Highlight | null): void => {
  cy.batch(() => {
    cy.elements().removeClass('faded mode-hl');
    if (!hl || hl.nodes.length === 0) return;
    const keep = new Set(hl.nodes);
    const pairs = hl.edges ? new Set(hl.edges.map(([s, t]) => `${s}>${t}`)) : null;
    cy.nodes().forEach((n) => {
      if (keep.has(n.id())) n.addClass('mode-hl');
      else n.addClass('faded');
    });
    cy.edges().forEach((e) => {
      const s = e.source().id();
      const t = e.target().id();
      const on = pairs ? pairs.has(`${s}>${t}`) || pairs.has(`${t}>${s}`) : keep.has(s) && keep.has(t);
      if (on) e.addClass('hl mode-hl');
      else e.addClass('faded');
    });
  });
};

/**
 * Keeps a highlight on a graph: applies it now, after each layout, and whenever `refresh` is
 * called (the mode's `onDrawn`). Returns the controls; `dispose` clears it.
 */
export const createHighlighter = (cyOf: () => Core) => {
  let current: Highlight | null = null;
  let bound: Core | null = null;
  const onLayout = (): void => apply();
  const bind = (): Core => {
    const cy = cyOf();
    if (bound !== cy) {
      bound?.off('layoutstop', onLayout);
      cy.on('layoutstop', onLayout);
      bound = cy;
    }
    return cy;
  };
  const apply = (): void => {
    const cy = bind();
    if (!cy.destroyed()) applyHighlight(cy, current);
  };
  return {
    set(hl: Highlight | null): void {
      current = hl;
      apply();
    },
    refresh: apply,
    dispose(): void {
      current = null;
      if (bound && !bound.destroyed()) {
        applyHighlight(bound, null);
        bound.off('layoutstop', onLayout);
      }
      bound = null;
    },
  };
};
