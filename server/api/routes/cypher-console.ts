// POST /api/cypher, the read-only console (issue 5): refused with 403 when disabled; otherwise the
// query is EXPLAINed first and runs only when Neo4j calls it a pure read, in a read transaction
// with a 5 s limit that is always rolled back, returning at most 1,000 rows.
import { Router } from 'express';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { AtlasError, ForbiddenError, InvalidInputError } from '../../model/errors';
import { LIMITS, cypherRequestSchema, type CypherResponse } from '../contract';
import type { ApiContext } from '../context';
import { refusedByQueryType, refusedByText, refusedPrefix } from '../console/read-only-check';
import { toJsonValue } from '../console/to-json-value';
import { fromNeo4jFailure, isTimeout } from '../db/neo4j-failure';
import { parseRequest } from '../http/parse-request';

/** Neo4j's answer to a bad query, as a user-facing error: syntax, unknown procedure, refused. */
function consoleFailure(e: unknown): unknown {
  if (e instanceof AtlasError) return e;
  if (isTimeout(e))
    return new InvalidInputError(
      `api: the query ran longer than ${LIMITS.cypher.timeoutMs / 1000} s; narrow it (add LIMIT or a WHERE)`,
    );
  if (e instanceof Neo4jError && e.code.startsWith('Neo.ClientError.Security')) {
    return new ForbiddenError(`api: Neo4j refused the query: ${firstLine(e.message)}`);
  }
  if (e instanceof Neo4jError && e.code.startsWith('Neo.ClientError')) {
    return new InvalidInputError(`api: Neo4j rejected the query: ${firstLine(e.message)}`);
  }
  return fromNeo4jFailure(e, 'the console query');
}

/**
 * JSON numbers reach Neo4j as floats, so `LIMIT $n` with `{"n": 5}` would fail: whole numbers
 * become Cypher integers, everywhere in the parameters.
 */
function cypherParams(value: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    return v;
  };
  return convert(value) as Record<string, unknown>;
}

const firstLine = (s: string) => (s.split('\n')[0] ?? '').slice(0, 300);

export function cypherConsoleRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.post('/api/cypher', async (req, res) => {
    if (!ctx.options.cypherConsole) {
      throw new ForbiddenError(
        'api: the Cypher console is off on this server (it is on when bound to loopback or with CYPHER_CONSOLE=on)',
      );
    }
    const body = parseRequest(cypherRequestSchema, req.body ?? {}, 'body field');
    const query = body.query;
    const params = cypherParams(body.params ?? {});
    const textRefusal = refusedPrefix(query) ?? refusedByText(query);
    if (textRefusal) throw new ForbiddenError(`api: console refused: ${textRefusal}; only reads are allowed`);

    const session = ctx.options.driver.session({
      database: ctx.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const started = performance.now();
    try {
      const timeout = LIMITS.cypher.timeoutMs;
      const plan = await session.run(`EXPLAIN ${query}`, params, { timeout });
      const typeRefusal = refusedByQueryType(plan.summary.queryType);
      if (typeRefusal) throw new ForbiddenError(`api: console refused: ${typeRefusal}`);

      // An explicit transaction in a READ session that is always rolled back: even a write that got
      // past EXPLAIN could not persist. No driver retries, so an unreachable Neo4j is a prompt 503.
      const tx = session.beginTransaction({ timeout });
      let answer: Omit<CypherResponse, 'elapsedMs'>;
      try {
        const result = tx.run(query, params);
        const rows: unknown[][] = [];
        let columns: string[] = [];
        let truncated = false;
        for await (const record of result) {
          columns = record.keys.map(String);
          if (rows.length === LIMITS.cypher.maxRows) {
            truncated = true;
            break;
          }
          rows.push(record.keys.map((k) => toJsonValue(record.get(k))));
        }
        if (rows.length === 0) columns = (await result.keys()).map(String);
        answer = { columns, rows, truncated };
      } finally {
        if (tx.isOpen()) await tx.rollback();
      }
      const body: CypherResponse = { ...answer, elapsedMs: Math.round(performance.now() - started) };
      res.setHeader('Cache-Control', 'no-store');
      res.json(body);
    } catch (e) {
      throw consoleFailure(e);
    } finally {
      await session.close();
    }
  });
  return router;
}
