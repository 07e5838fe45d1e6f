// `npm start`: runs the compiled server (dist/server/start.js), compiling it first when it is missing
// or any file it was built from changed (dist/server/build.json lists them with their hash; see
// server/cli/server-build.ts). Plain JavaScript, so that a start runs no TypeScript loader: the
// compile step runs under tsx in a child process that exits before the server starts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'server');

/**
 * The hash server/cli/server-build.ts writes (`hashFiles`): sha256 over each file's path and bytes.
 * @param {readonly string[]} files paths relative to the project, `/`-separated
 * @returns {string}
 */
export function hashFiles(files) {
  const h = createHash('sha256');
  for (const f of files) {
    const p = path.join(ROOT, f);
    h.update(f)
      .update('\0')
      .update(fs.existsSync(p) ? fs.readFileSync(p) : '')
      .update('\0');
  }
  return h.digest('hex');
}

/** @returns {boolean} true when dist/server holds a build of the sources as they are now */
export function isBuildCurrent() {
  try {
    /** @type {unknown} */
    const raw = JSON.parse(fs.readFileSync(path.join(DIST, 'build.json'), 'utf8'));
    const manifest = /** @type {{ hash: string, inputs: string[] }} */ (raw);
    return fs.existsSync(path.join(DIST, 'start.js')) && hashFiles(manifest.inputs) === manifest.hash;
  } catch {
    return false;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  if (!isBuildCurrent()) {
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/server-build.ts', '--force'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await import(pathToFileURL(path.join(DIST, 'start.js')).href);
}
