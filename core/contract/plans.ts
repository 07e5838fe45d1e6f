// The plans: list, full text, upload and removal.
import { z } from 'zod';
import { nodeIdString, nodeLabelSchema, planIdString } from './fields';

export const planSummarySchema = z.object({
  id: planIdString,
  title: z.string(),
  titleEn: z.string(),
  year: z.number().int(),
  file: z.string(),
  issuers: z.array(z.string()).optional(),
  /** Entities the plan mentions. */
  entities: z.number().int(),
});

export const plansResponseSchema = z.object({ plans: z.array(planSummarySchema) });

/**
 * POST /api/plans: a new plan's metadata in the query, its file's bytes as the body
 * (`application/octet-stream`, at most 5 MB); `issuers` are department names, short names or ids.
 */
export const planUploadQuerySchema = z.object({
  id: planIdString,
  title: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300).optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  issuers: z
    .string()
    .max(500)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .optional(),
});

/**
 * A term the extractor discovered in a plan (not curated), with the sentence it was read in: what an
 * upload answers and what a preview shows before the user decides on it.
 */
export const discoveredTermSchema = z.object({
  id: nodeIdString,
  label: z.string(),
  name: z.string(),
  /** An English name composed from the glossary, when it covers the whole name (a suggestion). */
  nameEn: z.string().optional(),
  confidence: z.number(),
  /** The rule that found it (e.g. `list:class`, `head:仪`). */
  foundBy: z.string(),
  /** UTF-16 offsets of its first mention in the plan's text; `quote === text.slice(start, end)`. */
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  /** The sentence of that mention, as written. */
  sentence: z.string(),
  /** Nodes it may name again (an alias, a spelling), each with why. */
  probableDuplicates: z.array(z.object({ name: z.string(), reason: z.string() })),
});

/** What reading a new plan found, as an upload and a preview both answer it. */
export const planFindingsSchema = z.object({
  id: planIdString,
  encoding: z.string(),
  /** sha256 of the bytes uploaded. */
  sha256: z.string(),
  nodes: z.number().int(),
  mentions: z.number().int(),
  edges: z.number().int(),
  /** Terms found by reading the plan, each with the sentence it was found in. */
  discovered: z.array(discoveredTermSchema),
  /** Terms below the confidence threshold: counted, never loaded. */
  candidates: z.number().int(),
  departments: z.array(z.string()),
  issuers: z.array(z.string()),
  /** Departments whose notice forwards the plan: they pass it on, they did not issue it. */
  forwarders: z.array(z.string()),
});

export const planUploadResponseSchema = planFindingsSchema.extend({
  /** The graph version loaded with the plan. */
  version: z.string(),
});

export const planRemoveResponseSchema = z.object({ removed: planIdString, version: z.string() });

export const planParamsSchema = z.object({ id: planIdString });

export const planSectionSchema = z.object({
  /** Readable path, e.g. `四、跨界融合创新 > 专栏 3` (the `section` of evidence). */
  path: z.string(),
  title: z.string(),
  level: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

export const planMentionSpanSchema = z.object({
  node: nodeIdString,
  label: nodeLabelSchema,
  start: z.number().int(),
  end: z.number().int(),
  section: z.string(),
});

export const planTextResponseSchema = z.object({
  plan: planSummarySchema,
  text: z.string(),
  sections: z.array(planSectionSchema),
  mentions: z.array(planMentionSpanSchema),
});

export type PlanSummary = z.infer<typeof planSummarySchema>;
export type PlansResponse = z.infer<typeof plansResponseSchema>;
export type PlanTextResponse = z.infer<typeof planTextResponseSchema>;
export type PlanUploadQuery = z.input<typeof planUploadQuerySchema>;
export type PlanUploadResponse = z.infer<typeof planUploadResponseSchema>;
export type PlanRemoveResponse = z.infer<typeof planRemoveResponseSchema>;
