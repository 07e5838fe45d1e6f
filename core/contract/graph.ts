// Graph-shaped answers: nodes, edges and their evidence, the fields of the interchange file
// (docs/design.md "The interchange file"), and a node as a list item.
import { z } from 'zod';
import type { NodeLabel, RelType } from '../model/graph-model';
import { basisSchema, nodeIdString, nodeLabelSchema, planIdString, relTypeSchema } from './fields';

export const evidenceWire = z.object({
  plan: planIdString,
  section: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

export const mentionWire = z.object({
  plan: planIdString,
  section: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const apiNodeSchema = z.object({
  id: nodeIdString,
  label: nodeLabelSchema,
  name: z.string(),
  nameEn: z.string(),
  aliases: z.array(z.string()),
  plans: z.array(planIdString),
  discovered: z.boolean().optional(),
  /** Present on node details and plan comparisons; left out of traversals to keep them small. */
  mentions: z.array(mentionWire).optional(),
  props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});

export const apiEdgeSchema = z.object({
  type: relTypeSchema,
  source: nodeIdString,
  target: nodeIdString,
  basis: basisSchema,
  rule: z.string().optional(),
  evidence: z.array(evidenceWire),
  /** Type-specific extras of the interchange edge (RESPONSIBLE_FOR `role`, `reasonZh`, `reasonEn`). */
  props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});

/** A graph-shaped answer: nodes and the edges between them. */
export const graphSchema = z.object({
  nodes: z.array(apiNodeSchema),
  edges: z.array(apiEdgeSchema),
});

/** A node as a list item: enough to show and to link. */
export const nodeSummarySchema = z.object({
  id: nodeIdString,
  label: nodeLabelSchema,
  name: z.string(),
  nameEn: z.string(),
});

export type ApiNode = z.infer<typeof apiNodeSchema>;
export type ApiEdge = z.infer<typeof apiEdgeSchema>;
export type ApiGraph = z.infer<typeof graphSchema>;
export type NodeSummary = z.infer<typeof nodeSummarySchema>;
export type { NodeLabel, RelType };
