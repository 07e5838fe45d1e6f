// Brings the nodes a URL names into the cache with as few requests as it can: a traced view in one
// trace request, then one neighbours request per node still unknown at its turn (a node that arrived
// in an earlier answer costs nothing), a few at a time. Reports the nodes it could not get.
import type { AtlasApi } from '../api/atlas-api';
import { mergeGraph, type GraphCache } from '../graph/graph-cache';
import type { ViewState } from '../state/view-state';
import { mapBounded } from './bounded-map';

export type RestoreApi = Pick<AtlasApi, 'neighbours' | 'node' | 'supplyChain' | 'impact'>;

export interface RestoreResult {
  /** Ids still unknown afterwards (the API failed or no longer has them). */
  failed: string[];
  requests: number;
}

/** Requests in flight at once: well under the browser's 6 per host, kind to the rate limit. */
export const RESTORE_CONCURRENCY = 4;

export const restoreNodes = async (
  api: RestoreApi,
  cache: GraphCache,
  ids: readonly string[],
  trace: ViewState['trace'] = null,
  concurrency = RESTORE_CONCURRENCY,
): Promise<RestoreResult> => {
  let requests = 0;
  const known = (id: string): boolean => cache.nodes.has(id);
  if (trace && ids.includes(trace.id) && !ids.every(known)) {
    requests++;
    const g = await (
      trace.kind === 'impact' ? api.impact(trace.id) : api.supplyChain(trace.id, trace.kind)
    ).catch(() => null);
    if (g) mergeGraph(cache, g);
  }
  // Neighbours bring the edges among restored nodes; checked at each node's turn, not up front.
  await mapBounded(
    ids.filter((id) => !known(id)),
    concurrency,
    async (id) => {
      if (known(id)) return;
      requests++;
      const g = await api.neighbours(id, { limit: 200 }).catch(() => null);
      if (g) mergeGraph(cache, g);
      if (known(id)) return;
      requests++;
      const d = await api.node(id).catch(() => null);
      if (d) mergeGraph(cache, { nodes: [d.node], edges: [] });
    },
  );
  return { failed: ids.filter((id) => !known(id)), requests };
};

/** A restore that left nodes out; the page says how many instead of drawing less in silence. */
export class RestoreIncompleteError extends Error {
  override name = 'RestoreIncompleteError';
  constructor(readonly missing: readonly string[]) {
    super(`restore: ${missing.length} nodes could not be restored`);
  }
}
