// The explorer page: composes the store, the API, the graph view, the panels and the modes.
// The only module that touches `document` and `window` globally.
import './styles.css';
import type { PlanSummary } from './api/wire';
import { createAtlasApi } from './api/atlas-api';
import { ApiError, type HttpOptions } from './api/http';
import { createController } from './app/controller';
import { createKeyHandler } from './app/keyboard';
import { createRenderSync } from './app/render-sync';
import { RestoreIncompleteError } from './app/restore-nodes';
import { startUrlSync } from './app/url-sync';
import { exportView } from './app/view-export';
import { createGraphCache } from './graph/graph-cache';
import { consoleCy, createGraphView, type GraphView } from './graph/graph-view';
import { syntheticElements } from './graph/synthetic';
import { initialLang, translator, type Translate } from './i18n/i18n';
import { snapshotFetch } from './offline/snapshot-fetch';
import { availableModes, loadMode, type ModeContext, type ModeInstance } from './modes/common/registry';
import { renderFilters } from './panels/filters-panel';
import { renderHelp } from './panels/help-dialog';
import { renderLegend } from './panels/legend';
import { renderModeTabs } from './panels/mode-tabs';
import { createPlansPanel } from './panels/plans-panel';
import { createSearchPanel } from './panels/search-panel';
import { createSourceView } from './panels/source-view';
import { renderStatus, type Status } from './panels/status-banner';
import { renderToolbar } from './panels/toolbar';
import { createDecorationStore } from './state/decorations';
import { createStore } from './state/store';
import { decodeView, URL_BUDGET } from './state/url-codec';
import { onlyCameraChanged, roundCamera, type Camera, type ViewState } from './state/view-state';

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page: #${id} is missing from index.html`);
  return el as T;
};

const fallbackLang = initialLang(navigator.languages.length ? navigator.languages : [navigator.language]);
const store = createStore(decodeView(window.location.hash, fallbackLang));
// On an offline snapshot the API is answered in memory; on a served page by the server.
const pageFetch = snapshotFetch(document).then((snap) => snap?.fetchImpl ?? window.fetch.bind(window));
const http: HttpOptions = {
  baseUrl: './api',
  timeoutMs: 15_000,
  fetchImpl: (input, init) => pageFetch.then((f) => f(input, init)),
};
const api = createAtlasApi(http);
const cache = createGraphCache();
const t = (): Translate => translator(store.get().lang);
let plans: PlanSummary[] = [];
const planTitle = (id: string): string => {
  const p = plans.find((x) => x.id === id);
  return p ? (store.get().lang === 'zh' ? p.title : p.titleEn) : id;
};

// --- status (loading / empty / error) -------------------------------------------------------
const statusHost = byId('status');
let status: Status = { kind: 'idle' };
const setStatus = (s: Status): void => {
  status = s;
  renderStatus(statusHost, s, t());
};
const messageOf = (err: unknown): string =>
  err instanceof RestoreIncompleteError
    ? t()('nodesNotRestored', { n: err.missing.length })
    : err instanceof ApiError && err.unreachable
      ? t()('apiDown')
      : `${t()('apiError')}${(err as Error).message}`;
let pendingLoads = 0;
const busy = async <T>(work: () => Promise<T>, retry: () => void): Promise<T> => {
  pendingLoads++;
  const timer = setTimeout(
    () => pendingLoads > 0 && status.kind !== 'error' && setStatus({ kind: 'loading' }),
    200,
  );
  try {
    const result = await work();
    if (status.kind !== 'idle') setStatus({ kind: 'idle' });
    return result;
  } catch (err) {
    setStatus({
      kind: 'error',
      message: messageOf(err),
      retry: () => {
        setStatus({ kind: 'idle' });
        retry();
      },
    });
    throw err;
  } finally {
    pendingLoads--;
    clearTimeout(timer);
  }
};

