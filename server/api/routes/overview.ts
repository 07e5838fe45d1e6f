// GET /api/overview: the page's opening view in one query (the largest domains, each with its
// best-connected equipment, and the edges among them). Kept per graph version: it never changes.
import { Router } from 'express';
import { overviewQuerySchema, type ApiGraph } from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { VersionMemo } from '../graph/version-memo';
import { overviewAnswer, overviewParams, type OverviewRow } from '../../../core/query/overview-answer';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

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
          const { domains, perDomain } = overviewParams(limit);
          const [row] = await ctx.runner.read<OverviewRow>('overview', {
            graph: graph.version,
            domains: cypherInt(domains),
            perDomain: cypherInt(perDomain),
          });
          return overviewAnswer(row, limit);
        }),
    ),
  );
  return router;
}
