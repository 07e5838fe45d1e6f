import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../../server/load/validate-graph';
import { syntheticGraph } from '../../bench/synthetic-graph';

describe('syntheticGraph', () => {
  it('makes exactly the requested relationships, valid against the interchange schema and model', () => {
    const g = syntheticGraph({ nodes: 400, edges: 2000 });
    const file = { plans: g.plans, nodes: [...g.nodes()], edges: [...g.edges()] };
    expect(file.edges).toHaveLength(2000);
    expect(file.nodes).toHaveLength(g.counts.nodes);
    expect(() => validateGraph(file)).not.toThrow();
  });

  it('is deterministic for a seed', () => {
    const a = [...syntheticGraph({ nodes: 100, edges: 300, seed: 7 }).edges()];
    const b = [...syntheticGraph({ nodes: 100, edges: 300, seed: 7 }).edges()];
    expect(a).toEqual(b);
  });
});
