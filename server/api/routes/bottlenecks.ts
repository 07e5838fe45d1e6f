// GET /api/bottlenecks: parts and materials ranked by the distinct equipment and domains depending
// on them. The ranking walks the whole graph, so answers are kept per graph version (it never changes).
import { Router } from 'express';
import { bottlenecksQuerySchema, type BottlenecksResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { VersionMemo } from '../graph/version-memo';
import {
  bottleneckLabels,
  bottlenecksAnswer,
  type BottleneckRow,
} from '../../../core/query/bottlenecks-answer';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

export function bottleneckRoutes(ctx: ApiContext): Router {
  const router = Router();
  const memo = new VersionMemo<BottlenecksResponse>(32);
  router.get(
    ROUTE_PATHS.bottlenecks.path,
    graphHandler(
      ctx,
      (req) => parseRequest(bottlenecksQuerySchema, req.query, 'query parameter'),
      ({ limit, labels }, graph) => {
        const wanted = bottleneckLabels(labels);
        return memo.get(graph.version, `${limit}|${wanted.join(',')}`, async () => {
          const rows = await ctx.runner.read<BottleneckRow>('bottlenecks', {
            graph: graph.version,
            labels: wanted,
            limit: cypherInt(limit),
          });
          return bottlenecksAnswer(rows);
        });
      },
    ),
  );
  return router;
}
