// The one place that creates neo4j-driver instances, so every process talks to Neo4j the same way.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadCypher } from './cypher-files';

export interface Neo4jCredentials {
  uri: string;
  user: string;
  password: string;
}

export interface CreateDriverOptions {
  /** How long to wait for a connection before failing (ms). Kept short so a wrong URI fails fast. */
  connectionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
}

const DEFAULTS = {
  connectionTimeoutMs: 5_000,
  maxConnectionPoolSize: 64,
} satisfies Required<CreateDriverOptions>;

export function createDriver(creds: Neo4jCredentials, options: CreateDriverOptions = {}): Driver {
  const o = { ...DEFAULTS, ...options };
  return neo4j.driver(creds.uri, neo4j.auth.basic(creds.user, creds.password), {
    // Integers come back as JS numbers: the graph's counts and offsets are far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: o.connectionTimeoutMs,
    connectionAcquisitionTimeout: o.connectionTimeoutMs * 2,
    maxConnectionPoolSize: o.maxConnectionPoolSize,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Checks that Neo4j answers and the credentials work; returns the server's version string. */
export async function verifyNeo4j(driver: Driver, database: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  const { records } = await driver.executeQuery(
    loadCypher('queries/neo4j-version.cypher'),
    {},
    { database, routing: neo4j.routing.READ },
  );
  return String(records[0]?.get('version') ?? info.protocolVersion ?? 'unknown');
}
