// The plans list (GET /api/plans): each plan's metadata with how many entities it mentions, from the
// rows of cypher/queries/plan-entity-counts.cypher. Pure.
import type { PlanSummary, PlansResponse } from '../contract';
import type { PlanMeta } from '../model/interchange';

export interface EntityCountRow {
  plan: string;
  entities: number;
  [key: string]: unknown;
}

export const entityCounts = (rows: readonly EntityCountRow[]): Map<string, number> =>
  new Map(rows.map((r) => [r.plan, r.entities]));

export function planSummary(meta: PlanMeta, entities: ReadonlyMap<string, number>): PlanSummary {
  const s: PlanSummary = {
    id: meta.id,
    title: meta.title,
    titleEn: meta.titleEn,
    year: meta.year,
    file: meta.file,
    entities: entities.get(meta.id) ?? 0,
  };
  if (meta.issuers) s.issuers = meta.issuers;
  return s;
}

/** Oldest first, then by id. */
export const plansAnswer = (
  metas: readonly PlanMeta[],
  entities: ReadonlyMap<string, number>,
): PlansResponse => ({
  plans: metas
    .map((m) => planSummary(m, entities))
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)),
});
