// What the user's actions do: fetch what is missing, merge it into the cache, then commit the new
// view to the store (one undo step each). The panels and modes call these; they never fetch.
import type { RelType } from '../../../core/model/graph-model';
import type { AtlasApi } from '../api/atlas-api';
import type { WireGraph } from '../api/wire';
import { collapseTargets } from '../graph/collapse';
import {
  mergeClosed,
  mergeGraph,
  mergeNeighbours,
  nodesToComplete,
  type GraphCache,
} from '../graph/graph-cache';
import type { Store } from '../state/store';
import { hideNodes, pin, replaceNodes, select, showNodes, unpin } from '../state/view-ops';
import type { TraceKind, ViewState } from '../state/view-state';
import { loadOverview } from './overview';
import { RestoreIncompleteError, restoreNodes } from './restore-nodes';

export interface ControllerDeps {
  api: AtlasApi;
  store: Store;
  cache: GraphCache;
  /** Runs a fetch under the page's loading/error state; rejects after showing the error. */
  busy: <T>(work: () => Promise<T>, retry: () => void) => Promise<T>;
  position: (id: string) => { x: number; y: number } | null;
}

export interface Controller {
  /** The opening view; `record: false` makes it the present without an undo step or history entry. */
  overview(options?: { record?: boolean }): Promise<void>;
  /** Fetches the nodes a view names and every edge among them (what the cache lacks); rejects with a
   * `RestoreIncompleteError` (after showing it) when some could not be had. */
  ensureNodes(ids: readonly string[]): Promise<void>;
  focusNode(id: string): Promise<void>;
  expand(id: string, group?: { type: RelType; direction: 'in' | 'out' }): Promise<void>;
  collapse(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  select(id: string | null): void;
  trace(kind: TraceKind, id: string): Promise<void>;
  show(
    graph: WireGraph,
    options?: { replace?: boolean; layout?: 'force' | 'layered'; select?: string },
  ): void;
}

const EXPAND_STEP = 25;
const OVERVIEW = { domains: 10, perDomain: 4 };

/** Growing the overview leaves its fixed clusters for the force layout, which places the newcomers. */
const explore = (s: ViewState): ViewState => (s.layout === 'clusters' ? { ...s, layout: 'force' } : s);

export const createController = ({ api, store, cache, busy, position }: ControllerDeps): Controller => {
  const idsOf = (g: WireGraph): string[] => g.nodes.map((n) => n.id);
  const visibleNeighbourCount = (id: string, type: RelType, direction: 'in' | 'out'): number => {
    const shown = new Set(store.get().nodes);
    let k = 0;
    for (const e of cache.edges.values())
      if (
        e.type === type &&
        (direction === 'out'
          ? e.source === id && shown.has(e.target)
          : e.target === id && shown.has(e.source))
      )
        k++;
    return k;
  };
  const c: Controller = {
    async overview(options = {}) {
      const g = await busy(
        () => loadOverview(api, OVERVIEW),
        () => void c.overview(options),
      );
      // The overview answer carries every edge among its nodes: drawing it needs no more requests.
      mergeClosed(cache, g);
      const next = (s: ViewState): ViewState => ({
        ...replaceNodes(s, idsOf(g)),
        trace: null,
        layout: 'clusters',
        selected: null,
      });
      if (options.record === false) store.replace(next);
      else store.commit(next);
    },
    async ensureNodes(ids) {
      if (nodesToComplete(cache, ids).length === 0) return;
      await busy(
        async () => {
          const { failed } = await restoreNodes(api, cache, ids);
          if (failed.length > 0) throw new RestoreIncompleteError(failed);
        },
        // A retry fetches what is still missing and redraws the same view.
        () =>
          void c.ensureNodes(ids).then(
            () => store.restore(store.get()),
            () => undefined,
          ),
      );
    },
    async focusNode(id) {
      // The node with a few neighbours for context; if they cannot be had, the node alone.
      const g = await busy(
        () =>
          api
            .neighbours(id, { limit: 12 })
            .catch(async () => ({ nodes: [(await api.node(id)).node], edges: [] })),
        () => void c.focusNode(id),
      );
      if ('center' in g) mergeNeighbours(cache, g, true);
      else mergeGraph(cache, g);
      store.commit((s) => explore(select(showNodes(s, [id, ...idsOf(g)]), id)));
    },
    async expand(id, group) {
      const limit = group
        ? visibleNeighbourCount(id, group.type, group.direction) + EXPAND_STEP
        : EXPAND_STEP;
      const g = await busy(
        () =>
          api.neighbours(id, group ? { types: [group.type], direction: group.direction, limit } : { limit }),
        () => void c.expand(id, group),
      );
      mergeNeighbours(cache, g, !group);
      store.commit((s) => explore(showNodes(s, [id, ...idsOf(g)])));
    },
    collapse(id) {
      const s = store.get();
      const gone = collapseTargets(cache, s.nodes, id, new Set(Object.keys(s.pinned)));
      if (gone.length) store.commit((st) => hideNodes(st, gone));
    },
    hide(id) {
      store.commit((s) => hideNodes(s, [id]));
    },
    togglePin(id) {
      const at = position(id);
      store.commit((s) => (s.pinned[id] ? unpin(s, id) : at ? pin(s, id, at) : s));
    },
    select(id) {
      // Selection is part of the shared view but not worth an undo step of its own.
      store.replace((s) => select(s, id));
    },
    async trace(kind, id) {
      const g = await busy<WireGraph>(
        () => (kind === 'impact' ? api.impact(id) : api.supplyChain(id, kind)),
        () => void c.trace(kind, id),
      );
      mergeGraph(cache, g);
      store.commit((s) => ({ ...select(replaceNodes(s, [id, ...idsOf(g)]), id), trace: { kind, id } }));
    },
    show(graph, options = {}) {
      mergeGraph(cache, graph);
      store.commit((s) => {
        const next = options.replace ? replaceNodes(s, idsOf(graph)) : showNodes(s, idsOf(graph));
        return {
          ...next,
          trace: options.replace ? null : next.trace,
          layout: options.layout ?? next.layout,
          selected: options.select ?? next.selected,
        };
      });
    },
  };
  return c;
};
