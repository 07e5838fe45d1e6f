// GET /api/plans, GET /api/plans/:id/text (full text checked against the loaded graph, sections,
// mention spans) and GET /api/compare (entities in both plans, only in A, only in B, by label).
import { Router } from 'express';
import { NotFoundError } from '../../../core/errors';
import type { PlanMeta } from '../../../core/model/interchange';
import {
  compareQuerySchema,
  planParamsSchema,
  type CompareResponse,
  type PlanSummary,
  type PlansResponse,
  type PlanTextResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import type { CurrentGraph } from '../../load/types';
import { cypherInt } from '../db/read-runner';
import { createPlanTexts } from '../files/plan-texts';
import { comparePlans } from '../graph/compare-plans';
import { planTextAnswer, type MentionRow } from '../graph/plan-text';
import { VersionMemo } from '../graph/version-memo';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { toNodeSummary, type NodeRow } from '../wire/rows';
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
      const rows = await ctx.runner.read<{ plan: string; entities: number }>('plan-entity-counts', {
        graph: graph.version,
      });
      return new Map(rows.map((r) => [r.plan, r.entities]));
    });

  const summary = (meta: PlanMeta, entities: Map<string, number>): PlanSummary => {
    const s: PlanSummary = {
      id: meta.id,
      title: meta.title,
      titleEn: meta.titleEn,
      year: meta.year,
      file: meta.file,
      entities: entities.get(meta.id) ?? 0,
    };
    if (meta.issuers) s.issuers = meta.issuers;
    return s;
  };

  router.get(
    ROUTE_PATHS.plans.path,
    graphHandler(
      ctx,
      () => null,
      async (_input, graph): Promise<PlansResponse> => {
        const entities = await entityCounts(graph);
        return {
          plans: graph.planMeta
            .map((m) => summary(m, entities))
            .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)),
        };
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
          ctx.runner.read<MentionRow & Record<string, unknown>>('plan-mentions', {
            graph: graph.version,
            plan: id,
          }),
        ]);
        return planTextAnswer(summary(meta, entities), text, rows);
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
        const rows = await ctx.runner.read<{ node: NodeRow; inA: boolean; inB: boolean }>('compare-plans', {
          graph: graph.version,
          a,
          b,
          limit: cypherInt(limit + 1),
        });
        const answer = comparePlans(
          a,
          b,
          rows.slice(0, limit).map((r) => ({ node: toNodeSummary(r.node), inA: r.inA, inB: r.inB })),
        );
        return rows.length > limit ? { ...answer, truncated: true } : answer;
      },
    ),
  );

  return router;
}
