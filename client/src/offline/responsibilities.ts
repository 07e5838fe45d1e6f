// The department x measure matrix (RESPONSIBLE_FOR), with predecessor bodies folded into their
// successors through SUCCEEDED_BY, as /api/responsibilities answers. Pure.
import type { NodeSummary, ResponsibilitiesResponse } from '../../../core/contract';
import { responsibilityExtras } from '../../../core/model/edge-props';
import type { NodeId, PlanId } from '../../../core/model/ids';
import { incident, type GraphIndex } from './graph-index';
import { walkChain } from './supply-chain';
import { toSummary } from './wire-shapes';

/** The body a department became: follow SUCCEEDED_BY to the end (bounded against cycles). */
export const currentBody = (g: GraphIndex, id: string): string => {
  let at = id;
  for (let i = 0; i < 10; i++) {
    const next = incident(g, at, 'out', ['SUCCEEDED_BY'])[0];
    if (!next) break;
    at = next.target;
  }
  return at;
};

const summary = (g: GraphIndex, id: string): NodeSummary[] => {
  const n = g.nodes.get(id);
  return n ? [toSummary(n)] : [];
};

/** What a measure targets, and everything downstream of that along the supply chain. */
export const measureReach = (g: GraphIndex, measure: string, limit = 50): NodeSummary[] => {
  const seen = new Set<string>();
  for (const t of incident(g, measure, 'out', ['TARGETS'])) {
    seen.add(t.target);
    for (const id of walkChain(g, t.target, 'downstream', 6, limit).hops.keys()) seen.add(id);
  }
  return [...seen].slice(0, limit).flatMap((id) => summary(g, id));
};

export const responsibilities = (
  g: GraphIndex,
  q: { department?: NodeId; limit: number },
): ResponsibilitiesResponse => {
  const cells: ResponsibilitiesResponse['cells'] = [];
  const predecessors = new Map<string, Set<string>>();
  for (const e of g.edges) {
    // Plans are rows too, as on the server: their lead departments are the stated cells.
    const rowLabel = g.nodes.get(e.target)?.label;
    if (e.type !== 'RESPONSIBLE_FOR' || (rowLabel !== 'Measure' && rowLabel !== 'Plan')) continue;
    const department = currentBody(g, e.source);
    if (department !== e.source)
      predecessors.set(department, (predecessors.get(department) ?? new Set()).add(e.source));
    if (q.department && department !== q.department) continue;
    cells.push({
      department: department as NodeId,
      measure: e.target,
      basis: e.basis,
      ...(e.rule !== undefined ? { rule: e.rule } : {}),
      evidence: e.evidence,
      ...(department !== e.source ? { via: e.source } : {}),
      ...responsibilityExtras(e.props),
    });
  }
  const truncated = cells.length > q.limit;
  const kept = cells.slice(0, q.limit);
  const departments = [...new Set(kept.map((c) => c.department as string))].flatMap((id) =>
    summary(g, id).map((s) => ({
      ...s,
      predecessors: [...(predecessors.get(id) ?? [])].flatMap((p) => summary(g, p)),
    })),
  );
  const measures = [...new Set(kept.map((c) => c.measure as string))].flatMap((id) =>
    summary(g, id).map((s) => ({
      ...s,
      reaches: s.label === 'Plan' ? [] : measureReach(g, id),
      plans: s.label === 'Plan' ? [id.slice('plan:'.length) as PlanId] : (g.nodes.get(id)?.plans ?? []),
    })),
  );
  return { departments, measures, cells: kept, truncated };
};
