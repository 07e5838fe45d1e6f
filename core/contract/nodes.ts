// GET /api/nodes/:id and /api/nodes/:id/neighbors: one node with its evidence, and its neighbours.
import { z } from 'zod';
import { REL_TYPES } from '../model/graph-model';
import { intParam, listParam, nodeIdString, relTypeSchema } from './fields';
import { apiNodeSchema, evidenceWire, graphSchema } from './graph';
import { LIMITS } from './limits';

export const nodeParamsSchema = z.object({ id: nodeIdString });

export const neighborCountSchema = z.object({
  type: relTypeSchema,
  direction: z.enum(['in', 'out']),
  count: z.number().int(),
});

export const nodeDetailsResponseSchema = z.object({
  node: apiNodeSchema,
  /** Every passage behind the node's relationships, each with the edge it supports. */
  evidence: z.array(
    evidenceWire.extend({
      edge: z.object({ type: relTypeSchema, source: nodeIdString, target: nodeIdString }),
    }),
  ),
  neighborCounts: z.array(neighborCountSchema),
});

export const directionSchema = z.enum(['in', 'out', 'both']);

export const neighborsQuerySchema = z.object({
  types: listParam(REL_TYPES),
  direction: directionSchema.default('both'),
  limit: intParam(1, LIMITS.neighbors.default, LIMITS.neighbors.max),
});

export const neighborsResponseSchema = graphSchema.extend({
  center: nodeIdString,
  /** How many neighbours match in all; `total - returned` is the "+N more". */
  total: z.number().int(),
  returned: z.number().int(),
});

export type NodeDetailsResponse = z.infer<typeof nodeDetailsResponseSchema>;
export type NeighborsQuery = z.input<typeof neighborsQuerySchema>;
export type NeighborsResponse = z.infer<typeof neighborsResponseSchema>;
