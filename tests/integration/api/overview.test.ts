// GET /api/overview on the real plans: the opening view in one answer — the largest domains with
// their best-connected equipment, and only edges among what it returns.
import { describe, expect, it } from 'vitest';
import { graphSchema } from '../../../core/contract';
import { call } from './support/api-server';
import { usePlansApi } from './support/plans-api';

const suite = usePlansApi();

describe('GET /api/overview', () => {
  it('returns 10 domains with up to 4 equipment each for limit=50, joined by IN_DOMAIN edges', async () => {
    const res = await call(suite.api.baseUrl, '/api/overview?limit=50');
    expect(res.status).toBe(200);
    const g = graphSchema.parse(res.body);
    const domains = g.nodes.filter((n) => n.label === 'Domain');
    const equipment = g.nodes.filter((n) => n.label === 'Equipment');
    expect(domains).toHaveLength(10);
    expect(equipment.length).toBeGreaterThanOrEqual(10);
    expect(g.nodes.length).toBeLessThanOrEqual(50);
    // The largest domain of the 2021 plan is among them.
    expect(domains.map((d) => d.name)).toContain('诊断检验装备');
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.edges.filter((e) => e.type === 'IN_DOMAIN').length).toBeGreaterThanOrEqual(equipment.length);
  });

  it('answers a smaller limit with fewer nodes and refuses one out of range', async () => {
    const small = graphSchema.parse((await call(suite.api.baseUrl, '/api/overview?limit=10')).body);
    expect(small.nodes.length).toBeLessThanOrEqual(10);
    expect(small.nodes.filter((n) => n.label === 'Domain')).toHaveLength(2);
    for (const bad of ['0', '1000', 'abc', '5;DROP']) {
      const res = await call(suite.api.baseUrl, `/api/overview?limit=${bad}`);
      expect(res.status, bad).toBe(400);
    }
    expect(suite.logged.errors).toEqual([]);
  });
});
