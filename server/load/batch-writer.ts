// Writes batches with one transaction in flight while the next batch is being prepared, so that
// mapping (pinyin, JSON) overlaps with Neo4j's commit. Checks each batch's counters: a batch that
// created fewer nodes or relationships than rows fails the load instead of leaving a hole.
import type { Driver } from 'neo4j-driver';

export interface WriteCounts {
  nodes: number;
  edges: number;
}

export interface BatchWriterOptions {
  driver: Driver;
  database: string;
  /** Called after each committed batch with its counts. */
  onCommitted: (counts: WriteCounts) => void;
  /** Checked before each batch; throws to stop the load. */
  beforeBatch: () => void;
}

export interface BatchWriter {
  write(cypher: string, params: Record<string, unknown>, expect: WriteCounts): Promise<void>;
  /** Waits for the batch in flight. */
  drain(): Promise<void>;
}

export function createBatchWriter(options: BatchWriterOptions): BatchWriter {
  let inFlight: Promise<void> = Promise.resolve();

  const commit = async (cypher: string, params: Record<string, unknown>, expect: WriteCounts) => {
    const { summary } = await options.driver.executeQuery(cypher, params, { database: options.database });
    const updates = summary.counters.updates();
    const got = { nodes: updates.nodesCreated, edges: updates.relationshipsCreated };
    if (got.nodes !== expect.nodes || got.edges !== expect.edges) {
      throw new Error(
        `loader: a batch created ${got.nodes} nodes and ${got.edges} relationships, expected ` +
          `${expect.nodes} and ${expect.edges}; the load was stopped and the previous graph stays current`,
      );
    }
    options.onCommitted(got);
  };

  return {
    async write(cypher, params, expect) {
      await inFlight;
      options.beforeBatch();
      const next = commit(cypher, params, expect);
      // Handled when awaited (next write or drain); this keeps Node from reporting it as unhandled
      // while the next batch is prepared.
      next.catch(() => undefined);
      inFlight = next;
    },
    drain() {
      return inFlight;
    },
  };
}
