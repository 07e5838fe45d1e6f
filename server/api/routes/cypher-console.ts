// POST /api/cypher, the read-only console: refused with 403 when disabled; otherwise the query's
// EXPLAIN plan must pass the console's allow-lists (console/plan-check.ts), and it runs in a READ
// transaction that Neo4j ends at 5 s, always rolled back, at most 1,000 rows or 2 MB, 2 at once.
import { Router } from 'express';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { AtlasError, ForbiddenError, InvalidInputError, UnavailableError } from '../../../core/errors';
import { LIMITS, cypherRequestSchema, type CypherResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { createConsoleSlots } from '../console/console-slots';
import { refusedPrefix } from '../console/read-only-check';
import { runConsoleQuery } from '../console/run-console-query';
import { fromNeo4jFailure, isTimeout } from '../db/neo4j-failure';
import { parseRequest } from '../http/parse-request';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

const timeoutError = (timeoutMs: number) =>
  new UnavailableError(
    `api: the console query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (add LIMIT or a WHERE)`,
  );

/** Neo4j's answer to a bad query, as a user-facing error: syntax, unknown procedure, refused, limits. */
function consoleFailure(e: unknown, timeoutMs: number): unknown {
  if (e instanceof AtlasError) return e;
  if (isTimeout(e)) return timeoutError(timeoutMs);
  if (e instanceof Neo4jError && /MemoryLimit|MemoryPoolOutOfMemory/.test(e.code)) {
    return new UnavailableError(
      `api: the console query needed more memory than Neo4j allows one transaction (${e.code}); narrow it`,
    );
  }
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

// Neo4j answers a timed-out query itself, within its monitor's check interval (2 s by default)
// of the timeout; this later deadline only covers a Neo4j that does not answer at all, and its
// slot stays taken until the query really ends.
const NODE_DEADLINE_SLACK_MS = 5_000;

export function cypherConsoleRoutes(ctx: ApiContext): Router {
  const router = Router();
  const slots = createConsoleSlots(ctx.options.consoleConcurrency);
  const limits = {
    timeoutMs: ctx.options.consoleTimeoutMs,
    maxRows: LIMITS.cypher.maxRows,
    maxBytes: ctx.options.consoleMaxBytes,
  };
  router.post(ROUTE_PATHS.cypher.path, async (req, res) => {
    if (!ctx.options.cypherConsole) {
      throw new ForbiddenError(
        'api: the Cypher console is off on this server (it is on when bound to loopback or with CYPHER_CONSOLE=on)',
      );
    }
    const body = parseRequest(cypherRequestSchema, req.body ?? {}, 'body field');
    const prefixRefusal = refusedPrefix(body.query);
    if (prefixRefusal) throw new ForbiddenError(`api: console refused: ${prefixRefusal}`);
    const release = slots.tryAcquire();
    if (!release) {
      throw new UnavailableError(
        `api: the console already runs ${ctx.options.consoleConcurrency} queries; try again when one has finished`,
      );
    }
    const started = performance.now();
    const work = runConsoleQuery({
      driver: ctx.options.driver,
      database: ctx.options.database,
      query: body.query,
      params: cypherParams(body.params ?? {}),
      limits,
    });
    work.then(release, release);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(timeoutError(limits.timeoutMs)),
        limits.timeoutMs + NODE_DEADLINE_SLACK_MS,
      );
    });
    try {
      const answer = await Promise.race([work, deadline]);
      const response: CypherResponse = { ...answer, elapsedMs: Math.round(performance.now() - started) };
      res.setHeader('Cache-Control', 'no-store');
      res.json(response);
    } catch (e) {
      throw consoleFailure(e, limits.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
