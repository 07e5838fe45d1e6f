// GET /api/bottlenecks: parts and materials ranked by what depends on them.
import { z } from 'zod';
import { intParam, listParam } from './fields';
import { nodeSummarySchema } from './graph';
import { LIMITS } from './limits';

export const bottlenecksQuerySchema = z.object({
  limit: intParam(1, LIMITS.bottlenecks.default, LIMITS.bottlenecks.max),
  labels: listParam(['Component', 'Material'] as const),
});

export const bottleneckItemSchema = z.object({
  node: nodeSummarySchema,
  equipment: z.number().int(),
  domains: z.number().int(),
  /** equipment + domains: the rank key. */
  score: z.number().int(),
});

export const bottlenecksResponseSchema = z.object({ items: z.array(bottleneckItemSchema) });

export type BottlenecksQuery = z.input<typeof bottlenecksQuerySchema>;
export type BottleneckItem = z.infer<typeof bottleneckItemSchema>;
export type BottlenecksResponse = z.infer<typeof bottlenecksResponseSchema>;
