// The loader's public types: options, progress reports, the summary, and the streamed graph form.
import type { GraphEdge, GraphNode, PlanMeta } from '../../core/model/interchange';

export type LoadPhase =
  'validate' | 'lock' | 'cleanup' | 'nodes' | 'edges' | 'index' | 'switch' | 'retire' | 'done';

export interface LoadProgress {
  phase: LoadPhase;
  nodesWritten: number;
  edgesWritten: number;
  /** Known for a whole file, or when a stream declares its counts. */
  nodesTotal?: number;
  edgesTotal?: number;
  /** Milliseconds since the load started. */
  elapsedMs: number;
}

export interface LoadOptions {
  /** Hash of what was loaded (e.g. of the seeds or the file), stored on the pointer. */
  hash: string;
  onProgress?: (p: LoadProgress) => void;
  /** Stops the load before its next batch; the previous graph stays current. */
  signal?: AbortSignal;
  /** Rows per write transaction (default 5000). */
  batchSize?: number;
  /**
   * Called before each batch with the number committed so far. An error it throws stops the load as
   * if the process were killed: the partial version is left for the next load to clean up (tests
   * imitate a crash with it; `npm start` and the commands never pass it).
   */
  beforeBatch?: (committedBatches: number) => void;
  /** Wait this long for another load's lock before refusing (default 0: refuse at once). */
  lockWaitMs?: number;
  /** A lock whose heartbeat is older than this is taken over (default 30000). */
  lockStaleMs?: number;
  /** How often the lock's heartbeat is renewed (default 5000). */
  heartbeatMs?: number;
  /**
   * After the switch, the replaced version is deleted only once no running transaction reads it,
   * waiting at least `retireMinWaitMs` (default 1500: API servers reuse the pointer for a second)
   * and at most `retireMaxWaitMs` (default 15000); 0 deletes at once.
   */
  retireMinWaitMs?: number;
  retireMaxWaitMs?: number;
}

export interface LoadSummary {
  version: string;
  hash: string;
  loadedAt: string;
  nodes: number;
  edges: number;
  plans: number;
  batches: number;
  /** Versions deleted by this load (replaced ones and leftovers of failed loads). */
  retired: string[];
  timings: {
    validateMs: number;
    cleanupMs: number;
    nodesMs: number;
    edgesMs: number;
    indexMs: number;
    switchMs: number;
    retireMs: number;
    totalMs: number;
  };
}

/** What `readCurrentGraph` returns: the pointer to the version readers use. */
export interface CurrentGraph {
  version: string;
  hash: string;
  loadedAt: string;
  nodes: number;
  edges: number;
  /** Plan ids of the loaded graph. */
  plans: string[];
  /** The plans' metadata as in the interchange file (titles, files, years). */
  planMeta: PlanMeta[];
}

type Many<T> = Iterable<T> | AsyncIterable<T>;

/**
 * A graph too large to hold as one file: elements are validated one by one as they stream in.
 * All nodes must come before the edges that use them (`nodes` is consumed fully first).
 */
export interface GraphStream {
  plans: readonly unknown[];
  nodes: Many<unknown>;
  edges: Many<unknown>;
  /** Declared counts, for progress estimates only. */
  counts?: { nodes: number; edges: number };
}

/** Already validated elements, as the writer consumes them. */
export interface ValidatedSource {
  plans: PlanMeta[];
  nodes: Many<GraphNode>;
  edges: Many<GraphEdge>;
  counts?: { nodes: number; edges: number };
}
