// Validation issues named by JSON path (`edges[12].target: expected a node id ...`), and the one
// error a load throws for them. Pure: turns zod issues and referential findings into readable lines.
import type { z } from 'zod';
import { InvalidInputError } from '../../core/errors';

export interface GraphIssue {
  /** JSON path into the interchange file, e.g. `edges[12].target`. */
  path: string;
  message: string;
}

/** `['edges', 12, 'target']` -> `edges[12].target`. */
export function jsonPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

const shortJson = (value: unknown): string => {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** zod's issues as path-named lines; `prefix` places them inside the file (`nodes[3]`). */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): GraphIssue[] {
  return issues.map((issue) => {
    let message = issue.message.replace(/^Invalid (input|option): /, '').replace(/^Too (small|big): /, '');
    // The model's regexes carry a description ("a node id of the form label:slug"), not a sentence.
    if (issue.code === 'invalid_format' && !message.startsWith('expected')) message = `expected ${message}`;
    if ((issue.code === 'invalid_format' || issue.code === 'invalid_value') && 'input' in issue) {
      message += `, got ${shortJson(issue.input)}`;
    }
    return { path: jsonPath([...prefix, ...issue.path]), message };
  });
}

const MAX_LISTED = 10;

/** One InvalidInputError for a rejected graph: the first issues, one per line, and how many more. */
export function graphInvalidError(issues: readonly GraphIssue[], source = 'graph'): InvalidInputError {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : '';
  return new InvalidInputError(
    `loader: the ${source} is invalid, nothing was written (fix the file and load again): ${listed.join('; ')}${more}`,
    { path: issues[0]?.path },
  );
}
