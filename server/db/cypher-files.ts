// Loads the project's Cypher from `cypher/**/*.cypher` (one query a file), read once and cached.
// Keeping Cypher in files lets an analyst read and run it in any Neo4j tool (docs/design.md, "Layout").
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `cypher/` folder (this file sits in `server/db/`). */
export const CYPHER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

const cache = new Map<string, string>();

/**
 * The text of one Cypher file, relative to `cypher/`, with its header comment left in place
 * (Neo4j ignores `//` comments).
 * @example loadCypher('queries/current-graph.cypher')
 */
export function loadCypher(relativePath: string): string {
  const cached = cache.get(relativePath);
  if (cached !== undefined) return cached;
  const clean = normalize(relativePath);
  // Only files inside cypher/ are ever read: a path is code, never user input, but a typo must not
  // reach outside the folder.
  if (isAbsolute(clean) || clean.startsWith('..' + sep) || clean === '..' || !clean.endsWith('.cypher')) {
    throw new Error(`cypher-files: "${relativePath}" is not a .cypher path inside cypher/`);
  }
  const text = readFileSync(join(CYPHER_DIR, clean), 'utf8');
  cache.set(relativePath, text);
  return text;
}

/**
 * The statements of a file that holds several (schema files), split on `;` at line ends, with
 * comment-only chunks dropped. Query files hold one statement and use `loadCypher`.
 */
export function loadCypherStatements(relativePath: string): string[] {
  return loadCypher(relativePath)
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('//')));
}

/** The `.cypher` files of one folder of `cypher/`, sorted by name (schema files are numbered). */
export function listCypherFiles(folder: string): string[] {
  return readdirSync(join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `${folder}/${f}`);
}
