// API paths are written only in core/contract/route-paths.ts: the server mounts and the page calls
// through the table, so a path changed there cannot leave a stale copy behind.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const TABLE = 'core/contract/route-paths.ts';

const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'target' ? [] : sources(rel);
    return /\.(ts|mts|mjs)$/.test(e.name) ? [rel] : [];
  });

/** A string literal that starts with an API path: `'/api/search'`, `` `/api/nodes/${id}` ``. */
const API_PATH_LITERAL = /['"`]\/api\/[A-Za-z]/;

describe('API paths', () => {
  it('are written only in the route table', () => {
    const files = [...sources('server'), ...sources('client/src'), ...sources('core')].filter(
      (f) => f !== TABLE,
    );
    const found = files.flatMap((f) =>
      fs
        .readFileSync(path.join(ROOT, f), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          API_PATH_LITERAL.test(line) &&
          !line.trimStart().startsWith('//') &&
          !line.trimStart().startsWith('*')
            ? [`${f}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
