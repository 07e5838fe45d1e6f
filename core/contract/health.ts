// GET /api/health and /api/health/ping.
import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({ connected: z.boolean(), version: z.string().optional() }),
  /** Null while Neo4j is unreachable or before the first load. */
  graph: z
    .object({
      version: z.string(),
      nodes: z.number().int(),
      edges: z.number().int(),
      plans: z.number().int(),
      loadedAt: z.string(),
      hash: z.string(),
    })
    .nullable(),
  /** Why the status is not ok. */
  reason: z.string().optional(),
});

export const pingResponseSchema = z.object({ ok: z.literal(true) });

export type HealthResponse = z.infer<typeof healthResponseSchema>;
