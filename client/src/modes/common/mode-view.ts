// How a mode puts an answer on the graph: merge it into the cache and make it the visible set in
// one undo step, together with the mode's URL parameters (so each view has its own address).
import type { WireGraph } from '../../api/wire';
import { mergeGraph } from '../../graph/graph-cache';
import { replaceNodes } from '../../state/view-ops';
import type { TraceKind, ViewState } from '../../state/view-state';
import type { ModeContext } from './registry';

export interface ShowOptions {
  params: Record<string, string>;
  layout?: 'force' | 'layered';
  select?: string | null;
  trace?: { kind: TraceKind; id: string } | null;
  /** Restores from the URL replace the present instead of adding an undo step. */
  record?: boolean;
}

/** The next view: the answer's nodes (pins stay), the layout, the selection and the mode's params. */
export const viewWith = (s: ViewState, ids: readonly string[], o: ShowOptions): ViewState => ({
  ...replaceNodes(s, ids),
  layout: o.layout ?? 'layered',
  selected: o.select === undefined ? null : o.select,
  trace: o.trace ?? null,
  modeParams: o.params,
});

export const showOnGraph = (ctx: ModeContext, g: WireGraph, o: ShowOptions): void => {
  mergeGraph(ctx.cache, g);
  const ids = g.nodes.map((n) => n.id);
  const next = (s: ViewState): ViewState => viewWith(s, ids, o);
  if (o.record === false) ctx.store.replace(next);
  else ctx.store.commit(next);
};

/** The mode's params with some keys set (empty strings remove a key). */
export const withParams = (
  base: Record<string, string>,
  changes: Record<string, string | undefined>,
): Record<string, string> => {
  const out = { ...base };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === '') delete out[k];
    else out[k] = v;
  }
  return out;
};

/** Runs `fn` once the graph shows `id` (draws are asynchronous), giving up after `ms`. */
export const whenDrawn = (ctx: ModeContext, id: string, fn: () => void, ms = 4000): void => {
  const started = Date.now();
  const tick = (): void => {
    if (ctx.graph().has(id)) setTimeout(fn, 500);
    else if (Date.now() - started < ms) setTimeout(tick, 60);
  };
  tick();
};

/**
 * Keeps a mode's view against a late answer that replaces it (the page no longer loads its overview
 * when the URL names another mode, but a restore still in flight can land after the mode's draw).
 * `check` puts the mode's view back (once per view) when most of it vanished while the mode's
 * params stayed the same.
 */
export const createViewKeeper = (ctx: ModeContext) => {
  let last: { g: WireGraph; o: ShowOptions; restored: boolean } | null = null;
  return {
    show(g: WireGraph, o: ShowOptions): void {
      last = { g, o, restored: false };
      showOnGraph(ctx, g, o);
    },
    check(s: ViewState): void {
      if (!last || last.restored || last.g.nodes.length === 0) return;
      if (JSON.stringify(s.modeParams) !== JSON.stringify(last.o.params)) return;
      const visible = new Set(s.nodes);
      const kept = last.g.nodes.filter((n) => visible.has(n.id)).length;
      if (kept * 2 >= last.g.nodes.length) return;
      last.restored = true;
      showOnGraph(ctx, last.g, { ...last.o, record: false });
    },
  };
};
