// GET /api/nodes/:id (details, evidence, neighbour counts) and GET /api/nodes/:id/neighbors (by type
// and direction, capped, with the total for "+N more").
import { Router } from 'express';
import { NotFoundError } from '../../../core/errors';
import {
  neighborsQuerySchema,
  nodeParamsSchema,
  type NeighborsResponse,
  type NodeDetailsResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import {
  MAX_EVIDENCE_EDGES,
  neighborsAnswer,
  nodeDetailsAnswer,
  type DetailsRow,
  type NeighborsRow,
} from '../../../core/query/node-details';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

export const notFound = (id: string) =>
  new NotFoundError(`api: no node ${id} in the loaded graph; search for it with /api/search?q=`);

export function nodeRoutes(ctx: ApiContext): Router {
  const router = Router();

  router.get(
    ROUTE_PATHS.node.path,
    graphHandler(
      ctx,
      (req) => parseRequest(nodeParamsSchema, req.params, 'path parameter'),
      async ({ id }, graph): Promise<NodeDetailsResponse> => {
        const [row] = await ctx.runner.read<DetailsRow>('node-details', {
          graph: graph.version,
          id,
          maxEvidenceEdges: cypherInt(MAX_EVIDENCE_EDGES),
        });
        if (!row) throw notFound(id);
        return nodeDetailsAnswer(row);
      },
    ),
  );

  router.get(
    ROUTE_PATHS.neighbors.path,
    graphHandler(
      ctx,
      (req) => ({
        ...parseRequest(nodeParamsSchema, req.params, 'path parameter'),
        ...parseRequest(neighborsQuerySchema, req.query, 'query parameter'),
      }),
      async ({ id, types, direction, limit }, graph): Promise<NeighborsResponse> => {
        const [row] = await ctx.runner.read<NeighborsRow>('neighbors', {
          graph: graph.version,
          id,
          types: types ?? [],
          direction,
          limit: cypherInt(limit),
        });
        if (!row) throw notFound(id);
        return neighborsAnswer(id, row);
      },
    ),
  );

  return router;
}
