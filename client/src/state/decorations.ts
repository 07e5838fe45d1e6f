// What a mode marks on the drawing besides the view: a highlight (these nodes and edges stand out,
// the rest fades) and comparison groups (nodes coloured by group). Plain data beside the view state,
// not in the URL (a mode derives it from its own params); element mapping turns it into classes, so
// every draw carries it and no mode touches the drawing.
import type { CompareGroup } from '../graph/palette';

export interface Highlight {
  nodes: readonly string[];
  /** Edges to emphasise as `[source, target]` pairs (either direction); when absent, every edge among `nodes`. */
  edges?: readonly (readonly [string, string])[];
}

export interface Decorations {
  highlight: Highlight | null;
  /** Each node's comparison group (its colour); nodes without one keep their label's colour. */
  groups: ReadonlyMap<string, CompareGroup> | null;
  /** Edges faint unless they touch the selection (a comparison's edges cross its columns). */
  fadeEdges: boolean;
}

export const noDecorations = (): Decorations => ({ highlight: null, groups: null, fadeEdges: false });

const groupsKey = (g: Decorations['groups']): string =>
  g ? JSON.stringify([...g.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : 'null';

/** Same marks? A mode may set the same ones after every draw; only a change redraws. */
export const sameDecorations = (a: Decorations, b: Decorations): boolean =>
  a.fadeEdges === b.fadeEdges &&
  JSON.stringify(a.highlight) === JSON.stringify(b.highlight) &&
  (a.groups === b.groups || groupsKey(a.groups) === groupsKey(b.groups));

export interface DecorationStore {
  get(): Decorations;
  /** Changes some of the marks; listeners hear of it only when something changed. */
  set(changes: Partial<Decorations>): void;
  /** Back to no marks (a mode is left). */
  clear(): void;
  subscribe(listener: (d: Decorations) => void): () => void;
}

export const createDecorationStore = (): DecorationStore => {
  let current = noDecorations();
  const listeners = new Set<(d: Decorations) => void>();
  const set = (changes: Partial<Decorations>): void => {
    const next = { ...current, ...changes };
    if (sameDecorations(current, next)) return;
    current = next;
    for (const l of listeners) l(current);
  };
  return {
    get: () => current,
    set,
    clear: () => set(noDecorations()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
