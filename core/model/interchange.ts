// The interchange file of docs/design.md ("The interchange file"): the runtime schema the extractor
// writes and the loader validates, and the TypeScript types inferred from it.
import { z } from 'zod';
import { BASES, NODE_LABELS, REL_TYPES } from './graph-model';
import { NODE_ID_PATTERN, PLAN_ID_PATTERN, type NodeId, type PlanId, type Utf16Offset } from './ids';

const planId = z
  .string()
  .regex(PLAN_ID_PATTERN, 'a plan id of the form short-name-YYYY, e.g. meq-2021')
  .transform((s) => s as PlanId);
const nodeId = z
  .string()
  .regex(NODE_ID_PATTERN, 'a node id of the form label:slug, e.g. equipment:ecmo')
  .transform((s) => s as NodeId);
const offset = z
  .number()
  .int()
  .nonnegative()
  .transform((n) => n as Utf16Offset);

/** A passage of a plan: `quote === planText.slice(start, end)` (UTF-16 offsets). */
export const evidenceSchema = z
  .object({
    plan: planId,
    section: z.string(),
    start: offset,
    end: offset,
    quote: z.string().min(1),
  })
  .refine((e) => e.end > e.start, { message: 'end must be greater than start' });

/** Where a node's name occurs in a plan. */
export const mentionSchema = z.object({
  plan: planId,
  section: z.string(),
  start: offset,
  end: offset,
});

export const planMetaSchema = z.object({
  id: planId,
  title: z.string().min(1),
  titleEn: z.string().min(1),
  file: z.string().min(1),
  year: z.number().int().min(1949).max(2100),
  issuers: z.array(z.string()).optional(),
  /** sha256 of the plan's file text, so a loaded graph can be checked against its seeds. */
  sha256: z.string().optional(),
});

/** Extras of a node or an edge: scalars and string lists only, so that they travel as one JSON string. */
export const propsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
const edgePropsSchema = propsSchema;

export const graphNodeSchema = z.object({
  id: nodeId,
  label: z.enum(NODE_LABELS),
  name: z.string().min(1),
  nameEn: z.string(),
  aliases: z.array(z.string()),
  plans: z.array(planId),
  mentions: z.array(mentionSchema),
  /** Found by the discovery heads, not in the curated lexicon. */
  discovered: z.boolean().optional(),
  /** Label-specific extras, e.g. a Target's value/unit/year or a Department's short forms. */
  props: propsSchema.optional(),
});

export const graphEdgeSchema = z
  .object({
    type: z.enum(REL_TYPES),
    source: nodeId,
    target: nodeId,
    basis: z.enum(BASES),
    rule: z.string().optional(),
    evidence: z.array(evidenceSchema),
    /** Type-specific extras, e.g. a RESPONSIBLE_FOR's `role` (lead/participant) and readable `reason`. */
    props: edgePropsSchema.optional(),
  })
  .refine((e) => e.basis === 'stated' || (e.rule !== undefined && e.rule.length > 0), {
    message: 'an inferred edge must name its rule',
    path: ['rule'],
  });

export const graphFileSchema = z.object({
  plans: z.array(planMetaSchema),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type PlanMeta = z.infer<typeof planMetaSchema>;
export type GraphNode = z.infer<typeof graphNodeSchema>;
export type GraphEdge = z.infer<typeof graphEdgeSchema>;
export type GraphFile = z.infer<typeof graphFileSchema>;

/** The identity of an edge: one edge per (type, source, target). */
export const edgeKey = (e: Pick<GraphEdge, 'type' | 'source' | 'target'>): string =>
  `${e.type}|${e.source}|${e.target}`;
