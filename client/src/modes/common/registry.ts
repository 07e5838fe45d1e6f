// The mode registry: one tab per mode, one folder per mode (`modes/<id>/<id>-mode.ts`, its panels
// beside it). A mode file that exists gets its tab; all but explore load lazily, so the first view
// stays small.
import type { AtlasApi } from '../../api/atlas-api';
import type { HttpOptions } from '../../api/http';
import type { Controller } from '../../app/controller';
import type { GraphCache } from '../../graph/graph-cache';
import type { GraphView } from '../../graph/graph-view';
import type { Lang, StringKey, Translate } from '../../i18n/i18n';
import type { EvidenceItem } from '../../panels/evidence-list';
import type { DecorationStore } from '../../state/decorations';
import type { Store } from '../../state/store';
import type { ViewState } from '../../state/view-state';
import { exploreMode } from '../explore/explore-mode';

/**
 * What a mode gets to work with. Modes change the view only through `store`/`controller`, and mark
 * the drawing (highlight, comparison groups) only through `decorations`: no mode touches Cytoscape.
 */
export interface ModeContext {
  api: AtlasApi;
  /** The page's HTTP options (on a snapshot page, its in-memory fetch) for endpoints beyond `api`. */
  http: HttpOptions;
  store: Store;
  controller: Controller;
  cache: GraphCache;
  graph: () => GraphView;
  /** The mode's marks on the drawing; every draw maps them to classes. Cleared when the mode is left. */
  decorations: DecorationStore;
  t: () => Translate;
  lang: () => Lang;
  /** The mode's own side panel; emptied when the mode is left. */
  panel: HTMLElement;
  openEvidence: (e: EvidenceItem) => void;
  planTitle: (planId: string) => string;
}

export interface ModeInstance {
  /** Called after every change of the view (including the first, right after activation). */
  onState?: (state: ViewState, previous: ViewState) => void;
  /** The language changed: redraw the panel's words. */
  relabel?: () => void;
  /** Keys the mode handles (e.g. a tour's arrows); return true when handled. */
  onKey?: (e: KeyboardEvent) => boolean;
  /** Called after every draw (the drawing carries the mode's `decorations` by itself). */
  onDrawn?: (state: ViewState) => void;
  /** Nodes the mode draws again from its params alone (so links leave them out), if any. */
  rebuiltNodes?: (state: ViewState) => ReadonlySet<string> | null;
  /** When the mode colours nodes by comparison group: the legend's words for each group. */
  legendGroups?: () => LegendGroups | null;
  dispose: () => void;
}

/** The words of a comparison legend, e.g. { both: 'In both', onlyA: 'Only 2017', onlyB: 'Only 2021' }. */
export interface LegendGroups {
  both: string;
  onlyA: string;
  onlyB: string;
}

export interface ModeModule {
  activate: (ctx: ModeContext) => ModeInstance | Promise<ModeInstance>;
}

export interface ModeTab {
  id: string;
  testId: string;
  titleKey: StringKey;
  file: string;
}

/** Tab order; the analysis modes appear as soon as their files exist. */
export const MODE_TABS: readonly ModeTab[] = [
  { id: 'explore', testId: 'mode-explore', titleKey: 'modeExplore', file: '../explore/explore-mode.ts' },
  {
    id: 'supply-chain',
    testId: 'mode-supply-chain',
    titleKey: 'modeSupplyChain',
    file: '../supply-chain/supply-chain-mode.ts',
  },
  {
    id: 'responsibility',
    testId: 'mode-responsibility',
    titleKey: 'modeResponsibility',
    file: '../responsibility/responsibility-mode.ts',
  },
  { id: 'compare', testId: 'mode-compare', titleKey: 'modeCompare', file: '../compare/compare-mode.ts' },
  { id: 'tour', testId: 'mode-tour', titleKey: 'modeTour', file: '../tour/tour-mode.ts' },
];

const lazy = import.meta.glob<ModeModule>(['../*/*-mode.ts', '!../explore/explore-mode.ts'], {
  import: 'mode',
});

export const availableModes = (): ModeTab[] => MODE_TABS.filter((m) => m.id === 'explore' || m.file in lazy);

/** Loads a mode's module; unknown ids fall back to explore. */
export const loadMode = async (id: string): Promise<{ id: string; module: ModeModule }> => {
  const tab = MODE_TABS.find((m) => m.id === id);
  const load = tab ? lazy[tab.file] : undefined;
  if (!tab || !load) return { id: 'explore', module: exploreMode };
  return { id: tab.id, module: await load() };
};
