// Runs the API's named read queries: always a read transaction (READ routing, so a cluster can
// spread them), always the configured database, always a time limit; rows come back as plain JSON.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from '../../db/cypher-files';
import { toJsonValue } from '../console/to-json-value';
import { fromNeo4jFailure } from './neo4j-failure';

export type Row = Record<string, unknown>;

export interface ReadRunner {
  /**
   * Runs `cypher/queries/<name>.cypher` with `params`; throws UnavailableError when Neo4j is away.
   * `template` fills `__NAME__` placeholders that Cypher cannot take as parameters (path-length
   * bounds, SHORTEST k) with integers the contract has validated; nothing else is ever spliced in.
   */
  read<T extends Row = Row>(
    name: string,
    params?: Record<string, unknown>,
    template?: Record<string, number>,
  ): Promise<T[]>;
}

export interface ReadRunnerOptions {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

export function createReadRunner({ driver, database, timeoutMs }: ReadRunnerOptions): ReadRunner {
  return {
    async read<T extends Row = Row>(
      name: string,
      params: Record<string, unknown> = {},
      template: Record<string, number> = {},
    ): Promise<T[]> {
      const query = fillTemplate(loadCypher(`queries/${name}.cypher`), template);
      // An auto-commit read transaction in a READ session: READ routing (a cluster spreads it), one
      // round trip, and no driver-side retries, so an unreachable Neo4j is a prompt 503 rather than
      // a request held for the driver's 30 s retry window (executeQuery retries).
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(query, params, { timeout: timeoutMs });
        // toJsonValue turns Integers into numbers even when the driver was built without
        // disableLosslessIntegers (docs/team-contracts.md, "Driver").
        return result.records.map((r) => toJsonValue(r.toObject()) as T);
      } catch (e) {
        throw fromNeo4jFailure(e, `query ${name}`);
      } finally {
        await session.close();
      }
    },
  };
}

/** A Cypher integer parameter (LIMIT, range bounds): JS numbers reach Neo4j as floats otherwise. */
export const cypherInt = (n: number) => neo4j.int(n);

/** Replaces `__KEY__` with an integer; refuses anything but integers so no text can be spliced in. */
export function fillTemplate(query: string, values: Record<string, number>): string {
  let out = query;
  for (const [key, value] of Object.entries(values)) {
    if (!Number.isSafeInteger(value) || !/^[A-Z_]+$/.test(key)) {
      throw new Error(`api: template value ${key}=${String(value)} is not an integer`);
    }
    out = out.replaceAll(`__${key}__`, String(value));
  }
  if (/__[A-Z_]+__/.test(out.replace(/^\/\/.*$/gm, '')))
    throw new Error('api: a template placeholder was left unfilled');
  return out;
}
