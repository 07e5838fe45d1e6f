// Specifications of the responsibility matrix's order and cells.
import { describe, expect, it } from 'vitest';
import type { ResponsibilitiesResponse } from '../../../core/contract';
import { matrixModel } from '../../../client/src/analysis/matrix-model';

const s = (id: string, name: string) => ({
  id,
  label: id.split(':')[0] === 'department' ? 'Department' : 'Measure',
  name,
  nameEn: name,
});
const cell = (department: string, measure: string, basis: 'stated' | 'inferred', via?: string) => ({
  department,
  measure,
  basis,
  ...(basis === 'inferred' ? { rule: 'remit:x' } : {}),
  evidence: [],
  ...(via ? { via } : {}),
});

const answer = () =>
  ({
    departments: [
      { ...s('department:nhc', '国家卫生健康委员会'), predecessors: [] },
      { ...s('department:miit', '工业和信息化部'), predecessors: [] },
      { ...s('department:idle', '无职责部门'), predecessors: [] },
    ],
    measures: [
      { ...s('measure:b', '完善标准体系'), reaches: [] },
      { ...s('measure:a', '攻关关键零部件'), reaches: [] },
      { ...s('measure:c', '加强人才培育'), reaches: [] },
    ],
    cells: [
      cell('department:miit', 'measure:a', 'stated'),
      cell('department:miit', 'measure:b', 'inferred'),
      cell('department:nhc', 'measure:b', 'inferred', 'department:nhfpc'),
      cell('department:nhc', 'measure:b', 'stated'),
      cell('department:miit', 'measure:c', 'inferred'),
    ],
  }) as unknown as ResponsibilitiesResponse;

describe('matrixModel', () => {
  it('puts the department with most measures first and leaves out departments with none', () => {
    expect(matrixModel(answer()).columns.map((d) => d.id)).toEqual(['department:miit', 'department:nhc']);
  });

  it('groups measures under their first owner, stated before inferred, then by Chinese name', () => {
    // 加强人才培育 (jiā) sorts before 完善标准体系 (wán) in Chinese collation.
    expect(matrixModel(answer()).rows.map((m) => m.id)).toEqual(['measure:a', 'measure:c', 'measure:b']);
  });

  it('keeps the stated cell when a relationship reaches a department twice, and counts by basis', () => {
    const m = matrixModel(answer());
    expect(m.cell('measure:b', 'department:nhc')?.basis).toBe('stated');
    expect(m.cell('measure:a', 'department:nhc')).toBeUndefined();
    expect(m.counts).toEqual({ stated: 2, inferred: 2 });
  });
});

describe('plan rows', () => {
  it('puts each plan on top with the departments the server states as leading it', () => {
    const base = answer();
    const withPlan = {
      ...base,
      measures: [
        ...base.measures,
        {
          id: 'plan:meq-2021',
          label: 'Plan',
          name: '医疗装备产业发展规划',
          nameEn: 'Medical equipment plan',
          reaches: [],
        },
      ],
      cells: [...base.cells, cell('department:miit', 'plan:meq-2021', 'stated')],
    } as unknown as ResponsibilitiesResponse;
    const m = matrixModel(withPlan);
    expect(m.rows[0]?.id).toBe('plan:meq-2021');
    expect(m.cell('plan:meq-2021', 'department:miit')?.basis).toBe('stated');
    expect(m.counts.stated).toBe(3);
  });
});

describe('matrixModel under the page filters', () => {
  it('shows only stated cells when inferred ones are hidden, and counts a department as its column does', () => {
    const m = matrixModel(answer(), { hiddenBasis: ['inferred'], hiddenPlans: [] });
    expect(m.counts).toEqual({ stated: 2, inferred: 0 });
    expect(m.columns.map((d) => d.id)).toEqual(['department:miit', 'department:nhc']);
    expect(m.cellsOf('department:miit').map((c) => c.basis)).toEqual(['stated']);
  });

  it('drops the rows of a hidden plan', () => {
    const r = answer();
    r.measures = r.measures.map((x) => ({
      ...x,
      plans: [x.id === 'measure:a' ? 'meq-2021' : 'hist-2017'],
    })) as typeof r.measures;
    const m = matrixModel(r, { hiddenBasis: [], hiddenPlans: ['meq-2021'] });
    expect(m.rows.map((x) => x.id)).not.toContain('measure:a');
    expect(
      m
        .cellsOf('department:miit')
        .map((c) => c.measure)
        .sort(),
    ).toEqual(['measure:b', 'measure:c']);
  });
});
