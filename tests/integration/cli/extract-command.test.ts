// `npm run extract` as a user runs it: the interchange file, byte-for-byte the same on every run, and
// on bad input one line, a non-zero exit and no file written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { graphFileSchema } from '../../../core/model/interchange';

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

  it.each([
    ['plan.gb18030.txt', 'gb18030'],
    ['plan.utf16le.txt', 'utf-16le'],
    ['plan.utf16be-bom.txt', 'utf-16be'],
  ])('reads %s as %s, says so, and quotes its evidence from the decoded text', (file, encoding) => {
    const out = path.join(dir, `${encoding}.json`);
    const planFile = path.join('tests/fixtures/extract/encodings', file);
    const r = extract(
      '--out',
      out,
      '--plan',
      planFile,
      '--plan-id',
      'chain-2024',
      '--title',
      '医疗装备产业链攻关方案',
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`extract: read chain-2024 (${planFile}) as ${encoding}`);
    const graph = graphFileSchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const decoded = iconv.decode(fs.readFileSync(path.join(ROOT, planFile)), encoding, { stripBOM: false });
    const evidence = graph.edges.flatMap((e) => e.evidence).filter((e) => e.plan === 'chain-2024');
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.quote).toBe(decoded.slice(e.start, e.end));
    const valve = graph.nodes.find((n) => n.id === 'component:proportional-valve');
    expect(valve?.plans).toContain('chain-2024');
  });

  it('refuses an empty plan file with one line and writes nothing', () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const out = path.join(dir, 'never-empty.json');
    const r = extract('--out', out, '--plan', empty, '--plan-id', 'x-2024', '--title', 'X');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^extract: plan file .*empty\.txt is empty$/),
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
