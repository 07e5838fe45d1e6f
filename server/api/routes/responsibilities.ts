// GET /api/responsibilities: the department x measure matrix (plans are rows too, for the departments
// a plan states as its leads) with basis, rule and evidence,
// filterable by department, predecessor bodies resolved to their successors, and what each
// measure reaches down the supply chain.
import { Router } from 'express';
import { responsibilitiesQuerySchema, type ResponsibilitiesResponse } from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import {
  MAX_REACH,
  reachedMeasures,
  reachMap,
  responsibilityMatrix,
  responsibilityRows,
  type MeasureReachRow,
  type ResponsibilityQueryRow,
} from '../../../core/query/responsibility-matrix';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { notFound } from './nodes';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

export function responsibilityRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get(
    ROUTE_PATHS.responsibilities.path,
    graphHandler(
      ctx,
      (req) => parseRequest(responsibilitiesQuerySchema, req.query, 'query parameter'),
      async ({ department, limit }, graph): Promise<ResponsibilitiesResponse> => {
        const params = { graph: graph.version, department: department ?? null, limit: cypherInt(limit + 1) };
        const raw = await ctx.runner.read<ResponsibilityQueryRow>('responsibilities', params);
        if (department !== undefined && raw.length === 0) {
          const exists = await ctx.runner.read('node-exists', { graph: graph.version, id: department });
          if (exists.length === 0) throw notFound(department);
        }
        const rows = responsibilityRows(raw);
        const reachRows = await ctx.runner.read<MeasureReachRow>('measure-reach', {
          graph: graph.version,
          measures: reachedMeasures(rows, limit),
          maxReach: cypherInt(MAX_REACH),
        });
        return responsibilityMatrix(rows, reachMap(reachRows), limit);
      },
    ),
  );
  return router;
}
