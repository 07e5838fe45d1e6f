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

/** Cytoscape events after which a draw may have reset the classes: a layout's end, a selection. */
const AFTER_DRAW = 'layoutstop select unselect';

/**
 * Keeps a highlight on a graph: applies it now, after each layout or selection (the page selects
 * after every draw), and whenever `refresh` is called (the mode's `onDrawn`). `dispose` clears it.
 */
export const createHighlighter = (cyOf: () => Core) => {
  let current: Highlight | null = null;
  let bound: Core | null = null;
  let queued = false;
  const onLayout = (): void => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      apply();
    }, 0);
  };
  const bind = (): Core => {
    const cy = cyOf();
    if (bound !== cy) {
      bound?.off(AFTER_DRAW, onLayout);
      cy.on(AFTER_DRAW, onLayout);
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
        bound.off(AFTER_DRAW, onLayout);
      }
      bound = null;
    },
  };
};
