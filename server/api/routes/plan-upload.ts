// The plan store over HTTP, for the page's Plans panel (docs/plans.md "From the page"): preview a new
// plan (POST /api/plans/preview), decide on its discovered terms, confirm or cancel; add in one step
// (POST /api/plans); remove (POST /api/plans/:id/remove); the user's term decisions (GET
// /api/plans/terms). Changes are off unless AppOptions.planUpload (loopback or PLAN_UPLOAD=on): 403.
import path from 'node:path';
import express, { Router, type Request } from 'express';
import { loadGraph } from '../../load/index';
import { ForbiddenError, InvalidInputError } from '../../../core/errors';
import { MAX_PLAN_BYTES } from '../../plans/plan-record';
import type { planUploadQuerySchema } from '../../../core/contract';
import { planParamsSchema, type PlanUploadQuery } from '../../../core/contract';
import {
  planPreviewQuerySchema,
  previewTokenParamsSchema,
  termDecisionsBodySchema,
  type UserTermsResponse,
} from '../../../core/contract/plan-preview';
import { createPlanChanges } from '../../plans/plan-changes';
import { readStore } from '../../plans/plan-store';
import type { NewPlan } from '../../cli/plan-commands';
import { ROUTE_PATHS } from '../../../core/contract/route-paths';
import type { ApiContext } from '../context';
import { parseRequest } from '../http/parse-request';

/**
 * Only application/octet-stream is read: a cross-origin page cannot send it without a CORS
 * preflight, which the API refuses unless CORS_ORIGINS allows the origin.
 */
const BODY_TYPE = 'application/octet-stream';

const CHANGES = [
  ROUTE_PATHS.planUpload,
  ROUTE_PATHS.planPreview,
  ROUTE_PATHS.planPreviewDecisions,
  ROUTE_PATHS.planPreviewConfirm,
  ROUTE_PATHS.planPreviewCancel,
  ROUTE_PATHS.planRemove,
] as const;

const newPlan = (q: ReturnType<typeof planUploadQuerySchema.parse>): NewPlan => ({
  id: q.id,
  title: q.title,
  issuers: q.issuers ?? [],
  ...(q.titleEn !== undefined ? { titleEn: q.titleEn } : {}),
  ...(q.year !== undefined ? { year: String(q.year) } : {}),
});

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

const terms = (storeDir: string): UserTermsResponse => {
  const state = readStore(storeDir);
  return {
    accepted: state.lexicon.map((e) => ({
      id: e.id as UserTermsResponse['accepted'][number]['id'],
      label: e.label,
      name: e.name,
      nameEn: e.nameEn,
    })),
    rejected: (state.rejected ?? []).map((t) => ({
      id: t.id as UserTermsResponse['rejected'][number]['id'],
      label: t.label,
      name: t.name,
      plan: t.plan,
    })),
  };
};

export function planUploadRoutes(ctx: ApiContext): Router {
  const router = Router();
  // Reading the decisions changes nothing, so it is served whether changes are on or off.
  router.get(ROUTE_PATHS.planTerms.path, (_req, res) => {
    res.json(terms(ctx.options.planStoreDir));
  });
  if (!ctx.options.planUpload) {
    const off = () => {
      throw new ForbiddenError(
        'api: adding plans over HTTP is off; it is on when the app is bound to loopback or with PLAN_UPLOAD=on (or use npm run plan -- add)',
      );
    };
    for (const route of CHANGES) router.post(route.path, off);
    return router;
  }
  const changes = createPlanChanges({
    storeDir: ctx.options.planStoreDir,
    seedDir: path.join(ctx.options.repoRoot, 'seeds'),
    load: (graph, hash) =>
      loadGraph(ctx.options.driver, ctx.options.database, graph, { hash, lockWaitMs: 30_000 }),
  });
  const raw = express.raw({ type: BODY_TYPE, limit: MAX_PLAN_BYTES });
  const query = (req: Request) =>
    newPlan(parseRequest(planPreviewQuerySchema, req.query as PlanUploadQuery, 'query parameter'));
  const token = (req: Request) => parseRequest(previewTokenParamsSchema, req.params, 'path parameter').token;

  router.post(ROUTE_PATHS.planPreview.path, raw, async (req, res): Promise<void> => {
    const plan = query(req);
    res.json(await changes.preview(plan, body(req)));
  });
  router.post(ROUTE_PATHS.planPreviewDecisions.path, (req, res) => {
    const t = token(req);
    res.json(changes.decide(t, parseRequest(termDecisionsBodySchema, req.body, 'body field')));
  });
  router.post(ROUTE_PATHS.planPreviewConfirm.path, async (req, res): Promise<void> => {
    res.status(201).json(await changes.confirm(token(req)));
  });
  router.post(ROUTE_PATHS.planPreviewCancel.path, (req, res) => {
    res.json(changes.cancel(token(req)));
  });
  router.post(ROUTE_PATHS.planUpload.path, raw, async (req, res): Promise<void> => {
    const plan = query(req);
    res.status(201).json(await changes.upload(plan, body(req)));
  });
  router.post(ROUTE_PATHS.planRemove.path, async (req, res): Promise<void> => {
    const { id } = parseRequest(planParamsSchema, req.params, 'path parameter');
    res.json(await changes.remove(id));
  });
  return router;
}
