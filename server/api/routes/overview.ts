// GET /api/overview: the page's opening view in one query (the largest domains, each with its
// best-connected equipment, and the edges among them). Kept per graph version: it never changes.
import { Router } from 'express';
import { overviewQuerySchema, type ApiGraph } from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { VersionMemo } from '../graph/version-memo';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { toApiEdge, toApiNode, type EdgeRow, type NodeRow } from '../wire/rows';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

const PER_DOMAIN = 4;

interface OverviewRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
  [key: string]: unknown;
}

export function overviewRoutes(ctx: ApiContext): Router {
  const router = Router();
  const memo = new VersionMemo<ApiGraph>(16);
  router.get(
    ROUTE_PATHS.overview.path,
    graphHandler(
      ctx,
      (req) => parseRequest(overviewQuerySchema, req.query, 'query parameter'),
      ({ limit }, graph) =>
        memo.get(graph.version, String(limit), async () => {
          const [row] = await ctx.runner.read<OverviewRow>('overview', {
            graph: graph.version,
            domains: cypherInt(Math.ceil(limit / (PER_DOMAIN + 1))),
            perDomain: cypherInt(PER_DOMAIN),
          });
          const nodes = (row?.nodes ?? []).map((n) => toApiNode(n)).slice(0, limit);
          const kept = new Set<string>(nodes.map((n) => n.id));
          const edges = (row?.edges ?? [])
            .map(toApiEdge)
            .filter((e) => kept.has(e.source) && kept.has(e.target));
          return { nodes, edges };
        }),
    ),
  );
  return router;
}
