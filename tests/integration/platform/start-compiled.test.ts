// `npm start` runs the compiled server: server/boot/start.mjs compiles server/cli/start.ts into
// dist/server once, reuses the build while its inputs are unchanged, and runs it without tsx.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hashFiles as hashFilesTs,
  isServerBuilt,
  readManifest,
  SERVER_DIST,
} from '../../../server/cli/server-build';
import { findFreePort } from '../../../server/db/free-port';

const ROOT = path.resolve(import.meta.dirname, '../../..');

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
}

function runBoot(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['server/boot/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.once('exit', (code) => resolve({ code, stderr, ms: performance.now() - t0 }));
  });
}

const unreachable = async (): Promise<Record<string, string>> => ({
  NEO4J_URI: `bolt://127.0.0.1:${await findFreePort()}`,
  NEO4J_PASSWORD: 'whatever-pw',
  PORT: '0',
});

describe('npm start from the compiled build', () => {
  let first: Run;
  beforeAll(async () => {
    first = await runBoot(await unreachable());
  }, 120_000);

  it('runs the compiled server: an unreachable NEO4J_URI is one line and a non-zero exit', () => {
    expect(first.code).not.toBe(0);
    expect(first.stderr.split('\n').filter((l) => l.startsWith('neo4j:'))).toHaveLength(1);
    expect(fs.existsSync(path.join(SERVER_DIST, 'start.js'))).toBe(true);
  });

  it('reuses the build on the next start, without compiling again', async () => {
    // The sources may change between two starts while someone edits them: then it must compile.
    const unchanged = isServerBuilt();
    const second = await runBoot(await unreachable());
    expect(second.code).not.toBe(0);
    expect(second.stderr.includes('compiled the server')).toBe(!unchanged);
    expect(second.stderr).toMatch(/^neo4j: cannot reach/m);
  }, 60_000);

  it('lists the sources it was built from, with a hash the plain-JavaScript start computes alike', async () => {
    const manifest = readManifest();
    expect(manifest?.inputs).toContain('server/cli/start.ts');
    expect(manifest?.inputs).toContain('server/db/cypher-files.ts');
    expect(manifest?.inputs.some((f) => f.includes('node_modules'))).toBe(false);
    // Plain JavaScript without declarations: imported by a computed path and typed here.
    const bootScript = '../../../server/boot/start.mjs';
    const boot = (await import(bootScript)) as {
      hashFiles: (files: readonly string[]) => string;
      isBuildCurrent: () => boolean;
    };
    expect(boot.hashFiles(manifest?.inputs ?? [])).toBe(hashFilesTs(manifest?.inputs ?? []));
    expect(boot.isBuildCurrent()).toBe(true);
  });
});
