// POST /api/plans (a new plan's bytes, metadata in the query) and POST /api/plans/:id/remove: the
// plan store's add and remove (docs/plans.md) over HTTP, for the page's Plans panel. Off unless
// AppOptions.planUpload (on when bound to loopback or PLAN_UPLOAD=on); 403 otherwise.
import path from 'node:path';
import express, { Router, type Request } from 'express';
import { addPlanBytes, removePlan, type PlanCommandDeps } from '../../cli/plan-commands';
import { loadGraph } from '../../load/index';
import { ForbiddenError, InvalidInputError } from '../../../core/model/errors';
import { MAX_PLAN_BYTES } from '../../plans/plan-record';
import {
  planParamsSchema,
  planUploadQuerySchema,
  type PlanRemoveResponse,
  type PlanUploadResponse,
} from '../../../core/contract';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';
import type { ApiContext } from '../context';
import { parseRequest } from '../http/parse-request';

/**
 * Only application/octet-stream is read: a cross-origin page cannot send it without a CORS
 * preflight, which the API refuses unless CORS_ORIGINS allows the origin.
 */
const BODY_TYPE = 'application/octet-stream';

export function planUploadRoutes(ctx: ApiContext): Router {
  const router = Router();
  const off = () => {
    throw new ForbiddenError(
      'api: adding plans over HTTP is off; it is on when the app is bound to loopback or with PLAN_UPLOAD=on (or use npm run plan -- add)',
    );
  };
  if (!ctx.options.planUpload) {
    router.post(ROUTE_PATHS.planUpload.path, off);
    router.post(ROUTE_PATHS.planRemove.path, off);
    return router;
  }
  const deps: PlanCommandDeps = {
    storeDir: ctx.options.planStoreDir,
    seedDir: path.join(ctx.options.repoRoot, 'seeds'),
    out: () => undefined,
    load: (graph, hash) =>
      loadGraph(ctx.options.driver, ctx.options.database, graph, { hash, lockWaitMs: 30_000 }),
  };
  const body = (req: Request): Buffer => {
    if (!req.is(BODY_TYPE))
      throw new InvalidInputError(
        `api: send the plan file's bytes as ${BODY_TYPE} (got ${req.get('content-type') ?? 'none'})`,
      );
    const bytes: unknown = req.body;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0)
      throw new InvalidInputError("api: the request body must hold the plan file's bytes");
    return bytes;
  };

  router.post(
    ROUTE_PATHS.planUpload.path,
    express.raw({ type: BODY_TYPE, limit: MAX_PLAN_BYTES }),
    async (req, res): Promise<void> => {
      const q = parseRequest(planUploadQuerySchema, req.query, 'query parameter');
      const bytes = body(req);
      const { record, findings, summary } = await addPlanBytes(
        {
          id: q.id,
          title: q.title,
          issuers: q.issuers ?? [],
          ...(q.titleEn !== undefined ? { titleEn: q.titleEn } : {}),
          ...(q.year !== undefined ? { year: String(q.year) } : {}),
        },
        bytes,
        'the uploaded file',
        deps,
      );
      const answer: PlanUploadResponse = {
        id: record.id,
        encoding: record.encoding,
        sha256: record.sha256,
        version: summary.version,
        ...findings.counts,
        discovered: findings.discovered.map((t) => {
          const m = t.mentions.find((x) => x.plan === record.id);
          return {
            id: t.id as PlanUploadResponse['discovered'][number]['id'],
            label: t.label,
            name: t.name,
            confidence: t.confidence,
            foundBy: t.foundBy,
            start: m?.start ?? 0,
            end: m?.end ?? 0,
            sentence: m?.sentence ?? '',
            probableDuplicates: t.probableDuplicates.map((p) => p.name),
          };
        }),
        candidates: findings.candidates,
        departments: findings.departments,
        issuers: findings.issuers,
      };
      res.status(201).json(answer);
    },
  );

  router.post(ROUTE_PATHS.planRemove.path, async (req, res): Promise<void> => {
    const { id } = parseRequest(planParamsSchema, req.params, 'path parameter');
    const summary = await removePlan(id, deps);
    const answer: PlanRemoveResponse = { removed: id, version: summary.version };
    res.json(answer);
  });
  return router;
}
