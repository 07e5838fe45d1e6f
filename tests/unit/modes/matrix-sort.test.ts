// Specifications of the reader's sorting of the responsibility matrix.
import { describe, expect, it } from 'vitest';
import type { ResponsibilitiesResponse } from '../../../core/contract';
import { DEFAULT_ORDER, matrixModel, sortMatrix } from '../../../client/src/analysis/matrix-model';

const node = (id: string, name: string, nameEn: string) => ({
  id,
  label: id.startsWith('department:') ? 'Department' : id.startsWith('plan:') ? 'Plan' : 'Measure',
  name,
  nameEn,
});
const cell = (department: string, measure: string) => ({
  department,
  measure,
  basis: 'stated',
  evidence: [],
});

const answer = () =>
  ({
    departments: [
      { ...node('department:nhc', '国家卫生健康委员会', 'National Health Commission'), predecessors: [] },
      {
        ...node('department:miit', '工业和信息化部', 'Ministry of Industry and Information Technology'),
        predecessors: [],
      },
    ],
    measures: [
      {
        ...node('plan:meq-2021', '医疗装备产业发展规划', 'Medical Equipment Industry Development Plan'),
        reaches: [],
      },
      { ...node('measure:b', '完善标准体系', 'Improve the standards system'), reaches: [] },
      { ...node('measure:a', '攻关关键零部件', 'Tackle key components'), reaches: [] },
      { ...node('measure:c', '加强人才培育', 'Train talent'), reaches: [] },
    ],
    cells: [
      cell('department:miit', 'plan:meq-2021'),
      cell('department:miit', 'measure:a'),
      cell('department:miit', 'measure:b'),
      cell('department:nhc', 'measure:b'),
      cell('department:miit', 'measure:c'),
    ],
  }) as unknown as ResponsibilitiesResponse;

describe('sortMatrix', () => {
  const m = matrixModel(answer());

  it('keeps the model order by default', () => {
    const same = sortMatrix(m, DEFAULT_ORDER);
    expect(same.rows.map((r) => r.id)).toEqual(m.rows.map((r) => r.id));
    expect(same.columns.map((d) => d.id)).toEqual(m.columns.map((d) => d.id));
  });

  it('sorts rows by how many departments share them, plan rows staying on top', () => {
    const rows = sortMatrix(m, { rows: 'count', columns: 'count' }).rows.map((r) => r.id);
    expect(rows[0]).toBe('plan:meq-2021');
    expect(rows[1]).toBe('measure:b');
  });

  it('sorts rows and columns by name in the page language', () => {
    const en = sortMatrix(m, { rows: 'name', columns: 'name' }, 'en');
    expect(en.rows.map((r) => r.id)).toEqual(['plan:meq-2021', 'measure:b', 'measure:a', 'measure:c']);
    expect(en.columns.map((d) => d.id)).toEqual(['department:miit', 'department:nhc']);
  });

  it('changes no count: a department counts the same cells in any order', () => {
    const sorted = sortMatrix(m, { rows: 'name', columns: 'name' }, 'zh');
    for (const d of m.columns) expect(sorted.cellsOf(d.id).length).toBe(m.cellsOf(d.id).length);
    expect(sorted.counts).toEqual(m.counts);
  });
});
