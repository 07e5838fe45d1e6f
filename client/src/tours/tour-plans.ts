// Which plans a tour refers to (its comparison steps, and plan nodes it shows or expects), and
// which of them the loaded graph lacks: a tour is playable only with all of its plans loaded.
import type { Tour, TourStep } from './tour-schema';

const PLAN_NODE = /^plan:(.+)$/;

const stepPlanIds = (step: TourStep): string[] => {
  const fromShow = step.show.query === 'compare' ? [step.show.a, step.show.b] : [];
  const nodes = [...(step.show.query === 'nodes' ? step.show.ids : []), ...step.expect.nodes];
  const fromNodes = nodes.flatMap((id) => PLAN_NODE.exec(id)?.[1] ?? []);
  return [...fromShow, ...fromNodes];
};

/** The plan ids a tour needs, each once, in order of first use. */
export const tourPlanIds = (tour: Tour): string[] => [...new Set(tour.steps.flatMap(stepPlanIds))];

/**
 * The plans `tour` needs that the graph does not hold.
 * @example missingPlans(plansTour, [{ id: 'meq-2021' }]) // ['hist-2017']
 */
export const missingPlans = (tour: Tour, loaded: readonly { id: string }[]): string[] => {
  const have = new Set(loaded.map((p) => p.id));
  return tourPlanIds(tour).filter((id) => !have.has(id));
};

/** A plan's short name in a legend: its year from the graph, else the year its id ends with. */
export const planShortName = (id: string, loaded: readonly { id: string; year: number }[]): string =>
  String(loaded.find((p) => p.id === id)?.year ?? /\d{4}$/.exec(id)?.[0] ?? id);
