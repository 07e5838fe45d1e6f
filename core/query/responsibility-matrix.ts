// Assembles the department x measure matrix from the rows of cypher/queries/responsibilities.cypher:
// departments (each with the predecessor bodies folded into it), measures (with what they reach)
// and one cell per (department, measure, via). Pure.
import type { ApiEdge, NodeSummary, ResponsibilitiesResponse, ResponsibilityCell } from '../contract';
import { responsibilityExtras } from '../model/edge-props';
import type { PlanId } from '../model/ids';
import { byCodePoint, toApiEdge, toNodeSummary, type NodeRow } from './rows';

/** Nodes listed per measure under `reaches`. */
export const MAX_REACH = 100;

/** A row of cypher/queries/responsibilities.cypher. */
export interface ResponsibilityQueryRow {
  department: NodeRow;
  via: NodeRow | null;
  measure: NodeRow;
  basis: string | null;
  rule: string | null;
  evidenceJson: string | null;
  propsJson: string | null;
  [key: string]: unknown;
}

/** A row of cypher/queries/measure-reach.cypher. */
export interface MeasureReachRow {
  measure: string;
  reaches: NodeRow[];
  [key: string]: unknown;
}

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

export const responsibilityRows = (raw: readonly ResponsibilityQueryRow[]): ResponsibilityRow[] =>
  raw.map((r) => {
    const edge = toApiEdge({ type: 'RESPONSIBLE_FOR', source: r.department.id, target: r.measure.id, ...r });
    const measure = toNodeSummary(r.measure);
    return {
      department: toNodeSummary(r.department),
      via: r.via ? toNodeSummary(r.via) : null,
      measure,
      // A plan row belongs to itself; a measure to the plans of its node.
      plans: (measure.label === 'Plan'
        ? [measure.id.slice('plan:'.length)]
        : (r.measure.plans ?? [])) as PlanId[],
      basis: edge.basis,
      rule: edge.rule,
      evidence: edge.evidence,
      ...(edge.props ? { props: edge.props } : {}),
    };
  });

/** The measures whose reach the matrix lists: those of the rows kept, once each. */
export const reachedMeasures = (rows: readonly ResponsibilityRow[], limit: number): string[] => [
  ...new Set(rows.slice(0, limit).map((r) => r.measure.id)),
];

/** What each measure reaches, by measure id, in id order (as the query sorts them). */
export const reachMap = (rows: readonly MeasureReachRow[]): Map<string, NodeSummary[]> =>
  new Map(rows.map((r) => [r.measure, r.reaches.map(toNodeSummary).sort((a, b) => byCodePoint(a.id, b.id))]));
