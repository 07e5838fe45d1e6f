// resolveNeo4j on the embedded store: starts a JVM, lets a second command reuse it instead of starting
// another on the same store, restarts it on the same port when it dies, and stops it on close.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveNeo4j, type Neo4jSettings } from '../../../server/db/connection';
import { findFreePort } from '../../../server/db/free-port';
import { findRunningInstance } from '../../../server/db/instance-file';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('resolveNeo4j with the embedded store', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-resolve-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('starts, is reused by a second caller, restarts on the same port after a crash, and stops on close', async () => {
    const settings: Neo4jSettings = {
      user: 'neo4j',
      database: 'neo4j',
      dataDir,
      boltPort: await findFreePort(),
      heap: '512m',
      pageCache: '64m',
    };
    const lines: string[] = [];
    const owner = await resolveNeo4j(settings, { restartOnCrash: true, log: (l) => lines.push(l) });
    expect(owner.mode).toBe('started');
    expect(owner.uri).toBe(`bolt://127.0.0.1:${settings.boltPort}`);
    // The password was generated and kept beside the data, not given by the caller.
    expect(fs.readFileSync(path.join(dataDir, 'password'), 'utf8').trim()).toBe(owner.password);

    const second = await resolveNeo4j(settings);
    expect(second.mode).toBe('reused');
    expect(second.uri).toBe(owner.uri);
    await second.close();
    expect(isAlive(owner.embedded!.pid)).toBe(true); // closing a reuser leaves the owner's JVM alone

    const firstPid = owner.embedded!.pid;
    process.kill(firstPid, 'SIGKILL');
    await until(() => owner.embedded!.pid !== firstPid, 180_000);
    expect(owner.embedded!.port).toBe(settings.boltPort);
    await until(async () => {
      try {
        await owner.driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
        return true;
      } catch {
        return false;
      }
    }, 60_000);
    expect(lines.some((l) => l.includes('exited unexpectedly'))).toBe(true);

    const restartedPid = owner.embedded!.pid;
    await owner.close();
    expect(isAlive(restartedPid)).toBe(false);
    expect(await findRunningInstance(dataDir)).toBeNull();
  }, 300_000);
});
