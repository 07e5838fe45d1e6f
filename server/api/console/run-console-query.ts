// Runs one console query inside its limits: EXPLAIN first (the plan must pass plan-check), then an
// explicit READ-mode transaction with Neo4j's own time limit, rows streamed and stopped at a row or
// byte cap, always rolled back. Neo4j's memory limit per transaction is its configuration's
// (db.memory.transaction.max, set by the embedded launcher; docs/api.md for your own server).
import neo4j, { type Driver } from 'neo4j-driver';
import { ForbiddenError } from '../../../core/errors';
import type { CypherResponse } from '../../../core/contract';
import { refusedByPlan } from './plan-check';
import { refusedByQueryType } from './read-only-check';
import { toJsonValue } from './to-json-value';

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  /** Bytes of the rows as JSON; the stream stops before the row that would pass it. */
  maxBytes: number;
}

export interface ConsoleQuery {
  driver: Driver;
  database: string;
  query: string;
  params: Record<string, unknown>;
  limits: ConsoleLimits;
}

// Small pulls: a stopped stream leaves at most this many records fetched but unused in Node.
const FETCH_SIZE = 50;

/** Throws ForbiddenError naming what the plan would run, or the Neo4j failure; else the answer. */
export async function runConsoleQuery(q: ConsoleQuery): Promise<Omit<CypherResponse, 'elapsedMs'>> {
  const session = q.driver.session({
    database: q.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  try {
    const timeout = q.limits.timeoutMs;
    const plan = await session.run(`EXPLAIN ${q.query}`, q.params, { timeout });
    const refusal = refusedByQueryType(plan.summary.queryType) ?? refusedByPlan(plan.summary.plan);
    if (refusal) throw new ForbiddenError(`api: console refused: ${refusal}`);

    // A READ access-mode transaction that is always rolled back; Neo4j ends it at `timeout`.
    const tx = session.beginTransaction({ timeout, metadata: { app: 'plan-atlas-console' } });
    try {
      const result = tx.run(q.query, q.params);
      const rows: unknown[][] = [];
      let columns: string[] = [];
      let bytes = 0;
      let truncatedBy: 'rows' | 'bytes' | undefined;
      for await (const record of result) {
        columns = record.keys.map(String);
        if (rows.length === q.limits.maxRows) {
          truncatedBy = 'rows';
          break;
        }
        const row = record.keys.map((k) => toJsonValue(record.get(k)));
        bytes += Buffer.byteLength(JSON.stringify(row)) + 1;
        if (bytes > q.limits.maxBytes) {
          truncatedBy = 'bytes';
          break;
        }
        rows.push(row);
      }
      if (rows.length === 0 && truncatedBy === undefined) columns = (await result.keys()).map(String);
      return truncatedBy
        ? { columns, rows, truncated: true, truncatedBy }
        : { columns, rows, truncated: false };
    } finally {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    }
  } finally {
    await session.close();
  }
}
