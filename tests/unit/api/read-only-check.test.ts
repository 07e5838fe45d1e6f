import { describe, expect, it } from 'vitest';
import {
  refusedByQueryType,
  refusedByText,
  refusedPrefix,
} from '../../../server/api/console/read-only-check';

describe('refusedByQueryType', () => {
  it('lets only pure reads through', () => {
    expect(refusedByQueryType('r')).toBeNull();
  });

  it.each(['rw', 'w', 's', undefined, 'x'])('refuses query type %s', (type) => {
    expect(refusedByQueryType(type)).toMatch(/only reads are allowed/);
  });
});

describe('refusedByText', () => {
  it.each([
    "LOAD CSV FROM 'http://example.org/x.csv' AS row RETURN row",
    'load  csv with headers from $url as r return r',
    'CALL dbms.listConfig()',
    'CALL dbms . components()',
    'MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n',
  ])('refuses reads that reach outside the graph: %s', (q) => {
    expect(refusedByText(q)).not.toBeNull();
  });

  it('lets ordinary reads and read procedures through', () => {
    expect(refusedByText('MATCH (n:Equipment) RETURN n.name LIMIT 5')).toBeNull();
    expect(
      refusedByText("CALL db.index.fulltext.queryNodes('entity_names_cjk', 'CT') YIELD node RETURN node"),
    ).toBeNull();
  });
});

describe('refusedPrefix', () => {
  it('refuses EXPLAIN and PROFILE, which the console adds itself', () => {
    expect(refusedPrefix('  explain MATCH (n) RETURN n')).not.toBeNull();
    expect(refusedPrefix('PROFILE MATCH (n) RETURN n')).not.toBeNull();
    expect(refusedPrefix('MATCH (n) RETURN n')).toBeNull();
  });
});
