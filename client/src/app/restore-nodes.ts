// Makes the cache exact for a set of nodes: every node known and every edge among them known, so a
// view drawn from it is the same whatever was cached before (a fresh page, or after other
// navigation). One unfiltered neighbours request per node still "open", a few at a time.
import type { AtlasApi } from '../api/atlas-api';
import { mergeGraph, mergeNeighbours, nodesToComplete, type GraphCache } from '../graph/graph-cache';
import { mapBounded } from './bounded-map';
import { PageError } from '../page-error';

export type RestoreApi = Pick<AtlasApi, 'neighbours' | 'node'>;

export interface RestoreResult {
  /** Ids still unknown, or whose edges could not be asked for (the API failed or no longer has them). */
  failed: string[];
  requests: number;
}

/** Requests in flight at once: well under the browser's 6 per host, kind to the rate limit. */
export const RESTORE_CONCURRENCY = 4;

/**
 * The API's neighbours cap. The real plans' busiest node has 88 relationships, so one request
 * brings all of a node's edges; above the cap, edges between two such nodes may be missing.
 */
export const NEIGHBOURS_CAP = 200;

/**
 * Fetches what `ids` need: each open node's neighbours (which also brings the node itself); a node
 * the neighbours request could not bring is asked for alone.
 * @example await restoreNodes(api, cache, state.nodes) // then toElements(cache, state) is exact
 */
export const restoreNodes = async (
  api: RestoreApi,
  cache: GraphCache,
  ids: readonly string[],
  concurrency = RESTORE_CONCURRENCY,
): Promise<RestoreResult> => {
  let requests = 0;
  const open = nodesToComplete(cache, ids);
  const failed = new Set<string>();
  await mapBounded(open, concurrency, async (id) => {
    requests++;
    const g = await api.neighbours(id, { limit: NEIGHBOURS_CAP }).catch(() => null);
    if (g) {
      mergeNeighbours(cache, g, true);
      // Above the cap the node counts as done too (the API's first 200, in its stable order), so a
      // redraw does not ask again.
      cache.complete.add(id);
    } else failed.add(id);
    if (cache.nodes.has(id)) return;
    requests++;
    const d = await api.node(id).catch(() => null);
    if (d) mergeGraph(cache, { nodes: [d.node], edges: [] });
  });
  return { failed: ids.filter((id) => failed.has(id) || !cache.nodes.has(id)), requests };
};

/** A restore that left nodes out; the page says how many instead of drawing less in silence. */
export class RestoreIncompleteError extends PageError {
  constructor(readonly missing: readonly string[]) {
    super('restore_incomplete', `restore: ${missing.length} nodes could not be restored`);
    this.name = 'RestoreIncompleteError';
  }
}
