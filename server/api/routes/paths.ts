// GET /api/paths: the k shortest paths between two nodes (k <= 5, maxHops <= 8), optionally over
// some relationship types only.
import { Router } from 'express';
import { InvalidInputError, NotFoundError } from '../../../core/errors';
import { REL_TYPES } from '../../../core/model/graph-model';
import { pathsQuerySchema, type PathsResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { pathCandidates, pathsAnswer, type PathsRow } from '../../../core/query/paths-answer';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

export function pathRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get(
    ROUTE_PATHS.paths.path,
    graphHandler(
      ctx,
      (req) => {
        const q = parseRequest(pathsQuerySchema, req.query, 'query parameter');
        if (q.from === q.to)
          throw new InvalidInputError(
            'api: query parameters from and to name the same node; pick two different nodes',
            { path: 'to' },
          );
        return q;
      },
      async ({ from, to, k, maxHops, types }, graph): Promise<PathsResponse> => {
        // One path: all the shortest, of which the answer keeps the first by node ids. More: more
        // candidates than k, as the answer drops those that pass through a node twice.
        const [row] = await ctx.runner.read<PathsRow>(
          k === 1 ? 'paths-all-shortest' : 'paths',
          { graph: graph.version, from, to, types: types && types.length > 0 ? types : [...REL_TYPES] },
          k === 1 ? { MAX_HOPS: maxHops } : { K: pathCandidates(k), MAX_HOPS: maxHops },
        );
        if (!row?.fromFound)
          throw new NotFoundError(`api: no node ${from} (query parameter from) in the loaded graph`);
        if (!row.toFound)
          throw new NotFoundError(`api: no node ${to} (query parameter to) in the loaded graph`);
        return pathsAnswer(row, k);
      },
    ),
  );
  return router;
}
