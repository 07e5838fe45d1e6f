// The read-only console's first rules: Neo4j's own EXPLAIN says what kind of query it is and only
// 'r' passes (what the plan may contain is console/plan-check.ts). No text filter: a comment
// (`LOAD/**/CSV`) walked past one, so the plan decides.

/** `summary.queryType` from neo4j-driver: read, read-write, write, schema/system. */
export type QueryType = 'r' | 'rw' | 'w' | 's';

/** A reason to refuse the query after EXPLAIN, or null when it is a pure read. */
export function refusedByQueryType(queryType: string | undefined): string | null {
  if (queryType === 'r') return null;
  const kind: Record<string, string> = {
    rw: 'reads and writes',
    w: 'writes',
    s: 'changes the schema or the system',
  };
  return `the query ${kind[queryType ?? ''] ?? 'is of an unknown kind'}; only reads are allowed`;
}

/** Refuses a console query whose first keyword is EXPLAIN or PROFILE: the console adds its own EXPLAIN. */
export function refusedPrefix(query: string): string | null {
  return /^\s*(EXPLAIN|PROFILE)\b/i.test(query)
    ? 'leave out EXPLAIN/PROFILE; the console checks the query itself'
    : null;
}
