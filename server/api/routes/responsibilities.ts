// GET /api/responsibilities: the department x measure matrix (plans are rows too, for the departments
// a plan states as its leads) with basis, rule and evidence,
// filterable by department, predecessor bodies resolved to their successors, and what each
// measure reaches down the supply chain.
import { Router } from 'express';
import {
  responsibilitiesQuerySchema,
  type NodeSummary,
  type ResponsibilitiesResponse,
} from '../../../core/contract';
import type { ApiContext } from '../context';
import { cypherInt } from '../db/read-runner';
import { responsibilityMatrix, type ResponsibilityRow } from '../graph/responsibility-matrix';
import { graphHandler } from '../http/graph-handler';
import { parseRequest } from '../http/parse-request';
import { toApiEdge, toNodeSummary, type NodeRow } from '../wire/rows';
import { notFound } from './nodes';
import type { PlanId } from '../../../core/model/ids';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';

/** Nodes listed per measure under `reaches`. */
const MAX_REACH = 100;

interface Row {
  department: NodeRow;
  via: NodeRow | null;
  measure: NodeRow;
  basis: string | null;
  rule: string | null;
  evidenceJson: string | null;
  propsJson: string | null;
  [key: string]: unknown;
}

export function responsibilityRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get(
    ROUTE_PATHS.responsibilities.path,
    graphHandler(
      ctx,
      (req) => parseRequest(responsibilitiesQuerySchema, req.query, 'query parameter'),
      async ({ department, limit }, graph): Promise<ResponsibilitiesResponse> => {
        const params = { graph: graph.version, department: department ?? null, limit: cypherInt(limit + 1) };
        const raw = await ctx.runner.read<Row>('responsibilities', params);
        if (department !== undefined && raw.length === 0) {
          const exists = await ctx.runner.read('node-exists', { graph: graph.version, id: department });
          if (exists.length === 0) throw notFound(department);
        }
        const rows: ResponsibilityRow[] = raw.map((r) => {
          const edge = toApiEdge({
            type: 'RESPONSIBLE_FOR',
            source: r.department.id,
            target: r.measure.id,
            ...r,
          });
          const measure = toNodeSummary(r.measure);
          return {
            department: toNodeSummary(r.department),
            via: r.via ? toNodeSummary(r.via) : null,
            measure,
            // A plan row belongs to itself; a measure to the plans of its node.
            plans: (measure.label === 'Plan'
              ? [measure.id.slice('plan:'.length)]
              : (r.measure.plans ?? [])) as PlanId[],
            basis: edge.basis,
            rule: edge.rule,
            evidence: edge.evidence,
            ...(edge.props ? { props: edge.props } : {}),
          };
        });
        const measureIds = [...new Set(rows.slice(0, limit).map((r) => r.measure.id))];
        const reachRows = await ctx.runner.read<{ measure: string; reaches: NodeRow[] }>('measure-reach', {
          graph: graph.version,
          measures: measureIds,
          maxReach: cypherInt(MAX_REACH),
        });
        const reaches = new Map<string, NodeSummary[]>(
          reachRows.map((r) => [r.measure, r.reaches.map(toNodeSummary)]),
        );
        return responsibilityMatrix(rows, reaches, limit);
      },
    ),
  );
  return router;
}
