// POST /api/cypher: the read-only Cypher console.
import { z } from 'zod';
import { LIMITS } from './limits';

export const cypherRequestSchema = z.object({
  query: z.string().min(1).max(LIMITS.cypher.maxQueryLength),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** Values as JSON: nodes `{labels, properties}`, relationships `{type, properties}`, paths as lists. */
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
  /** Which cap stopped the answer when `truncated`: 1,000 rows or 2,000,000 bytes of rows as JSON. */
  truncatedBy: z.enum(['rows', 'bytes']).optional(),
  elapsedMs: z.number(),
});

export type CypherRequest = z.infer<typeof cypherRequestSchema>;
export type CypherResponse = z.infer<typeof cypherResponseSchema>;
