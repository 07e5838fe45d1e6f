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
import { impactAnswer } from '../graph/impact-hits';
import { traceLevels } from '../graph/trace-levels';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { toApiEdge, toApiNode, toNodeSummary, type EdgeRow, type NodeRow } from '../wire/rows';
import { notFound } from './nodes';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

interface TraceRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
  [key: string]: unknown;
}

interface ImpactRow {
  hits: { node: NodeRow; nodes: NodeRow[]; edges: EdgeRow[] }[];
  [key: string]: unknown;
}

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
        const edges = row.edges.map(toApiEdge);
        return {
          root: id,
          direction,
          depth,
          nodes: row.nodes.map((n) => toApiNode(n)),
          edges,
          levels: traceLevels(id, edges, direction),
          truncated: row.truncated,
        };
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
        const paths = row.hits.map((h) => ({
          hit: toNodeSummary(h.node),
          nodes: h.nodes.map((n) => toApiNode(n)),
          edges: h.edges.map(toApiEdge),
        }));
        return impactAnswer(id, paths, limit);
      },
    ),
  );

  return router;
}
