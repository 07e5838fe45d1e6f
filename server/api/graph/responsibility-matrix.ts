// Assembles the department x measure matrix from the rows of cypher/queries/responsibilities.cypher:
// departments (each with the predecessor bodies folded into it), measures (with what they reach)
// and one cell per (department, measure, via). Pure.
import type { ApiEdge, NodeSummary, ResponsibilitiesResponse, ResponsibilityCell } from '../contract';
import { responsibilityExtras } from '../../model/edge-props';
import type { PlanId } from '../../model/ids';

export interface ResponsibilityRow {
  department: NodeSummary;
  via: NodeSummary | null;
  measure: NodeSummary;
  /** The measure's plans (a plan row: its own id). */
  plans?: PlanId[];
  basis: ApiEdge['basis'];
  rule?: string;
  evidence: ApiEdge['evidence'];
  /** The edge's extras: `role`, `reasonZh`, `reasonEn`. */
  props?: ApiEdge['props'];
}

export function responsibilityMatrix(
  rows: readonly ResponsibilityRow[],
  reaches: ReadonlyMap<string, NodeSummary[]>,
  limit: number,
): ResponsibilitiesResponse {
  const kept = rows.slice(0, limit);
  const departments = new Map<string, ResponsibilitiesResponse['departments'][number]>();
  const measures = new Map<string, ResponsibilitiesResponse['measures'][number]>();
  const cells: ResponsibilityCell[] = [];
  for (const row of kept) {
    let dept = departments.get(row.department.id);
    if (!dept) {
      dept = { ...row.department, predecessors: [] };
      departments.set(row.department.id, dept);
    }
    if (row.via && !dept.predecessors.some((p) => p.id === row.via?.id)) dept.predecessors.push(row.via);
    if (!measures.has(row.measure.id))
      measures.set(row.measure.id, {
        ...row.measure,
        reaches: reaches.get(row.measure.id) ?? [],
        ...(row.plans ? { plans: row.plans } : {}),
      });
    const cell: ResponsibilityCell = {
      department: row.department.id,
      measure: row.measure.id,
      basis: row.basis,
      evidence: row.evidence,
      ...responsibilityExtras(row.props),
    };
    if (row.rule) cell.rule = row.rule;
    if (row.via) cell.via = row.via.id;
    cells.push(cell);
  }
  return {
    departments: [...departments.values()],
    measures: [...measures.values()],
    cells,
    truncated: rows.length > limit,
  };
}
