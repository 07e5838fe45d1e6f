// What a tour step shows, fetched: the step's named query asked of the API (or of the offline
// snapshot, through the same fetch) and answered as one graph, plus compare groups for colouring.
import type { AtlasApi } from '../api/atlas-api';
import type { WireGraph } from '../api/wire';
import type { GraphCache } from '../graph/graph-cache';
import { groupOf, type CompareGroup } from '../analysis/compare-model';
import { matrixGraph } from '../analysis/matrix-graph';
import { mergeAnswers } from '../analysis/merge-answers';
import type { ModesApi } from '../modes/common/modes-api';
import type { TourShow } from './tour-schema';

export interface StepGraph {
  graph: WireGraph;
  /** Set for comparison steps: the group of each node, for colouring. */
  groups?: Map<string, CompareGroup>;
}

export interface StepDeps {
  api: AtlasApi;
  modes: ModesApi;
  cache: GraphCache;
  /** Fetches nodes the cache lacks (and the edges among them). */
  ensureNodes: (ids: readonly string[]) => Promise<void>;
}

/** The cached nodes among `ids` with the cached edges joining them. */
const fromCache = (cache: GraphCache, ids: readonly string[]): WireGraph => {
  const set = new Set(ids);
  const nodes = ids.flatMap((id) => {
    const n = cache.nodes.get(id);
    return n ? [n] : [];
  });
  return { nodes, edges: [...cache.edges.values()].filter((e) => set.has(e.source) && set.has(e.target)) };
};

export const stepGraph = async (show: TourShow, d: StepDeps): Promise<StepGraph> => {
  switch (show.query) {
    case 'nodes':
      await d.ensureNodes(show.ids);
      return { graph: fromCache(d.cache, show.ids) };
    case 'supplyChain':
      return { graph: await d.api.supplyChain(show.id, show.direction, show.depth) };
    case 'impact':
      return { graph: await d.api.impact(show.id) };
    case 'paths':
      return {
        graph: mergeAnswers((await d.modes.paths({ from: show.from, to: show.to, k: show.k })).paths),
      };
    case 'neighbours':
      return {
        graph: await d.api.neighbours(show.id, { types: show.types, direction: show.direction, limit: 200 }),
      };
    case 'responsibilities': {
      const r = await d.modes.responsibilities(show.department);
      return { graph: matrixGraph(r, d.cache.nodes) };
    }
    case 'compare': {
      const r = await d.api.compare(show.a, show.b);
      const groups = groupOf(r);
      const only = show.ids ? new Set<string>(show.ids) : null;
      const ids = (['both', 'onlyA', 'onlyB'] as const)
        .flatMap((g) => show.labels.flatMap((l) => (r[g][l] ?? []).map((n) => n.id as string)))
        .filter((id) => !only || only.has(id));
      await d.ensureNodes(ids);
      return { graph: fromCache(d.cache, ids), groups };
    }
  }
};