// --- graph ----------------------------------------------------------------------------------
const graphHost = byId('graph');
const modePanel = byId('mode-panel');
const planAtlas: Record<string, unknown> = {};
let graph: GraphView;
// A restored view (a link, back/forward, undo) puts its camera back once it is drawn.
let pendingCamera: Camera | null = null;
const controller = createController({ api, store, cache, busy, position: (id) => graph.position(id) });
graph = createGraphView(graphHost, {
  ariaLabel: t()('graphLabel'),
  onSelect: (id) => controller.select(id),
  onExpand: (id) => void controller.expand(id).catch(() => undefined),
  onMove: (id, at) =>
    store.commit((s) => ({
      ...s,
      pinned: { ...s.pinned, [id]: { x: Math.round(at.x), y: Math.round(at.y) } },
    })),
  onFirstDraw: () => {
    performance.mark('planatlas:graph-drawn');
    document.body.dataset.graphDrawn = 'true';
  },
  onViewport: (raw) => {
    const camera = roundCamera(raw);
    const now = store.get().camera;
    if (pendingCamera || store.get().nodes.length === 0) return;
    if (now?.zoom !== camera.zoom || now.x !== camera.x || now.y !== camera.y)
      store.replace((s) => ({ ...s, camera }));
  },
});
const countsHost = byId('counts');
// A mode's marks on the drawing (highlight, comparison groups): drawn as classes with every draw.
const decorations = createDecorationStore();
// The active mode (see "modes" below); told after every draw so it can re-apply its highlights.
let active: { id: string; instance: ModeInstance } | null = null;
const sync = createRenderSync(
  () => graph,
  cache,
  (type) => t()(`rel.${type}`),
  (s) => {
    const c = sync.counts();
    countsHost.textContent = t()('nodesShown', { n: c.nodes, m: c.edges });
    if (c.nodes === 0 && pendingLoads === 0 && status.kind === 'idle' && s.mode === 'explore')
      setStatus({ kind: 'empty' });
    else if (c.nodes > 0 && status.kind === 'empty') setStatus({ kind: 'idle' });
    if (pendingCamera && s.nodes.length > 0) {
      graph.setCamera(pendingCamera);
      pendingCamera = null;
    }
    active?.instance.onDrawn?.(s);
    // The legend follows the mode: a comparison's colours are its groups'.
    renderLegend(byId('legend'), t(), active?.instance.legendGroups?.() ?? null);
  },
  (ids) => controller.ensureNodes(ids),
  () => decorations.get(),
);

// --- panels ---------------------------------------------------------------------------------
const search = createSearchPanel(byId('search-host'), {
  api,
  t,
  lang: () => store.get().lang,
  onPick: (id) => {
    void controller.focusNode(id).then(
      () => graph.focus(id),
      () => undefined,
    );
  },
});
const source = createSourceView(byId('source-host'), {
  t,
  load: (plan) => api.planText(plan),
  onPickNode: (id) =>
    void controller.focusNode(id).then(
      () => graph.focus(id),
      () => undefined,
    ),
  onClose: () => source.close(),
});
const help = byId<HTMLDialogElement>('help');
const showHelp = (): void => {
  if (!help.open) help.showModal();
};

const toggleFullscreen = (): void => {
  const on = !document.body.classList.contains('stage');
  document.body.classList.toggle('stage', on);
  graph.setFontScale(on ? 1.6 : 1);
  if (on) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  renderChrome();
};

