// GET /api/overview and /api/compare: the opening view and the comparison of two plans.
import { z } from 'zod';
import { intParam, nodeLabelSchema, planIdString } from './fields';
import { nodeSummarySchema } from './graph';
import { LIMITS } from './limits';

/**
 * The opening view: `limit` nodes at most, as ⌈limit/5⌉ domains (those with the most equipment),
 * each with its 4 best-connected equipment, and the edges among them.
 */
export const overviewQuerySchema = z.object({
  limit: intParam(5, LIMITS.overview.default, LIMITS.overview.max),
});

export const compareQuerySchema = z.object({
  a: planIdString,
  b: planIdString,
  /** Most entities over the three groups. */
  limit: intParam(1, LIMITS.compare.default, LIMITS.compare.max),
});

const byLabel = z.record(nodeLabelSchema, z.array(nodeSummarySchema));

export const compareResponseSchema = z.object({
  a: planIdString,
  b: planIdString,
  both: byLabel,
  onlyA: byLabel,
  onlyB: byLabel,
  /** True when more entities than `limit` matched (absent means false). */
  truncated: z.boolean().optional(),
});

export type CompareQuery = z.input<typeof compareQuerySchema>;
export type OverviewQuery = z.input<typeof overviewQuerySchema>;
export type CompareResponse = z.infer<typeof compareResponseSchema>;
