// Content hashes over files and folders: what decides whether the seeds must be reloaded or the
// client rebuilt.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, readPlanStoreDir } from './config';

/** Files that replace, in a hash, everything on disk under `dir` (path inside dir -> bytes). */
export interface HashOverlay {
  readonly dir: string;
  readonly files: ReadonlyMap<string, string | Uint8Array | null>;
}

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  return fs
    .readdirSync(p, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/**
 * sha256 over the paths (files or folders, relative to the project root) and their bytes. With an
 * overlay, the files under `overlay.dir` are the overlay's instead of the disk's: the hash the
 * paths will have once a pending change is written (`npm run plan -- add` loads under that hash).
 */
export function hashPaths(
  relativePaths: readonly string[],
  root = PROJECT_ROOT,
  overlay?: HashOverlay,
): string {
  const h = createHash('sha256');
  const under = (f: string) => overlay !== undefined && f.startsWith(overlay.dir + path.sep);
  const disk = relativePaths.flatMap((r) => filesUnder(path.resolve(root, r))).filter((f) => !under(f));
  const virtual = new Map<string, string | Uint8Array>();
  for (const [rel, bytes] of overlay?.files ?? [])
    if (bytes !== null) virtual.set(path.join(overlay!.dir, rel), bytes);
  const files = [...new Set([...disk, ...virtual.keys()])].sort();
  for (const f of files) {
    const bytes = virtual.get(f) ?? fs.readFileSync(f);
    h.update(path.relative(root, f)).update('\0').update(bytes).update('\0');
  }
  return h.digest('hex');
}

/** Where the user's plans are kept (PLAN_STORE_DIR): part of what the loaded graph depends on. */
export const PLAN_STORE_DIR = readPlanStoreDir(process.env);

/**
 * What the loaded graph depends on: the seeds, the user's plan store, the extractor, the loader and
 * its Cypher. An empty store holds no file, so it leaves the seeds' hash as it was.
 */
export const GRAPH_INPUTS = [
  'seeds',
  PLAN_STORE_DIR,
  'server/extract',
  'server/load',
  'core/model',
  'cypher/schema',
  'cypher/load',
];

/** What the built client depends on. */
export const CLIENT_INPUTS = ['client', 'vite.config.ts', 'core', 'package-lock.json'];
