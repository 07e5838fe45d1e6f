import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromNeo4jFailure } from '../../../server/api/db/neo4j-failure';
import { toApiEdge, toApiNode, uniqueGraph } from '../../../core/query/rows';
import { InvalidInputError, NotFoundError, UnavailableError } from '../../../core/errors';

describe('toApiNode', () => {
  const row = {
    id: 'material:hollow-fiber-membrane',
    labels: ['Entity', 'Material'],
    name: '中空纤维膜',
    nameEn: 'Hollow-fibre membrane',
    aliases: [],
    plans: ['meq-2021'],
    discovered: false,
    mentionsJson: '[{"plan":"meq-2021","section":"四、跨界融合创新 > 专栏 3","start":4777,"end":4782}]',
  };

  it('gives the interchange fields with the model label, leaving the mentions out unless asked', () => {
    expect(toApiNode(row)).toEqual({
      id: 'material:hollow-fiber-membrane',
      label: 'Material',
      name: '中空纤维膜',
      nameEn: 'Hollow-fibre membrane',
      aliases: [],
      plans: ['meq-2021'],
    });
  });

  it('parses the stored mentions when asked', () => {
    expect(toApiNode(row, { mentions: true }).mentions).toEqual([
      { plan: 'meq-2021', section: '四、跨界融合创新 > 专栏 3', start: 4777, end: 4782 },
    ]);
  });

  it('refuses a node without a model label', () => {
    expect(() => toApiNode({ ...row, labels: ['Entity'] })).toThrow(NotFoundError);
  });
});

describe('toApiEdge', () => {
  it('parses the evidence and keeps the rule of an inferred edge', () => {
    const edge = toApiEdge({
      type: 'RESPONSIBLE_FOR',
      source: 'department:nmpa',
      target: 'measure:m',
      basis: 'inferred',
      rule: 'department-remit',
      evidenceJson: '[{"plan":"meq-2021","section":"八","start":1,"end":3,"quote":"药监"}]',
    });
    expect(edge).toMatchObject({
      basis: 'inferred',
      rule: 'department-remit',
      evidence: [{ quote: '药监' }],
    });
  });

  it('leaves rule out of a stated edge', () => {
    expect(
      toApiEdge({
        type: 'USED_IN',
        source: 'material:a',
        target: 'equipment:b',
        basis: 'stated',
        rule: null,
      }),
    ).not.toHaveProperty('rule');
  });

  it('parses the extras of an edge and leaves props out when there are none', () => {
    const base = { type: 'RESPONSIBLE_FOR', source: 'department:nmpa', target: 'measure:m', basis: 'stated' };
    expect(toApiEdge({ ...base, propsJson: '{"role":"participant"}' }).props).toEqual({
      role: 'participant',
    });
    expect(toApiEdge({ ...base, propsJson: null })).not.toHaveProperty('props');
  });
});

describe('uniqueGraph', () => {
  it('keeps each node and each (type, source, target) once', () => {
    const n = toApiNode({ id: 'equipment:b', labels: ['Equipment'] });
    const e = toApiEdge({ type: 'USED_IN', source: 'material:a', target: 'equipment:b' });
    expect(uniqueGraph([n, n], [e, { ...e }])).toEqual({ nodes: [n], edges: [e] });
  });
});

describe('fromNeo4jFailure', () => {
  it('turns an unreachable Neo4j into an UnavailableError', () => {
    expect(
      fromNeo4jFailure(new Neo4jError('connect ECONNREFUSED', 'ServiceUnavailable', 'N/A', 'N/A'), 'q'),
    ).toBeInstanceOf(UnavailableError);
    expect(fromNeo4jFailure(new Error('Connection acquisition timed out in 10000 ms'), 'q')).toBeInstanceOf(
      UnavailableError,
    );
  });

  it('turns a transaction timeout into an UnavailableError that says to narrow the request', () => {
    const e = fromNeo4jFailure(
      new Neo4jError(
        'timed out',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
        'N/A',
        'N/A',
      ),
      'query x',
    );
    expect(e).toBeInstanceOf(UnavailableError);
    expect((e as UnavailableError).code).toBe('unavailable');
  });

  it('passes typed errors and unknown failures through unchanged', () => {
    const typed = new InvalidInputError('api: x');
    expect(fromNeo4jFailure(typed, 'q')).toBe(typed);
    const bug = new TypeError('boom');
    expect(fromNeo4jFailure(bug, 'q')).toBe(bug);
  });
});
