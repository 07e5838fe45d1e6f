// Starts one throw-away embedded Neo4j for the integration and e2e suites (free port, temporary store)
// and stops it afterwards. NEO4J_TEST_URI (+ NEO4J_TEST_PASSWORD) points the suites at another Neo4j.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/db/embedded-neo4j';
import { findFreePort } from '../../server/db/free-port';
import './provided-context';

let neo4j: EmbeddedNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    project.provide('neo4j', {
      uri: external,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    });
    return;
  }
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-test-neo4j-'));
  const t0 = performance.now();
  neo4j = await startEmbeddedNeo4j({
    home,
    password: 'test-password-' + process.pid,
    port: await findFreePort(),
    heap: '1g',
    pageCache: '128m',
    log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
  });
  process.stderr.write(
    `[test neo4j] ${neo4j.uri} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
  );
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j' });
}

export async function teardown(): Promise<void> {
  await neo4j?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
}
