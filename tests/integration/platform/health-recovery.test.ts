// /api/health follows Neo4j: 200 while it runs, 503 with a reason while it is stopped, and 200 again
// once it is back, without restarting the app (issue 2, "Health").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/api/app';
import { listen } from '../../../server/cli/listen';
import { createDriver } from '../../../server/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../../server/db/embedded-neo4j';
import { findFreePort } from '../../../server/db/free-port';

interface Health {
  status: string;
  neo4j: { connected: boolean; version?: string };
  reason?: string;
}

describe('GET /api/health while Neo4j stops and restarts', () => {
  // A Neo4j of this test's own, so stopping it disturbs no other suite.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-health-'));
  const password = 'health-test-pw';
  let port = 0;
  let neo4j: EmbeddedNeo4j;
  let server: Server;
  let base = '';
  const driver = () => createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password }, { connectionTimeoutMs: 2_000 });
  let d: ReturnType<typeof driver>;

  const health = async () => {
    const res = await fetch(`${base}/api/health`);
    return { status: res.status, body: (await res.json()) as Health };
  };

  beforeAll(async () => {
    port = await findFreePort();
    neo4j = await startEmbeddedNeo4j({ home, password, port, heap: '512m', pageCache: '64m' });
    d = driver();
    server = await listen(createApp({ driver: d, database: 'neo4j', cypherConsole: false, rateLimit: false }), '127.0.0.1', 0);
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });

  afterAll(async () => {
    server.close();
    await d.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('answers 200 with the Neo4j version, 503 with a reason when stopped, and 200 after the restart', async () => {
    const up = await health();
    expect(up.status).toBe(200);
    expect(up.body.neo4j).toMatchObject({ connected: true, version: expect.stringMatching(/^5\./) as unknown });

    await neo4j.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', neo4j: { connected: false } });
    expect(down.body.reason).toBeTruthy();

    neo4j = await startEmbeddedNeo4j({ home, password, port, heap: '512m', pageCache: '64m' });
    expect(neo4j.port).toBe(port);
    let back = await health();
    for (let i = 0; i < 30 && back.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 1_000));
      back = await health();
    }
    expect(back.status).toBe(200);
    expect(back.body.neo4j.connected).toBe(true);
  }, 240_000);
});
