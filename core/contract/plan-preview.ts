// Adding a plan from the page in two steps: a preview of what the extractor finds (nothing loaded),
// the user's decision on each discovered term, then confirm or cancel (docs/plans.md, docs/api.md).
import { z } from 'zod';
import { nodeIdString, nodeLabelSchema, planIdString } from './fields';
import { discoveredTermSchema, planFindingsSchema, planUploadQuerySchema } from './plans';
import { ROUTE_PATHS } from './route-paths';

/** POST /api/plans/preview takes the upload's query (id, title, titleEn, year, issuers) and body. */
export const planPreviewQuerySchema = planUploadQuerySchema;

/** A preview's handle: 32 hex characters from a CSPRNG, valid for PREVIEW_TTL_MS. */
export const previewTokenParamsSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{32}$/, 'a preview token of 32 hex characters'),
});

export const termDecisionSchema = z.enum(['accept', 'reject']);

/** A discovered term of the previewed plan with the decision recorded so far in this preview, or null. */
export const previewTermSchema = discoveredTermSchema.extend({ decision: termDecisionSchema.nullable() });

export const planPreviewResponseSchema = planFindingsSchema.extend({
  token: z.string(),
  /** ISO time after which the preview is forgotten (confirm then answers 404). */
  expiresAt: z.string(),
  title: z.string(),
  /** Length of the decoded text in UTF-16 code units. */
  characters: z.number().int(),
  /** Entities of the plan by label (its Plan node left out). */
  byLabel: z.record(z.string(), z.number().int()),
  discovered: z.array(previewTermSchema),
  /** Terms of this text rejected earlier: kept out of the graph and not proposed again. */
  rejectedEarlier: z.array(z.object({ id: nodeIdString, name: z.string() })),
});

/**
 * POST /api/plans/preview/:token/decisions: a decision per discovered term of the preview (`null`
 * withdraws one). An accepted term enters the user lexicon with `nameEn` (default: the English name
 * composed from the glossary, else its name).
 */
export const termDecisionsBodySchema = z.strictObject({
  decisions: z
    .array(
      z.strictObject({
        id: nodeIdString,
        decision: termDecisionSchema.nullable(),
        nameEn: z.string().trim().min(1).max(200).optional(),
        aliases: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const termDecisionsResponseSchema = z.object({
  accepted: z.array(nodeIdString),
  rejected: z.array(nodeIdString),
});

export const planConfirmResponseSchema = z.object({
  id: planIdString,
  /** The graph version loaded with the plan. */
  version: z.string(),
  nodes: z.number().int(),
  mentions: z.number().int(),
  edges: z.number().int(),
  /** Names of the terms that entered the user lexicon, and of those rejected, with this plan. */
  accepted: z.array(z.string()),
  rejected: z.array(z.string()),
});

export const planCancelResponseSchema = z.object({ cancelled: z.boolean() });

/** GET /api/plans/terms: the user's decisions so far, kept in the plan store beside the plans. */
export const userTermsResponseSchema = z.object({
  accepted: z.array(
    z.object({ id: nodeIdString, label: nodeLabelSchema, name: z.string(), nameEn: z.string() }),
  ),
  rejected: z.array(z.object({ id: nodeIdString, label: z.string(), name: z.string(), plan: z.string() })),
});

export type PlanPreviewResponse = z.infer<typeof planPreviewResponseSchema>;
export type PreviewTerm = z.infer<typeof previewTermSchema>;
export type TermDecision = z.infer<typeof termDecisionSchema>;
export type TermDecisionsBody = z.input<typeof termDecisionsBodySchema>;
export type TermDecisionsResponse = z.infer<typeof termDecisionsResponseSchema>;
export type PlanConfirmResponse = z.infer<typeof planConfirmResponseSchema>;
export type PlanCancelResponse = z.infer<typeof planCancelResponseSchema>;
export type UserTermsResponse = z.infer<typeof userTermsResponseSchema>;

/** The routes of the preview flow, merged into ROUTES (and so into the OpenAPI document). */
export const PLAN_PREVIEW_ROUTES = {
  planPreview: {
    ...ROUTE_PATHS.planPreview,
    summary:
      "Preview what the extractor finds in a plan without loading it: the file's bytes as application/octet-stream (5 MB at most); on with the upload",
    query: planPreviewQuerySchema,
    response: planPreviewResponseSchema,
  },
  planPreviewDecisions: {
    ...ROUTE_PATHS.planPreviewDecisions,
    summary: 'Accept or reject discovered terms of a preview (applied only when it is confirmed)',
    params: previewTokenParamsSchema,
    body: termDecisionsBodySchema,
    response: termDecisionsResponseSchema,
  },
  planPreviewConfirm: {
    ...ROUTE_PATHS.planPreviewConfirm,
    summary: 'Load the previewed plan with its term decisions, then write the plan store',
    params: previewTokenParamsSchema,
    response: planConfirmResponseSchema,
  },
  planPreviewCancel: {
    ...ROUTE_PATHS.planPreviewCancel,
    summary: 'Forget a preview; nothing was loaded or stored',
    params: previewTokenParamsSchema,
    response: planCancelResponseSchema,
  },
  planTerms: {
    ...ROUTE_PATHS.planTerms,
    summary: 'Terms the user accepted into the lexicon and terms the user rejected',
    response: userTermsResponseSchema,
  },
} as const;
