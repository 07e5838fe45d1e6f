import { describe, expect, it } from 'vitest';
import { graphInvalidError, jsonPath } from '../../../server/load/graph-issues';
import { InvalidInputError } from '../../../core/errors';

describe('jsonPath', () => {
  it('writes array indexes in brackets and keys with dots', () => {
    expect(jsonPath(['edges', 12, 'evidence', 0, 'quote'])).toBe('edges[12].evidence[0].quote');
  });
});

describe('graphInvalidError', () => {
  it('lists the first ten issues and counts the rest, with the first path on the error', () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ path: `nodes[${i}].id`, message: 'bad' }));
    const e = graphInvalidError(issues);
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toBe('nodes[0].id');
    expect(e.message).toMatch(/^loader: the graph is invalid, nothing was written/);
    expect(e.message).toContain('nodes[9].id: bad');
    expect(e.message).not.toContain('nodes[10].id');
    expect(e.message).toMatch(/and 2 more$/);
  });
});
