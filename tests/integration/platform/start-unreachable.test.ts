// `npm start` pointed at a Neo4j that is not there fails fast with one line that says what to do.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../../../server/db/free-port';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function runStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('exit', (code) => resolve({ code, stderr, ms: performance.now() - t0 }));
  });
}

describe('npm start with an unreachable NEO4J_URI', () => {
  it('exits non-zero within 15 s with a one-line error naming the URI', async () => {
    const port = await findFreePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const r = await runStart({ NEO4J_URI: uri, NEO4J_PASSWORD: 'whatever-pw', PORT: '0' });
    expect(r.code).not.toBe(0);
    expect(r.ms).toBeLessThan(15_000);
    const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('neo4j:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toContain(`cannot reach ${uri}`);
    expect(errorLines[0]).toContain('NEO4J_URI');
  });

  it('rejects a malformed NEO4J_URI before trying to connect', async () => {
    const r = await runStart({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'whatever-pw' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^config: NEO4J_URI='http:\/\/localhost:7474' is not a Neo4j URI/m);
  });
});
