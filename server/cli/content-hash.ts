// Content hashes over files and folders: what decides whether the seeds must be reloaded or the
// client rebuilt.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config';

function filesUnder(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  return fs
    .readdirSync(p, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** sha256 over the paths (files or folders, relative to the project root) and their bytes. */
export function hashPaths(relativePaths: readonly string[], root = PROJECT_ROOT): string {
  const h = createHash('sha256');
  const files = relativePaths.flatMap((r) => filesUnder(path.resolve(root, r))).sort();
  for (const f of files) {
    h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

/** What the loaded graph depends on: the seeds, the extractor, the loader and its Cypher. */
export const GRAPH_INPUTS = [
  'seeds',
  'server/extract',
  'server/load',
  'server/model',
  'cypher/schema',
  'cypher/load',
];

/** What the built client depends on. */
export const CLIENT_INPUTS = [
  'client',
  'vite.config.ts',
  'server/api/contract.ts',
  'server/model',
  'package-lock.json',
];
