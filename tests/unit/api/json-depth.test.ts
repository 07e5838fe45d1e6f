import { describe, expect, it } from 'vitest';
import { jsonDepth } from '../../../server/api/http/json-depth';

const nested = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('jsonDepth', () => {
  it('counts arrays and objects inside one another, scalars as 0', () => {
    expect(jsonDepth('x')).toBe(0);
    expect(jsonDepth(null)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(jsonDepth([[1], [[2]], 3])).toBe(3);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(jsonDepth(nested(100_000))).toBe(100_000);
  });

  it('stops as soon as the limit is passed', () => {
    expect(jsonDepth(nested(1_000), 32)).toBe(33);
    expect(jsonDepth(nested(32), 32)).toBe(32);
  });
});
