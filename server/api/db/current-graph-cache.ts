// The pointer to the current graph version (docs/team-contracts.md, "Versioned graphs"), read through
// the API's runner (its time limit, its 503 mapping) from the loader's own query
// (cypher/queries/current-graph.cypher, also read by server/load/current-graph.ts) into the loader's
// CurrentGraph type, and kept for a short time so a burst of requests costs one pointer read.
import type { CurrentGraph } from '../../load/types';
import type { PlanMeta } from '../../../core/model/interchange';
import type { ReadRunner } from './read-runner';

export interface CurrentGraphCache {
  /** The pointer, or null before the first load. Throws UnavailableError when Neo4j is away. */
  get(): Promise<CurrentGraph | null>;
  /**
   * The pointer read again unless a read newer than the one that gave `staleVersion` is already
   * cached or under way: a request that found nothing under a cached version asks once more, since
   * a load may have switched versions (and begun deleting the old one) within the cache's time.
   */
  refresh(staleVersion: string): Promise<CurrentGraph | null>;
}

interface PointerRow {
  version: string;
  hash: string;
  loadedAt: string;
  nodes: number;
  edges: number;
  plans: string[] | null;
  plansJson: string | null;
  [key: string]: unknown;
}

export function createCurrentGraphCache(
  runner: ReadRunner,
  ttlMs: number,
  now: () => number = Date.now,
): CurrentGraphCache {
  let cached: { at: number; value: Promise<CurrentGraph | null>; settled?: CurrentGraph | null } | undefined;
  const fetchPointer = async (): Promise<CurrentGraph | null> => {
    const [row] = await runner.read<PointerRow>('current-graph');
    if (!row) return null;
    return {
      version: row.version,
      hash: row.hash,
      loadedAt: String(row.loadedAt),
      nodes: Number(row.nodes),
      edges: Number(row.edges),
      plans: row.plans ?? [],
      planMeta: row.plansJson ? (JSON.parse(row.plansJson) as PlanMeta[]) : [],
    };
  };
  const read = (): Promise<CurrentGraph | null> => {
    const value = fetchPointer();
    const entry: NonNullable<typeof cached> = { at: now(), value };
    cached = entry;
    value.then(
      (graph) => {
        entry.settled = graph;
      },
      // A failed read is not remembered: the next request asks Neo4j again (recovery after 503).
      () => {
        if (cached === entry) cached = undefined;
      },
    );
    return value;
  };
  return {
    get() {
      if (cached && now() - cached.at < ttlMs) return cached.value;
      return read();
    },
    refresh(staleVersion) {
      // A read still under way began after the stale answer had arrived; a settled one with another
      // version is already newer. Either way, many 404s at once cost one pointer read.
      if (cached && (cached.settled === undefined || cached.settled?.version !== staleVersion))
        return cached.value;
      return read();
    },
  };
}
