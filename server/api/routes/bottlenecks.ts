// GET /api/bottlenecks: parts and materials ranked by the distinct equipment and domains depending
// on them. The ranking walks the whole graph, so answers are kept per graph version (it never changes).
import { Router } from 'express';
import {
  bottlenecksQuerySchema,
  type BottleneckItem,
  type BottlenecksResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { toNodeSummary, type NodeRow } from '../wire/rows';
import { VersionMemo } from '../graph/version-memo';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

interface BottleneckRow {
  node: NodeRow;
  equipment: number;
  domains: number;
  score: number;
  [key: string]: unknown;
}

export function bottleneckRoutes(ctx: ApiContext): Router {
  const router = Router();
  const memo = new VersionMemo<BottlenecksResponse>(32);
  router.get(
    ROUTE_PATHS.bottlenecks.path,
    graphHandler(
      ctx,
      (req) => parseRequest(bottlenecksQuerySchema, req.query, 'query parameter'),
      ({ limit, labels }, graph) => {
        const wanted = labels && labels.length > 0 ? [...new Set(labels)].sort() : ['Component', 'Material'];
        return memo.get(graph.version, `${limit}|${wanted.join(',')}`, async () => {
          const rows = await ctx.runner.read<BottleneckRow>('bottlenecks', {
            graph: graph.version,
            labels: wanted,
            limit: cypherInt(limit),
          });
          const items: BottleneckItem[] = rows.map((r) => ({
            node: toNodeSummary(r.node),
            equipment: r.equipment,
            domains: r.domains,
            score: r.score,
          }));
          return { items };
        });
      },
    ),
  );
  return router;
}
