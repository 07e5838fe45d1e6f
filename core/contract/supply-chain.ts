// GET /api/supply-chain/:id and /api/impact/:id: traversals along the supply chain.
import { z } from 'zod';
import { intParam, nodeIdString } from './fields';
import { graphSchema, nodeSummarySchema } from './graph';
import { LIMITS } from './limits';

export const supplyChainQuerySchema = z.object({
  direction: z.enum(['upstream', 'downstream']).default('upstream'),
  depth: intParam(LIMITS.supplyChainDepth.min, LIMITS.supplyChainDepth.default, LIMITS.supplyChainDepth.max),
  limit: intParam(1, LIMITS.supplyChainNodes.default, LIMITS.supplyChainNodes.max),
});

export const supplyChainResponseSchema = graphSchema.extend({
  root: nodeIdString,
  direction: z.enum(['upstream', 'downstream']),
  depth: z.number().int(),
  /** Hops from the root per node id (shortest), for layered layouts. */
  levels: z.record(z.string(), z.number().int()),
  truncated: z.boolean(),
});

export const impactQuerySchema = z.object({
  limit: intParam(1, LIMITS.impact.default, LIMITS.impact.max),
});

export const impactHitSchema = nodeSummarySchema.extend({
  hops: z.number().int(),
  /** Node ids from the unavailable node to the hit, along one shortest downstream path. */
  path: z.array(nodeIdString),
});

export const impactResponseSchema = graphSchema.extend({
  root: nodeIdString,
  equipment: z.array(impactHitSchema),
  domains: z.array(impactHitSchema),
  truncated: z.boolean(),
});

export type SupplyChainQuery = z.input<typeof supplyChainQuerySchema>;
export type SupplyChainResponse = z.infer<typeof supplyChainResponseSchema>;
export type ImpactQuery = z.input<typeof impactQuerySchema>;
export type ImpactResponse = z.infer<typeof impactResponseSchema>;
