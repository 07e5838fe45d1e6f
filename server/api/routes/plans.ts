// GET /api/plans, GET /api/plans/:id/text (full text checked against the loaded graph, sections,
// mention spans) and GET /api/compare (entities in both plans, only in A, only in B, by label).
import { Router } from 'express';
import { NotFoundError } from '../../../core/errors';
import {
  compareQuerySchema,
  planParamsSchema,
  type CompareResponse,
  type PlansResponse,
  type PlanTextResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import type { CurrentGraph } from '../../load/types';
import { cypherInt } from '../db/read-runner';
import { createPlanTexts } from '../files/plan-texts';
import { compareAnswer, type CompareRow } from '../../../core/query/compare-plans';
import {
  entityCounts as countsOf,
  planSummary,
  plansAnswer,
  type EntityCountRow,
} from '../../../core/query/plan-summary';
import { planTextAnswer, type MentionRow } from '../../../core/query/plan-text';
import { planSections } from '../graph/plan-text';
import { VersionMemo } from '../graph/version-memo';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

const planNotFound = (id: string, graph: CurrentGraph, param = 'id') =>
  new NotFoundError(
    `api: no plan ${id} (${param}) in the loaded graph; known plans: ${graph.plans.join(', ') || 'none'}`,
  );

export function planRoutes(ctx: ApiContext): Router {
  const router = Router();
  const counts = new VersionMemo<Map<string, number>>(1);
  const texts = createPlanTexts(ctx.options.repoRoot, ctx.options.planStoreDir);

  const entityCounts = (graph: CurrentGraph) =>
    counts.get(graph.version, 'counts', async () => {
      const rows = await ctx.runner.read<EntityCountRow>('plan-entity-counts', { graph: graph.version });
      return countsOf(rows);
    });

  router.get(
    ROUTE_PATHS.plans.path,
    graphHandler(
      ctx,
      () => null,
      async (_input, graph): Promise<PlansResponse> => {
        return plansAnswer(graph.planMeta, await entityCounts(graph));
      },
    ),
  );

  router.get(
    ROUTE_PATHS.planText.path,
    graphHandler(
      ctx,
      (req) => parseRequest(planParamsSchema, req.params, 'path parameter'),
      async ({ id }, graph): Promise<PlanTextResponse> => {
        const meta = graph.planMeta.find((p) => p.id === id);
        if (!meta) throw planNotFound(id, graph);
        const [text, entities, rows] = await Promise.all([
          texts.read(meta),
          entityCounts(graph),
          ctx.runner.read<MentionRow>('plan-mentions', {
            graph: graph.version,
            plan: id,
          }),
        ]);
        return planTextAnswer(planSummary(meta, entities), text, planSections(text), rows);
      },
    ),
  );

  router.get(
    ROUTE_PATHS.compare.path,
    graphHandler(
      ctx,
      (req) => parseRequest(compareQuerySchema, req.query, 'query parameter'),
      async ({ a, b, limit }, graph): Promise<CompareResponse> => {
        for (const [id, param] of [
          [a, 'a'],
          [b, 'b'],
        ] as const)
          if (!graph.plans.includes(id)) throw planNotFound(id, graph, param);
        const rows = await ctx.runner.read<CompareRow>('compare-plans', {
          graph: graph.version,
          a,
          b,
          limit: cypherInt(limit + 1),
        });
        return compareAnswer(a, b, rows, limit);
      },
    ),
  );

  return router;
}
