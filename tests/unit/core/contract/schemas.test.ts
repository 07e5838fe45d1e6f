// The wire contract's query and body schemas: defaults, ranges, allow-lists and what they refuse.
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  cypherRequestSchema,
  neighborsQuerySchema,
  nodeParamsSchema,
  pathsQuerySchema,
  searchQuerySchema,
  supplyChainQuerySchema,
} from '../../../../core/contract';

describe('supplyChainQuerySchema', () => {
  it('defaults to upstream, depth 3', () => {
    expect(supplyChainQuerySchema.parse({})).toMatchObject({ direction: 'upstream', depth: 3 });
  });

  it.each(['0', '7', '2.5', 'abc', '-1', ''])('refuses depth %s', (depth) => {
    expect(supplyChainQuerySchema.safeParse({ depth }).success).toBe(false);
  });

  it('accepts depths 1 to 6 given as text', () => {
    for (let d = 1; d <= LIMITS.supplyChainDepth.max; d++)
      expect(supplyChainQuerySchema.parse({ depth: String(d) }).depth).toBe(d);
  });

  it('refuses an unknown direction', () => {
    expect(supplyChainQuerySchema.safeParse({ direction: 'sideways' }).success).toBe(false);
  });
});

describe('pathsQuerySchema', () => {
  const ends = { from: 'material:hollow-fiber-membrane', to: 'domain:monitoring-life-support' };

  it('defaults k and maxHops', () => {
    expect(pathsQuerySchema.parse(ends)).toMatchObject({ k: 3, maxHops: 6 });
  });

  it('refuses k above 5 and maxHops above 8', () => {
    expect(pathsQuerySchema.safeParse({ ...ends, k: '6' }).success).toBe(false);
    expect(pathsQuerySchema.safeParse({ ...ends, maxHops: '9' }).success).toBe(false);
  });

  it('takes relationship types as a comma list or repeated, and only from the model', () => {
    expect(pathsQuerySchema.parse({ ...ends, types: 'USED_IN,IN_DOMAIN' }).types).toEqual([
      'USED_IN',
      'IN_DOMAIN',
    ]);
    expect(pathsQuerySchema.parse({ ...ends, types: ['USED_IN', 'PART_OF'] }).types).toEqual([
      'USED_IN',
      'PART_OF',
    ]);
    expect(pathsQuerySchema.safeParse({ ...ends, types: 'USED_IN]->() DETACH DELETE n//' }).success).toBe(
      false,
    );
  });
});

describe('nodeParamsSchema', () => {
  it('accepts model ids', () => {
    expect(nodeParamsSchema.parse({ id: 'equipment:ecmo' }).id).toBe('equipment:ecmo');
  });

  it.each([
    "equipment:ecmo' OR 1=1",
    'EQUIPMENT:ECMO',
    '',
    'x'.repeat(300),
    'equipment:ecmo}) DETACH DELETE n //',
  ])('refuses %s', (id) => {
    expect(nodeParamsSchema.safeParse({ id }).success).toBe(false);
  });
});

describe('searchQuerySchema', () => {
  it('caps the limit and the text length', () => {
    expect(searchQuerySchema.safeParse({ q: 'ct', limit: String(LIMITS.search.max + 1) }).success).toBe(
      false,
    );
    expect(searchQuerySchema.safeParse({ q: 'x'.repeat(LIMITS.searchText.maxLength + 1) }).success).toBe(
      false,
    );
  });

  it('refuses a repeated q (an array) and unknown labels', () => {
    expect(searchQuerySchema.safeParse({ q: ['a', 'b'] }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'ct', labels: 'Equipment,Robot' }).success).toBe(false);
  });
});

describe('neighborsQuerySchema', () => {
  it('defaults to both directions and a limit of 50', () => {
    expect(neighborsQuerySchema.parse({})).toMatchObject({ direction: 'both', limit: 50 });
  });
});

describe('cypherRequestSchema', () => {
  it('needs a query of at most 5,000 characters', () => {
    expect(cypherRequestSchema.safeParse({}).success).toBe(false);
    expect(cypherRequestSchema.safeParse({ query: 'RETURN 1' }).success).toBe(true);
    expect(cypherRequestSchema.safeParse({ query: 'x'.repeat(5001) }).success).toBe(false);
    expect(cypherRequestSchema.safeParse({ query: 42 }).success).toBe(false);
  });
});
