// Maps neo4j-driver failures onto the typed error family: an unreachable, restarting or overloaded
// Neo4j is an UnavailableError (503) that clears by itself once the driver reconnects.
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AtlasError, UnavailableError } from '../../../core/errors';

const TIMED_OUT = /TransactionTimedOut|Transaction\.Terminated/;

/** True when the failure is Neo4j's time limit for the transaction. */
export const isTimeout = (e: unknown): boolean => e instanceof Neo4jError && TIMED_OUT.test(e.code);

/** The error to throw for a failed database call; errors that are not Neo4j's pass through. */
export function fromNeo4jFailure(e: unknown, what: string): unknown {
  if (e instanceof AtlasError) return e;
  if (isTimeout(e))
    return new UnavailableError(`api: ${what} took longer than its time limit; try a narrower request`, {
      cause: e,
    });
  if (
    e instanceof Neo4jError &&
    (isRetryableError(e) || e.code === 'ServiceUnavailable' || e.code === 'SessionExpired')
  ) {
    return new UnavailableError(
      `api: Neo4j is unreachable (${e.code}); the server retries on the next request`,
      { cause: e },
    );
  }
  // Wrong credentials or a locked account: the server cannot serve until its configuration is fixed.
  if (
    e instanceof Neo4jError &&
    /Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired)/.test(e.code)
  ) {
    return new UnavailableError(
      `api: Neo4j refused the server's credentials (${e.code}); check NEO4J_USER and NEO4J_PASSWORD`,
      { cause: e },
    );
  }
  // The driver's own connection-acquisition timeout and socket errors carry no Neo4j status code.
  if (
    e instanceof Error &&
    /acquisition timed out|connect ECONNREFUSED|socket hang up|Pool is closed/i.test(e.message)
  ) {
    return new UnavailableError(
      `api: Neo4j is unreachable (${e.message}); the server retries on the next request`,
      { cause: e },
    );
  }
  return e;
}
