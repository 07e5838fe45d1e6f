// Builds the explorer with the snapshot's Vite config into a temporary folder and reads the result
// back as text (the HTML and every asset), then removes the folder. The only I/O of the builder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import type { BuiltPage } from './inline-html';
import { snapshotViteConfig } from './vite.snapshot.config';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });

export const buildPage = async (): Promise<BuiltPage> => {
  const out = mkdtempSync(join(tmpdir(), 'plan-atlas-snapshot-'));
  try {
    await build(snapshotViteConfig(out));
    const assets = new Map<string, string>();
    for (const f of filesUnder(out))
      if (!f.endsWith('index.html')) assets.set(relative(out, f), readFileSync(f, 'utf8'));
    return { html: readFileSync(join(out, 'index.html'), 'utf8'), assets };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};
