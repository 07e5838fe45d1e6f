// GET /api/supply-chain/:id (upstream or downstream, depth 1-6) and GET /api/impact/:id (every
// equipment and domain hit if the node is unavailable, with paths).
import { Router } from 'express';
import {
  impactQuerySchema,
  nodeParamsSchema,
  supplyChainQuerySchema,
  type ImpactResponse,
  type SupplyChainResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { impactAnswer, impactPaths, type ImpactRow } from '../../../core/query/impact-answer';
import { supplyChainAnswer, type TraceRow } from '../../../core/query/supply-chain-answer';
import { notFound } from './nodes';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

export function supplyChainRoutes(ctx: ApiContext): Router {
  const router = Router();

  router.get(
    ROUTE_PATHS.supplyChain.path,
    graphHandler(
      ctx,
      (req) => ({
        ...parseRequest(nodeParamsSchema, req.params, 'path parameter'),
        ...parseRequest(supplyChainQuerySchema, req.query, 'query parameter'),
      }),
      async ({ id, direction, depth, limit }, graph): Promise<SupplyChainResponse> => {
        const [row] = await ctx.runner.read<TraceRow>(
          `supply-chain-${direction}`,
          { graph: graph.version, id, limit: cypherInt(limit) },
          { DEPTH: depth },
        );
        if (!row) throw notFound(id);
        return supplyChainAnswer(id, direction, depth, row);
      },
    ),
  );

  router.get(
    ROUTE_PATHS.impact.path,
    graphHandler(
      ctx,
      (req) => ({
        ...parseRequest(nodeParamsSchema, req.params, 'path parameter'),
        ...parseRequest(impactQuerySchema, req.query, 'query parameter'),
      }),
      async ({ id, limit }, graph): Promise<ImpactResponse> => {
        const [row] = await ctx.runner.read<ImpactRow>('impact', {
          graph: graph.version,
          id,
          limit: cypherInt(limit + 1),
        });
        if (!row) throw notFound(id);
        return impactAnswer(id, impactPaths(row), limit);
      },
    ),
  );

  return router;
}
