import { describe, expect, it } from 'vitest';
import { refusedByQueryType, refusedPrefix } from '../../../server/api/console/read-only-check';

describe('refusedByQueryType', () => {
  it('lets only pure reads through', () => {
    expect(refusedByQueryType('r')).toBeNull();
  });

  it.each(['rw', 'w', 's', undefined, 'x'])('refuses query type %s', (type) => {
    expect(refusedByQueryType(type)).toMatch(/only reads are allowed/);
  });
});

describe('refusedPrefix', () => {
  it('refuses EXPLAIN and PROFILE, which the console adds itself', () => {
    expect(refusedPrefix('  explain MATCH (n) RETURN n')).not.toBeNull();
    expect(refusedPrefix('PROFILE MATCH (n) RETURN n')).not.toBeNull();
    expect(refusedPrefix('MATCH (n) RETURN n')).toBeNull();
  });
});
