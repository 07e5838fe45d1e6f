// What the global setups hand to the test files through vitest's provide/inject.
import type { Neo4jCredentials } from '../../server/db/driver';

export interface TestNeo4j extends Neo4jCredentials {
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    appUrl: string;
  }
}
