// The store's folder, password, instance file and whatever a spawned child writes are owner-only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storePassword, writeInstance } from '../../../server/db/instance-file';
import { ensurePrivateDir, withPrivateUmask } from '../../../server/db/private-files';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-private-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('store files', () => {
  it('creates the store folder 0700 and tightens one that existed wider', () => {
    const fresh = path.join(root, 'a', 'store');
    ensurePrivateDir(fresh);
    expect(mode(fresh)).toBe(0o700);
    const wide = path.join(root, 'wide');
    fs.mkdirSync(wide, { mode: 0o755 });
    fs.chmodSync(wide, 0o755);
    ensurePrivateDir(wide);
    expect(mode(wide)).toBe(0o700);
  });

  it('writes the generated password and the instance file 0600 in a 0700 folder', () => {
    const dataDir = path.join(root, 'data');
    storePassword(dataDir);
    writeInstance(dataDir, {
      uri: 'bolt://127.0.0.1:7687',
      port: 7687,
      user: 'neo4j',
      password: 'secret-password',
      pid: process.pid,
      ownerPid: process.pid,
      startedAt: new Date().toISOString(),
    });
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'password'))).toBe(0o600);
    expect(mode(path.join(dataDir, 'running.json'))).toBe(0o600);
  });

  it('lets a spawned child (as the JVM is) create only owner-only files and folders', () => {
    const before = process.umask();
    const result = withPrivateUmask(() =>
      spawnSync('sh', ['-c', 'echo log > child.log && mkdir child-dir'], { cwd: root }),
    );
    expect(result.status).toBe(0);
    expect(mode(path.join(root, 'child.log'))).toBe(0o600);
    expect(mode(path.join(root, 'child-dir'))).toBe(0o700);
    expect(process.umask()).toBe(before);
  });
});
