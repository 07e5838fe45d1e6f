// The read-only console's rules (issue 5, "Read-only Cypher console"): Neo4j's own EXPLAIN says what
// kind of query it is and only 'r' passes; a few reads that reach outside the graph are refused too.

/** `summary.queryType` from neo4j-driver: read, read-write, write, schema/system. */
export type QueryType = 'r' | 'rw' | 'w' | 's';

// Reads in Neo4j's eyes that still reach outside the graph or the transaction: LOAD CSV fetches URLs,
// dbms procedures inspect the server, CALL ... IN TRANSACTIONS commits on its own.
const REFUSED_TEXT: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\bLOAD\s+CSV\b/i, why: 'LOAD CSV reads files and URLs' },
  { pattern: /\bdbms\s*\./i, why: 'dbms procedures are administration' },
  { pattern: /\bIN\s+TRANSACTIONS\b/i, why: 'CALL ... IN TRANSACTIONS commits on its own' },
  { pattern: /\bPERIODIC\s+COMMIT\b/i, why: 'PERIODIC COMMIT commits on its own' },
];

/** A reason to refuse the text before it reaches Neo4j, or null. */
export function refusedByText(query: string): string | null {
  const hit = REFUSED_TEXT.find((r) => r.pattern.test(query));
  return hit ? hit.why : null;
}

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
