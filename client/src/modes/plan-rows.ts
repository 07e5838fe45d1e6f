// The plans as rows of the responsibility matrix: the plans name the departments that lead them
// (stated RESPONSIBLE_FOR to a Plan), while measure-level duties come from remit rules (inferred).
// A planner sees both: who leads each plan as a whole, then who owns each measure. Pure.
import type { ResponsibilitiesResponse } from '../../../server/api/contract';
import type { WireGraph } from '../api/wire';

/** Adds one row per plan and one cell per department stated as responsible for it. */
export const withPlanRows = (
  r: ResponsibilitiesResponse,
  planGraphs: readonly WireGraph[],
): ResponsibilitiesResponse => {
  const departments = [...r.departments];
  const measures = [...r.measures];
  const cells = [...r.cells];
  for (const g of planGraphs)
    for (const e of g.edges) {
      if (e.type !== 'RESPONSIBLE_FOR') continue;
      const plan = g.nodes.find((n) => n.id === e.target && n.label === 'Plan');
      const dept = g.nodes.find((n) => n.id === e.source && n.label === 'Department');
      if (!plan || !dept) continue;
      if (!measures.some((m) => m.id === plan.id))
        measures.push({ id: plan.id, label: plan.label, name: plan.name, nameEn: plan.nameEn, reaches: [] });
      if (!departments.some((d) => d.id === dept.id))
        departments.push({
          id: dept.id,
          label: dept.label,
          name: dept.name,
          nameEn: dept.nameEn,
          predecessors: [],
        });
      cells.push({
        department: dept.id,
        measure: plan.id,
        basis: e.basis,
        ...(e.rule ? { rule: e.rule } : {}),
        evidence: e.evidence,
      });
    }
  return { ...r, departments, measures, cells };
};
