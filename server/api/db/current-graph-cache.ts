// The pointer to the current graph version (docs/team-contracts.md, "Versioned graphs"), read through
// the API's runner and kept for a short time, so a burst of requests costs one pointer read.
import type { PlanMeta } from '../../model/interchange';
import type { ReadRunner } from './read-runner';

export interface CurrentGraph {
  version: string;
  hash: string;
  loadedAt: string;
  nodes: number;
  edges: number;
  plans: string[];
  planMeta: PlanMeta[];
}

export interface CurrentGraphCache {
  /** The pointer, or null before the first load. Throws UnavailableError when Neo4j is away. */
  get(): Promise<CurrentGraph | null>;
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
  let cached: { at: number; value: Promise<CurrentGraph | null> } | undefined;
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
  return {
    get() {
      const t = now();
      if (cached && t - cached.at < ttlMs) return cached.value;
      const value = fetchPointer();
      cached = { at: t, value };
      // A failed read is not remembered: the next request asks Neo4j again (recovery after 503).
      value.catch(() => {
        if (cached?.value === value) cached = undefined;
      });
      return value;
    },
  };
}
