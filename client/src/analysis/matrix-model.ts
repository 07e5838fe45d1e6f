// The responsibility matrix as plain data: departments as columns (few), measures as rows (many),
// a cell per (measure, department) pair, under the page's basis and plan filters. Pure: the API's
// answer and the filters in, the table's order and every count the mode shows out.
import type { ResponsibilitiesResponse, ResponsibilityCell } from '../../../core/contract';
import type { Basis } from '../../../core/model/graph-model';

type Department = ResponsibilitiesResponse['departments'][number];
type Measure = ResponsibilitiesResponse['measures'][number];

export interface MatrixModel {
  columns: Department[];
  rows: Measure[];
  cell(measure: string, department: string): ResponsibilityCell | undefined;
  counts: { stated: number; inferred: number };
  /** The cells of one department, in row order: what its column, its page and its details count. */
  cellsOf(department: string): ResponsibilityCell[];
}

/** The page's filters that the matrix honours (the store's `filters`). */
export interface MatrixFilters {
  readonly hiddenBasis: readonly Basis[];
  readonly hiddenPlans: readonly string[];
}

const NO_FILTERS: MatrixFilters = { hiddenBasis: [], hiddenPlans: [] };

export const cellKey = (measure: string, department: string): string => `${measure}|${department}`;

/**
 * Orders the matrix for reading: departments with the most measures first; plans (whole-plan rows)
 * on top; measures grouped under the first department that owns them, stated before inferred, then
 * by name.
 */
export const matrixModel = (
  r: Pick<ResponsibilitiesResponse, 'departments' | 'measures' | 'cells'>,
  filters: MatrixFilters = NO_FILTERS,
): MatrixModel => {
  // A row of hidden plans only (a measure carries its plan; a plan row is its own) leaves the matrix.
  const hiddenRow = new Set(
    r.measures
      .filter(
        (m) => (m.plans ?? []).length > 0 && (m.plans ?? []).every((p) => filters.hiddenPlans.includes(p)),
      )
      .map((m) => m.id as string),
  );
  const cells = new Map<string, ResponsibilityCell>();
  for (const c of r.cells) {
    if (filters.hiddenBasis.includes(c.basis) || hiddenRow.has(c.measure)) continue;
    const k = cellKey(c.measure, c.department);
    const seen = cells.get(k);
    // One relationship may reach a department twice (itself and through a predecessor): stated wins.
    if (!seen || (seen.basis === 'inferred' && c.basis === 'stated')) cells.set(k, c);
  }
  const perDept = new Map<string, number>();
  for (const c of cells.values()) perDept.set(c.department, (perDept.get(c.department) ?? 0) + 1);
  const columns = r.departments
    .filter((d) => perDept.has(d.id))
    .sort(
      (a, b) => (perDept.get(b.id) ?? 0) - (perDept.get(a.id) ?? 0) || a.name.localeCompare(b.name, 'zh'),
    );
  const colIndex = new Map(columns.map((d, i) => [d.id as string, i]));
  const firstOwner = (m: Measure): [number, number] => {
    let best: [number, number] = [Number.MAX_SAFE_INTEGER, 1];
    for (const d of columns) {
      const c = cells.get(cellKey(m.id, d.id));
      if (c) {
        best = [colIndex.get(d.id) ?? 0, c.basis === 'stated' ? 0 : 1];
        break;
      }
    }
    return best;
  };
  const rows = r.measures
    .filter((m) => columns.some((d) => cells.has(cellKey(m.id, d.id))))
    .map((m) => ({ m, key: firstOwner(m) }))
    .sort(
      (a, b) =>
        Number(b.m.label === 'Plan') - Number(a.m.label === 'Plan') ||
        a.key[0] - b.key[0] ||
        a.key[1] - b.key[1] ||
        a.m.name.localeCompare(b.m.name, 'zh'),
    )
    .map((x) => x.m);
  const all = [...cells.values()];
  return {
    columns,
    rows,
    cell: (measure, department) => cells.get(cellKey(measure, department)),
    cellsOf: (department) => rows.flatMap((m) => cells.get(cellKey(m.id, department)) ?? []),
    counts: {
      stated: all.filter((c) => c.basis === 'stated').length,
      inferred: all.filter((c) => c.basis === 'inferred').length,
    },
  };
};

/** How the reader sorted the matrix: rows and columns each by the model's order, name or count. */
export interface MatrixOrder {
  /** `owner`: the model's reading order (grouped under their first department). */
  rows: 'owner' | 'name' | 'count';
  /** `count`: the model's order (most cells first). */
  columns: 'count' | 'name';
}

export const DEFAULT_ORDER: MatrixOrder = { rows: 'owner', columns: 'count' };

/**
 * The same matrix in another order. Counts and cells do not change; plan rows stay on top.
 *
 * @example sortMatrix(m, { rows: 'count', columns: 'name' }).rows // measures with most departments first
 */
export const sortMatrix = (m: MatrixModel, order: MatrixOrder, lang: 'zh' | 'en' = 'zh'): MatrixModel => {
  const name = (x: { name: string; nameEn?: string }): string => (lang === 'en' && x.nameEn) || x.name;
  const byName = (a: { name: string; nameEn?: string }, b: { name: string; nameEn?: string }): number =>
    name(a).localeCompare(name(b), lang === 'zh' ? 'zh' : 'en');
  const columns = order.columns === 'name' ? [...m.columns].sort(byName) : m.columns;
  const perRow = (id: string): number => m.columns.filter((d) => m.cell(id, d.id)).length;
  const rank = new Map(m.rows.map((r, i) => [r.id as string, i]));
  const rows =
    order.rows === 'owner'
      ? m.rows
      : [...m.rows].sort(
          (a, b) =>
            Number(b.label === 'Plan') - Number(a.label === 'Plan') ||
            (order.rows === 'count' ? perRow(b.id) - perRow(a.id) : byName(a, b)) ||
            (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
        );
  const order2 = new Map(rows.map((r, i) => [r.id as string, i]));
  return {
    ...m,
    columns,
    rows,
    cellsOf: (department) =>
      m.cellsOf(department).sort((a, b) => (order2.get(a.measure) ?? 0) - (order2.get(b.measure) ?? 0)),
  };
};
