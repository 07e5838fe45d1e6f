// Undo/redo of view changes: a bounded list of past and future states. Pure.
import { sameView, type ViewState } from './view-state';

export interface History {
  past: ViewState[];
  present: ViewState;
  future: ViewState[];
}

const LIMIT = 100;

export const startHistory = (present: ViewState): History => ({ past: [], present, future: [] });

/** Records a new present; a change equal to the present is not recorded. */
export const record = (h: History, next: ViewState): History =>
  sameView(h.present, next) ? h : { past: [...h.past, h.present].slice(-LIMIT), present: next, future: [] };

export const undo = (h: History): History => {
  const prev = h.past.at(-1);
  return prev ? { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] } : h;
};

export const redo = (h: History): History => {
  const [next, ...rest] = h.future;
  return next ? { past: [...h.past, h.present], present: next, future: rest } : h;
};

/** Replaces the present without an undo entry (e.g. a restore from the URL or a language switch). */
export const replacePresent = (h: History, present: ViewState): History => ({ ...h, present });
