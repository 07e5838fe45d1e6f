// A driver for the suite's Neo4j (see neo4j-global-setup.ts); close it in afterAll.
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../server/db/driver';
import './provided-context';

export function testNeo4j() {
  return inject('neo4j');
}

export function testDriver(): { driver: Driver; database: string } {
  const n = inject('neo4j');
  return { driver: createDriver(n), database: n.database };
}
