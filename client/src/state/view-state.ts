// What the page shows, as plain data: the store holds it, the URL serialises it, undo restores it.
import type { Basis, NodeLabel } from '../../../core/model/graph-model';
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

/** Zoom and pan of the drawing (Cytoscape's viewport), rounded as the URL keeps them. */
export interface Camera {
  zoom: number;
  x: number;
  y: number;
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
  /** Where the camera was; a restored view puts it back (null: fit the drawing). */
  camera: Camera | null;
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
  camera: null,
});

/** The camera as the URL keeps it: zoom to 3 decimals, pan to whole pixels. */
export const roundCamera = (c: Camera): Camera => ({
  zoom: Math.round(c.zoom * 1000) / 1000,
  x: Math.round(c.x),
  y: Math.round(c.y),
});

/** Same view (ignoring key order)? Used to skip no-op history entries. */
export const sameView = (a: ViewState, b: ViewState): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Did only the camera change? Such changes update the URL but need no redraw. */
export const onlyCameraChanged = (a: ViewState, b: ViewState): boolean =>
  a.camera !== b.camera && sameView({ ...a, camera: null }, { ...b, camera: null });
