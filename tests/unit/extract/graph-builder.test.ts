// The graph builder merges duplicates, prefers a stated reading, refuses edges that break the model
// and emits a stable order.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../../server/extract/graph-builder';
import { asNodeId, asOffset, asPlanId } from '../../../core/model/ids';
import type { Evidence } from '../../../core/model/interchange';

const plan = asPlanId('meq-2021');
const ev = (start: number, quote: string): Evidence => ({
  plan,
  section: 's',
  start: asOffset(start),
  end: asOffset(start + quote.length),
  quote,
});
const fresh = (): GraphBuilder => {
  const b = new GraphBuilder([plan]);
  b.addNode({ id: asNodeId('material:m'), label: 'Material', name: '膜', nameEn: 'membrane' });
  b.addNode({ id: asNodeId('equipment:e'), label: 'Equipment', name: '机', nameEn: 'machine' });
  b.addNode({ id: asNodeId('domain:d'), label: 'Domain', name: '域', nameEn: 'domain' });
  return b;
};
const meta = [{ id: plan, title: 't', titleEn: 't', file: 'f', year: 2021 }];

describe('GraphBuilder', () => {
  it('merges one edge per type, source and target, keeping the evidence of both and the stated basis', () => {
    const b = fresh();
    b.addEdge({
      type: 'USED_IN',
      source: asNodeId('material:m'),
      target: asNodeId('equipment:e'),
      basis: 'inferred',
      rule: 'r',
      evidence: [ev(10, 'b')],
    });
    b.addEdge({
      type: 'USED_IN',
      source: asNodeId('material:m'),
      target: asNodeId('equipment:e'),
      basis: 'stated',
      evidence: [ev(2, 'a'), ev(10, 'b')],
    });
    const { edges } = b.build(meta);
    expect(edges).toHaveLength(1);
    expect(edges[0]?.basis).toBe('stated');
    expect(edges[0]?.evidence.map((e) => e.start)).toEqual([2, 10]);
  });

  it('sets aside an edge whose endpoints break REL_ENDPOINTS (Material -> Domain is not USED_IN)', () => {
    const b = fresh();
    b.addEdge({
      type: 'USED_IN',
      source: asNodeId('material:m'),
      target: asNodeId('domain:d'),
      basis: 'stated',
      evidence: [ev(0, 'x')],
    });
    expect(b.build(meta).edges).toEqual([]);
    expect(b.rejected[0]?.reason).toBe('USED_IN does not join Material -> Domain');
  });

  it('lists the plans of a node from its mentions and from the stated edges about it', () => {
    const b = fresh();
    b.addMention(asNodeId('equipment:e'), { plan, section: 's', start: asOffset(5), end: asOffset(6) });
    b.addEdge({
      type: 'USED_IN',
      source: asNodeId('material:m'),
      target: asNodeId('equipment:e'),
      basis: 'stated',
      evidence: [ev(0, 'x')],
    });
    const { nodes } = b.build(meta);
    expect(nodes.map((n) => [n.id, n.plans])).toEqual([
      ['domain:d', []],
      ['equipment:e', ['meq-2021']],
      ['material:m', ['meq-2021']],
    ]);
  });
});
