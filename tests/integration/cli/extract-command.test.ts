// `npm run extract` as a user runs it: the interchange file, byte-for-byte the same on every run, and
// on bad input one line, a non-zero exit and no file written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphFileSchema } from '../../../server/model/interchange';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-extract-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const extract = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/extract.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('npm run extract', () => {
  it('writes the same valid interchange file on every run', () => {
    const [a, b] = [path.join(dir, 'a.json'), path.join(dir, 'b.json')];
    const first = extract('--out', a, '--quiet');
    expect(first.status, first.stderr).toBe(0);
    expect(extract('--out', b, '--quiet').status).toBe(0);
    const text = fs.readFileSync(a, 'utf8');
    expect(fs.readFileSync(b, 'utf8')).toBe(text);
    const graph = graphFileSchema.parse(JSON.parse(text));
    expect(graph.plans.map((p) => p.id).sort()).toEqual(['hist-2017', 'meq-2021']);
    expect(first.stderr).toMatch(/^extract: wrote \d+ nodes and \d+ edges/m);
  });

  it('refuses a missing plan file with one line and writes nothing', () => {
    const out = path.join(dir, 'never.json');
    const r = extract(
      '--out',
      out,
      '--plan',
      path.join(dir, 'missing.txt'),
      '--plan-id',
      'x-2024',
      '--title',
      'X',
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^extract: plan file .*missing\.txt does not exist$/),
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
