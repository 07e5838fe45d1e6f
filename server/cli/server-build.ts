// Compiles the server that `npm start` runs: one ES module (dist/server/start.js) bundled from
// server/cli/start.ts by esbuild (the one tsx ships), packages left in node_modules, so that a start
// costs no type stripping and the server process holds no TypeScript loader. The build is reused
// while its inputs are unchanged: dist/server/build.json lists every source file esbuild read and a
// hash over them, which `server/boot/start.mjs` checks before each start.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import type * as Esbuild from 'esbuild';
import { PROJECT_ROOT } from './config';
import { runMain } from './run-main';

export const SERVER_DIST = path.join(PROJECT_ROOT, 'dist', 'server');
export const SERVER_ENTRY = 'server/cli/start.ts';
const OUT_FILE = path.join(SERVER_DIST, 'start.js');
const MANIFEST = path.join(SERVER_DIST, 'build.json');
/** Inputs besides the sources esbuild reads: how they are built, and the versions of the packages. */
const BUILD_INPUTS = ['server/cli/server-build.ts', 'server/boot/start.mjs', 'package-lock.json'];

/** What a build was made from: the files (relative to the project, `/`-separated) and their hash. */
export interface ServerBuildManifest {
  readonly hash: string;
  readonly inputs: readonly string[];
}

/**
 * sha256 over each file's path and bytes, in the given order (a missing file counts as empty).
 * `server/boot/start.mjs` computes the same hash in plain JavaScript before anything is compiled.
 */
export function hashFiles(files: readonly string[], root = PROJECT_ROOT): string {
  const h = createHash('sha256');
  for (const f of files) {
    const p = path.join(root, f);
    h.update(f)
      .update('\0')
      .update(fs.existsSync(p) ? fs.readFileSync(p) : '')
      .update('\0');
  }
  return h.digest('hex');
}

/** The manifest of the current build, if there is one. */
export function readManifest(): ServerBuildManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as ServerBuildManifest;
  } catch {
    return undefined;
  }
}

/** True when dist/server holds a build of the sources as they are now. */
export function isServerBuilt(): boolean {
  const m = readManifest();
  return m !== undefined && fs.existsSync(OUT_FILE) && hashFiles(m.inputs) === m.hash;
}

/** esbuild as tsx ships it (tsx is a dependency; esbuild is tsx's, wherever npm put it). */
function loadEsbuild(): typeof Esbuild {
  const fromHere = createRequire(path.join(PROJECT_ROOT, 'package.json'));
  return createRequire(fromHere.resolve('tsx'))('esbuild') as typeof Esbuild;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * Each module keeps its own location: `import.meta.url`, `dirname` and `filename` in a source file
 * become its path in the repository, relative to the bundle, so files read beside the sources
 * (cypher/, seeds/, the Java launcher in server/db/embedded) are found as under tsx, and a
 * command's "am I the entry point" check stays false inside the bundle.
 */
const keepModuleLocations: Esbuild.Plugin = {
  name: 'keep-module-locations',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return { contents: source, loader: 'ts' };
      const rel = JSON.stringify(toPosix(path.relative(SERVER_DIST, args.path)));
      const contents = source
        .replace(/\bimport\.meta\.url\b/g, `__moduleUrl(${rel})`)
        .replace(/\bimport\.meta\.dirname\b/g, `__moduleDirname(${rel})`)
        .replace(/\bimport\.meta\.filename\b/g, `__moduleFilename(${rel})`);
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Packages stay in node_modules. A subpath of a package without an `exports` map
 * (`@node-rs/jieba/dict`) is written with its file's extension, which Node's ES module resolution
 * requires and tsx's does not.
 */
const packageSubpathsWithExtensions: Esbuild.Plugin = {
  name: 'package-subpaths-with-extensions',
  setup(build) {
    build.onResolve({ filter: /^(?:@[^/.][^/]*\/)?[^/.][^/]*\/./ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const name = args.path
        .split('/')
        .slice(0, args.path.startsWith('@') ? 2 : 1)
        .join('/');
      if (name === args.path) return { path: args.path, external: true };
      const require = createRequire(args.importer || path.join(PROJECT_ROOT, 'package.json'));
      try {
        const manifest = require.resolve(`${name}/package.json`);
        const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports?: unknown };
        if (pkg.exports !== undefined) return { path: args.path, external: true };
        const file = toPosix(path.relative(path.dirname(manifest), require.resolve(args.path)));
        return { path: `${name}/${file}`, external: true };
      } catch {
        // A package whose exports hide its package.json resolves its subpaths itself.
        return { path: args.path, external: true };
      }
    });
  },
};

const BANNER = [
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __dirnameOf } from 'node:path';",
  'const __moduleUrl = (rel) => new URL(rel, import.meta.url).href;',
  'const __moduleFilename = (rel) => __fileURLToPath(__moduleUrl(rel));',
  'const __moduleDirname = (rel) => __dirnameOf(__moduleFilename(rel));',
].join('\n');

/** Bundles the server into dist/server/start.js and writes its manifest. */
export async function buildServer(): Promise<ServerBuildManifest> {
  const esbuild = loadEsbuild();
  fs.mkdirSync(SERVER_DIST, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [SERVER_ENTRY],
    outfile: OUT_FILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    banner: { js: BANNER },
    plugins: [packageSubpathsWithExtensions, keepModuleLocations],
  });
  const sources = Object.keys(result.metafile.inputs).map(toPosix);
  const inputs = [...new Set([...sources, ...BUILD_INPUTS])].sort();
  const manifest: ServerBuildManifest = { hash: hashFiles(inputs), inputs };
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

/** Builds unless the build is current. Resolves to true when it built. */
export async function ensureServerBuilt(): Promise<boolean> {
  if (isServerBuilt()) return false;
  await buildServer();
  return true;
}

// `tsx server/cli/server-build.ts [--force]`: what server/boot/start.mjs runs when the build is stale.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runMain('server-build', async () => {
    const t0 = performance.now();
    const built = process.argv.includes('--force') ? (await buildServer(), true) : await ensureServerBuilt();
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    process.stderr.write(
      built ? `server-build: compiled the server into dist/server in ${s} s\n` : 'server-build: current\n',
    );
  });
}
