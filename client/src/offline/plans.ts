// Plans, plan comparison and plan texts from the snapshot, as /api/plans, /api/compare and
// /api/plans/:id/text answer. Pure.
import type { CompareResponse, PlanSummary, PlanTextResponse } from '../../../server/api/contract';
import type { NodeLabel } from '../../../server/model/graph-model';
import type { PlanId } from '../../../server/model/ids';
import type { GraphNode, PlanMeta } from '../../../server/model/interchange';
import type { GraphIndex } from './graph-index';
import { toSummary } from './wire-shapes';

const planSummary = (g: GraphIndex, p: PlanMeta): PlanSummary => ({
  id: p.id,
  title: p.title,
  titleEn: p.titleEn,
  year: p.year,
  file: p.file,
  ...(p.issuers ? { issuers: p.issuers } : {}),
  entities: [...g.nodes.values()].filter((n) => n.label !== 'Plan' && n.plans.includes(p.id)).length,
});

export const plans = (g: GraphIndex): { plans: PlanSummary[] } => ({
  plans: g.plans.map((p) => planSummary(g, p)),
});

const byLabel = (nodes: GraphNode[]): CompareResponse['both'] => {
  const out: Partial<Record<NodeLabel, ReturnType<typeof toSummary>[]>> = {};
  for (const n of [...nodes].sort((a, b) => a.id.localeCompare(b.id)))
    (out[n.label] ??= []).push(toSummary(n));
  return out as CompareResponse['both'];
};

/** Entities in both plans, only in A, only in B, by label (the Plan nodes themselves left out). */
export const compare = (g: GraphIndex, q: { a: PlanId; b: PlanId }): CompareResponse => {
  const entities = [...g.nodes.values()].filter((n) => n.label !== 'Plan');
  const inA = (n: GraphNode): boolean => n.plans.includes(q.a);
  const inB = (n: GraphNode): boolean => n.plans.includes(q.b);
  return {
    a: q.a,
    b: q.b,
    both: byLabel(entities.filter((n) => inA(n) && inB(n))),
    onlyA: byLabel(entities.filter((n) => inA(n) && !inB(n))),
    onlyB: byLabel(entities.filter((n) => !inA(n) && inB(n))),
  };
};

/**
 * A plan's text with the entity mentions in it; sections are reconstructed from the mentions'
 * section paths (the snapshot carries no heading index), each spanning its first to last mention.
 */
export const planText = (
  g: GraphIndex,
  texts: Readonly<Record<string, string>>,
  id: PlanId,
): PlanTextResponse | null => {
  const meta = g.plans.find((p) => p.id === id);
  const text = texts[id];
  if (!meta || text === undefined) return null;
  const mentions = [...g.nodes.values()]
    .filter((n) => n.label !== 'Plan')
    .flatMap((n) =>
      n.mentions
        .filter((m) => m.plan === id)
        .map((m) => ({ node: n.id, label: n.label, start: m.start, end: m.end, section: m.section })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const sections = new Map<string, { start: number; end: number }>();
  for (const m of mentions) {
    const s = sections.get(m.section);
    sections.set(
      m.section,
      s ? { start: Math.min(s.start, m.start), end: Math.max(s.end, m.end) } : { start: m.start, end: m.end },
    );
  }
  return {
    plan: planSummary(g, meta),
    text,
    sections: [...sections].map(([path, s]) => ({
      path,
      title: path.split(' > ').at(-1) ?? path,
      level: path.split(' > ').length,
      ...s,
    })),
    mentions,
  };
};
