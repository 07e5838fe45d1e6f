// One small store: the view history plus subscribers. Every change to the view goes through
// `commit` (recorded for undo) or `replace` (not recorded); listeners learn why it changed.
import { record, redo, replacePresent, startHistory, undo, type History } from './history';
import type { ViewState } from './view-state';

/** Why the state changed: the URL sync pushes history only for `commit`, `undo` and `redo`. */
export type ChangeCause = 'commit' | 'replace' | 'undo' | 'redo' | 'restore';
export type Listener = (state: ViewState, previous: ViewState, cause: ChangeCause) => void;

export interface Store {
  get(): ViewState;
  commit(update: (s: ViewState) => ViewState): void;
  replace(update: (s: ViewState) => ViewState): void;
  /** Sets the whole state from outside (URL restore, back/forward); clears nothing from undo. */
  restore(state: ViewState): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  subscribe(listener: Listener): () => void;
}

export const createStore = (initial: ViewState): Store => {
  let history: History = startHistory(initial);
  const listeners = new Set<Listener>();
  const move = (next: History, cause: ChangeCause): void => {
    const previous = history.present;
    history = next;
    if (next.present !== previous) for (const l of [...listeners]) l(next.present, previous, cause);
  };
  return {
    get: () => history.present,
    commit: (update) => move(record(history, update(history.present)), 'commit'),
    replace: (update) => move(replacePresent(history, update(history.present)), 'replace'),
    restore: (state) => move(replacePresent(history, state), 'restore'),
    undo: () => move(undo(history), 'undo'),
    redo: () => move(redo(history), 'redo'),
    canUndo: () => history.past.length > 0,
    canRedo: () => history.future.length > 0,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
};
