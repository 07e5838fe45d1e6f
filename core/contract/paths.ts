// GET /api/paths: k shortest paths between two nodes.
import { z } from 'zod';
import { REL_TYPES } from '../model/graph-model';
import { intParam, listParam, nodeIdString } from './fields';
import { graphSchema } from './graph';
import { LIMITS } from './limits';

export const pathsQuerySchema = z.object({
  from: nodeIdString,
  to: nodeIdString,
  k: intParam(1, LIMITS.paths.k.default, LIMITS.paths.k.max),
  maxHops: intParam(1, LIMITS.paths.maxHops.default, LIMITS.paths.maxHops.max),
  types: listParam(REL_TYPES),
});

export const pathSchema = graphSchema.extend({
  hops: z.number().int(),
  /** Node ids in walk order from `from` to `to`. */
  order: z.array(nodeIdString),
});

export const pathsResponseSchema = z.object({ paths: z.array(pathSchema) });

export type PathsQuery = z.input<typeof pathsQuerySchema>;
export type ApiPath = z.infer<typeof pathSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
