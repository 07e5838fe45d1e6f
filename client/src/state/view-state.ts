// What the page shows, as plain data: the store holds it, the URL serialises it, undo restores it.
import type { Basis, NodeLabel } from '../../../server/model/graph-model';
import type { Lang } from '../i18n/i18n';

/** force: fcose for exploring; layered: chains left to right; clusters: the overview's hubs and rings. */
export type LayoutName = 'force' | 'layered' | 'clusters';
export type TraceKind = 'upstream' | 'downstream' | 'impact';

export interface Filters {
  /** Labels hidden by the user (empty: every label shows). */
  hiddenLabels: NodeLabel[];
  /** Plans whose elements are hidden (empty: every plan shows). */
  hiddenPlans: string[];
  /** Bases hidden (e.g. ['inferred'] shows only what the text states). */
  hiddenBasis: Basis[];
}

export interface ViewState {
  mode: string;
  lang: Lang;
  /** Visible node ids, in the order they arrived. Edges among them show when the filters allow. */
  nodes: string[];
  selected: string | null;
  /** Pinned nodes keep their place; the position is in model coordinates. */
  pinned: Record<string, { x: number; y: number }>;
  filters: Filters;
  layout: LayoutName;
  /** The trace on screen, if the view came from one (drives the layered layout and highlights). */
  trace: { kind: TraceKind; id: string } | null;
  /** Free parameters of the active mode (the analysis modes keep their state here: `m.<key>`). */
  modeParams: Record<string, string>;
}

export const emptyFilters = (): Filters => ({ hiddenLabels: [], hiddenPlans: [], hiddenBasis: [] });

export const initialViewState = (lang: Lang): ViewState => ({
  mode: 'explore',
  lang,
  nodes: [],
  selected: null,
  pinned: {},
  filters: emptyFilters(),
  layout: 'force',
  trace: null,
  modeParams: {},
});

/** Same view (ignoring key order)? Used to skip no-op history entries. */
export const sameView = (a: ViewState, b: ViewState): boolean => JSON.stringify(a) === JSON.stringify(b);