const renderChrome = (): void => {
  const s = store.get();
  const tr = t();
  document.documentElement.lang = s.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${tr('appTitle')} · ${tr('appSubtitle')}`;
  byId('app-title').textContent = tr('appTitle');
  byId('app-subtitle').textContent = tr('appSubtitle');
  graphHost.setAttribute('aria-label', tr('graphLabel'));
  byId('side-left').setAttribute('aria-label', `${tr('legend')} · ${tr('filters')}`);
  modePanel.setAttribute('aria-label', tr('details'));
  renderToolbar(byId('toolbar'), {
    t: tr,
    canUndo: store.canUndo(),
    canRedo: store.canRedo(),
    layout: s.trace ? 'layered' : s.layout,
    fullscreen: document.body.classList.contains('stage'),
    on: {
      undo: () => store.undo(),
      redo: () => store.redo(),
      fit: () => graph.fit(),
      reset: () => void controller.overview().catch(() => undefined),
      layout: (layout) =>
        store.commit((st) => ({ ...st, layout, trace: layout === 'layered' ? st.trace : null })),
      exportPng: () => void exportView(graph, 'png', tr('appTitle')),
      exportSvg: () => void exportView(graph, 'svg', tr('appTitle')),
      exportCsv: () => void exportView(graph, 'csv', tr('appTitle')),
      exportJson: () => void exportView(graph, 'json', tr('appTitle')),
      lang: () => store.replace((st) => ({ ...st, lang: st.lang === 'zh' ? 'en' : 'zh' })),
      fullscreen: toggleFullscreen,
      help: showHelp,
    },
  });
  renderLegend(byId('legend'), tr, active?.instance.legendGroups?.() ?? null);
  renderFilters(byId('filters'), {
    filters: s.filters,
    plans: plans.map((p) => ({ id: p.id, title: s.lang === 'zh' ? p.title : p.titleEn })),
    t: tr,
    onChange: (filters) => store.commit((st) => ({ ...st, filters })),
  });
  renderModeTabs(byId('mode-tabs'), availableModes(), s.mode, tr, (mode) =>
    store.commit((st) => ({ ...st, mode, modeParams: mode === st.mode ? st.modeParams : {} })),
  );
  renderHelp(help, tr);
  search.relabel();
};

// --- modes ----------------------------------------------------------------------------------
let switching: Promise<void> = Promise.resolve();
const context: ModeContext = {
  api,
  http,
  store,
  controller,
  cache,
  graph: () => graph,
  decorations,
  t,
  lang: () => store.get().lang,
  panel: modePanel,
  openEvidence: (e) => void source.open(e),
  planTitle,
};
const switchMode = (id: string): Promise<void> =>
  (switching = switching.then(async () => {
    if (active?.id === id) return;
    active?.instance.dispose();
    decorations.clear();
    modePanel.replaceChildren();
    const { id: loaded, module } = await loadMode(id);
    active = { id: loaded, instance: await module.activate(context) };
    const s = store.get();
    active.instance.onState?.(s, s);
  }));

// --- wiring ---------------------------------------------------------------------------------
const redraw = (s: ViewState): void => {
  // Tests and the benchmark wait on this: layered layouts run in a worker and land later.
  document.body.dataset.drawing = 'true';
  void sync.request(s).then(() => {
    if (sync.idle()) document.body.dataset.drawing = 'false';
  });
};
// A mode's new marks: what is drawn takes them at once, and the view is drawn again (no layout runs
// when the set of elements is unchanged), so a draw under way cannot keep older ones.
decorations.subscribe(() => {
  sync.remark();
  redraw(store.get());
});
store.subscribe((s, prev, cause) => {
  // Restores and undo/redo come back to a view as it was seen; a new view is fitted instead.
  if (cause === 'restore' || cause === 'undo' || cause === 'redo') pendingCamera = s.camera;
  else if (cause === 'commit') pendingCamera = null;
  // Panning and zooming only rewrite the URL; a restore of the same view only moves the camera.
  if (onlyCameraChanged(s, prev)) {
    if (pendingCamera) graph.setCamera(pendingCamera);
    pendingCamera = null;
    return;
  }
  redraw(s);
  if (s.lang !== prev.lang) {
    renderChrome();
    active?.instance.relabel?.();
  } else renderChrome();
  if (s.mode !== prev.mode) void switchMode(s.mode);
  else active?.instance.onState?.(s, prev);
});

document.addEventListener(
  'keydown',
  createKeyHandler({
    store,
    modeKey: (e) => active?.instance.onKey?.(e) ?? false,
    helpOpen: () => help.open,
    showHelp,
    source,
    search,
    deselect: () => controller.select(null),
    fit: () => graph.fit(),
  }),
);

Object.defineProperty(planAtlas, 'cy', { get: () => consoleCy(graph), enumerable: true });
Object.assign(planAtlas, {
  store,
  controller,
  /**
   * Benchmark hook: draws `n` synthetic elements (no API) with the renderer asked for; with
   * `layout: 'force'` their positions are dropped and fcose places them (in a worker when large).
   */
  loadSynthetic: async (n: number, renderer?: 'canvas' | 'webgl', layout: 'none' | 'force' = 'none') => {
    graph.destroy();
    graph = createGraphView(graphHost, {
      ariaLabel: t()('graphLabel'),
      renderer,
      onSelect: () => undefined,
      onExpand: () => undefined,
      onMove: () => undefined,
    });
    const elements = syntheticElements(n);
    if (layout === 'force') for (const node of elements.nodes) delete node.position;
    await graph.draw(elements, layout);
    graph.fit();
    return { renderer: graph.renderer, elements: graph.elementCount() };
  },
});
(window as unknown as { planAtlas: unknown }).planAtlas = planAtlas;

// The Plans panel lists the loaded plans and adds one from a file (docs/plans.md); a change reloads the page.
const plansPanel = createPlansPanel(byId('side-left'), {
  baseUrl: http.baseUrl,
  lang: () => store.get().lang,
  onChanged: () => window.location.reload(),
  ...(http.fetchImpl ? { fetchImpl: http.fetchImpl } : {}),
});

// --- start ----------------------------------------------------------------------------------
const boot = async (): Promise<void> => {
  renderChrome();
  try {
    plans = await busy(
      () => api.plans(),
      () => void boot(),
    );
  } catch {
    return;
  }
  plansPanel.show(plans);
  renderChrome();
  const initial: ViewState = store.get();
  void switchMode(initial.mode);
  if (initial.nodes.length > 0) {
    await controller.ensureNodes(initial.nodes).catch(() => undefined);
    // Restored views keep their URL entry: a reload must not add history.
    store.restore({ ...initial });
    void sync.request(store.get());
  } else if (initial.mode !== 'explore') {
    // A mode that draws its own view from its params (a comparison's link names no nodes) still
    // opens where the link's camera was.
    pendingCamera = initial.camera;
  } else {
    // The opening view replaces the empty entry, so Back does not lead to a blank page. Other modes
    // (`#mode=tour&m.tour=x`) draw their own view; an overview would race with it.
    await controller.overview({ record: false }).catch(() => undefined);
  }
};
const linkNote = document.createElement('span');
linkNote.className = 'link-warning';
linkNote.dataset.testid = 'link-too-long';
linkNote.hidden = true;
countsHost.after(linkNote);
startUrlSync({
  store,
  ensureNodes: (ids) => controller.ensureNodes(ids),
  fallbackLang,
  rebuilt: (s) => (active?.id === s.mode ? active.instance.rebuiltNodes?.(s) : null),
  onLink: (n) => {
    linkNote.hidden = n <= URL_BUDGET;
    linkNote.textContent = linkNote.hidden ? '' : t()('linkTooLong', { n, max: URL_BUDGET });
  },
});
void boot();
