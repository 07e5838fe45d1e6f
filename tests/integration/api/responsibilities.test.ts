// /api/responsibilities over a real load of both plans: the edge props written by the extractor
// (role, reason in words) survive the loader and come back on the cells; rows carry their plans;
// a department's details count the cells of its matrix column.
import { describe, expect, it } from 'vitest';
import { nodeDetailsResponseSchema, responsibilitiesResponseSchema } from '../../../core/contract';
import { usePlansApi } from './support/plans-api';

const suite = usePlansApi();
const get = suite.get.bind(suite);

describe('GET /api/responsibilities, cells in words', () => {
  it('gives every inferred cell its reason in both languages and every stated cell its role', async () => {
    const matrix = await get(responsibilitiesResponseSchema, '/api/responsibilities?limit=2000');
    const inferred = matrix.cells.filter((c) => c.basis === 'inferred');
    expect(inferred.length).toBeGreaterThan(0);
    for (const c of inferred) {
      expect(c.reasonZh).toContain('涵盖本措施');
      expect(c.reasonEn).toContain('covers');
    }
    const promote = inferred.find(
      (c) => c.department === 'department:nmpa' && c.measure === 'measure:meq-2021-promote-adoption',
    );
    expect(promote?.reasonZh).toContain('负责药品、化妆品、医疗器械的注册并实施监督管理');
    for (const c of matrix.cells.filter((x) => x.measure === 'plan:meq-2021'))
      expect(c.role).toBe('participant');
  });

  it('gives each row its plans, so that the plan filter can hide it', async () => {
    const matrix = await get(responsibilitiesResponseSchema, '/api/responsibilities?limit=2000');
    for (const m of matrix.measures) expect(m.plans?.length).toBeGreaterThan(0);
    expect(matrix.measures.find((m) => m.id === 'plan:meq-2021')?.plans).toEqual(['meq-2021']);
  });

  it("counts 国家药监局 in its details as its matrix column does (its predecessor's cells folded in)", async () => {
    const id = 'department:nmpa';
    const details = await get(nodeDetailsResponseSchema, `/api/nodes/${encodeURIComponent(id)}`);
    const matrix = await get(responsibilitiesResponseSchema, `/api/responsibilities?department=${id}`);
    const rows = new Set(matrix.cells.filter((c) => c.department === id).map((c) => c.measure));
    expect(details.node.props?.responsibilities).toBe(rows.size);
    expect(matrix.cells.some((c) => c.via === 'department:cfda')).toBe(true);
    expect(suite.logged.errors).toEqual([]);
  });
});
