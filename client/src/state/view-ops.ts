// Pure transitions of the view: each takes a state and returns the next one, never mutating.
import type { ViewState } from './view-state';

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Adds nodes after the ones already visible (keeps the order stable for the URL). */
export const showNodes = (s: ViewState, ids: readonly string[]): ViewState => ({
  ...s,
  nodes: unique([...s.nodes, ...ids]),
});

/** Replaces the visible set, e.g. with a trace; pinned nodes stay. */
export const replaceNodes = (s: ViewState, ids: readonly string[]): ViewState => ({
  ...s,
  nodes: unique([...ids, ...Object.keys(s.pinned)]),
});

export const hideNodes = (s: ViewState, ids: readonly string[]): ViewState => {
  const gone = new Set(ids);
  const pinned = Object.fromEntries(Object.entries(s.pinned).filter(([id]) => !gone.has(id)));
  return {
    ...s,
    nodes: s.nodes.filter((id) => !gone.has(id)),
    pinned,
    selected: s.selected !== null && gone.has(s.selected) ? null : s.selected,
  };
};

export const select = (s: ViewState, id: string | null): ViewState => ({ ...s, selected: id });

export const pin = (s: ViewState, id: string, at: { x: number; y: number }): ViewState => ({
  ...s,
  pinned: { ...s.pinned, [id]: { x: Math.round(at.x), y: Math.round(at.y) } },
});

export const unpin = (s: ViewState, id: string): ViewState => {
  const rest = Object.fromEntries(Object.entries(s.pinned).filter(([k]) => k !== id));
  return { ...s, pinned: rest };
};
