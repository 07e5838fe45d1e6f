// GET /api/responsibilities: the department x measure matrix.
import { z } from 'zod';
import { basisSchema, intParam, nodeIdString, planIdString } from './fields';
import { evidenceWire, nodeSummarySchema } from './graph';
import { LIMITS } from './limits';

export const responsibilitiesQuerySchema = z.object({
  department: nodeIdString.optional(),
  limit: intParam(1, LIMITS.responsibilities.default, LIMITS.responsibilities.max),
});

export const responsibilityDepartmentSchema = nodeSummarySchema.extend({
  /** Predecessor bodies folded into this department through SUCCEEDED_BY (e.g. 国家卫生计生委). */
  predecessors: z.array(nodeSummarySchema),
});

export const responsibilityMeasureSchema = nodeSummarySchema.extend({
  /** What the measure targets and what that reaches down the supply chain (TARGETS, then downstream). */
  reaches: z.array(nodeSummarySchema),
  /** The plans the row belongs to (a measure's plan; a plan row's own id), for the plan filter. */
  plans: z.array(planIdString).optional(),
});

export const responsibilityCellSchema = z.object({
  department: nodeIdString,
  measure: nodeIdString,
  basis: basisSchema,
  rule: z.string().optional(),
  evidence: z.array(evidenceWire),
  /** Set when the relationship was stated for a predecessor body and resolved to its successor. */
  via: nodeIdString.optional(),
  /** A stated cell's role: the text makes the department lead (牵头, 负责) or take part (参与, 配合, 等部门). */
  role: z.enum(['lead', 'participant']).optional(),
  /** An inferred cell's reason in words: which remit clause covers which term of the measure. */
  reasonZh: z.string().optional(),
  reasonEn: z.string().optional(),
});

export const responsibilitiesResponseSchema = z.object({
  departments: z.array(responsibilityDepartmentSchema),
  /** The rows: measures, and the plans their stated lead departments are responsible for (label Plan). */
  measures: z.array(responsibilityMeasureSchema),
  cells: z.array(responsibilityCellSchema),
  truncated: z.boolean(),
});

export type ResponsibilitiesQuery = z.input<typeof responsibilitiesQuerySchema>;
export type ResponsibilitiesResponse = z.infer<typeof responsibilitiesResponseSchema>;
export type ResponsibilityCell = z.infer<typeof responsibilityCellSchema>;
