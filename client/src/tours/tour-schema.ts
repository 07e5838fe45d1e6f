// Tours as data (docs/modes.md): the JSON shape of a tour file and its validation. A step
// has a caption in Chinese and English, what to show (elements or a named query), a layout, a focus,
// highlights and what it promises to be visible. Files live in client/src/tours/data/*.json; the recorder writes the same shape.
import { z } from 'zod';
import { NODE_ID_PATTERN, PLAN_ID_PATTERN } from '../../../core/model/ids';
import { NODE_LABELS, REL_TYPES } from '../../../core/model/graph-model';
import { PageError } from '../page-error';

const nodeId = z.string().regex(NODE_ID_PATTERN, 'a node id such as equipment:ecmo');
const planId = z.string().regex(PLAN_ID_PATTERN, 'a plan id such as meq-2021');
const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const edgeKey = z
  .string()
  .regex(
    /^[A-Z_]+\|[a-z]+:[^|]+\|[a-z]+:[^|]+$/,
    'an edge as TYPE|source|target, e.g. USED_IN|material:x|equipment:y',
  );
const groupIds = z.array(nodeId).max(200);

/** What a step shows: a list of elements, or one of the API's named queries. */
export const tourShowSchema = z.discriminatedUnion('query', [
  z.object({ query: z.literal('nodes'), ids: z.array(nodeId).min(1).max(500) }),
  z.object({
    query: z.literal('supplyChain'),
    id: nodeId,
    direction: z.enum(['upstream', 'downstream']).default('upstream'),
    depth: z.number().int().min(1).max(6).default(3),
  }),
  z.object({ query: z.literal('impact'), id: nodeId }),
  z.object({
    query: z.literal('paths'),
    from: nodeId,
    to: nodeId,
    k: z.number().int().min(1).max(5).default(1),
  }),
  z.object({
    query: z.literal('neighbours'),
    id: nodeId,
    types: z.array(z.enum(REL_TYPES)).optional(),
    direction: z.enum(['in', 'out', 'both']).default('both'),
  }),
  z.object({ query: z.literal('responsibilities'), department: nodeId.optional() }),
  z.object({
    query: z.literal('compare'),
    a: planId,
    b: planId,
    labels: z.array(z.enum(NODE_LABELS)).min(1).default(['Domain']),
    /** Only these nodes of the comparison (still coloured by group); absent: all of `labels`. */
    ids: z.array(nodeId).min(1).max(500).optional(),
  }),
]);

/**
 * What a step promises to show, checked by a test that plays every step: these nodes and edges
 * are drawn, and in comparison steps these nodes carry their group's colour.
 */
export const stepExpectSchema = z.object({
  nodes: z.array(nodeId).min(1).max(200),
  edges: z.array(edgeKey).max(200).default([]),
  groups: z.object({ both: groupIds, onlyA: groupIds, onlyB: groupIds }).partial().optional(),
});

export const tourStepSchema = z.object({
  caption: text,
  show: tourShowSchema,
  layout: z.enum(['layered', 'force']).default('layered'),
  /** The node the camera centres on after the step is drawn. */
  focus: nodeId.optional(),
  /** Nodes that stand out; the rest fade. Empty or absent: nothing fades. */
  highlight: z.array(nodeId).max(200).optional(),
  expect: stepExpectSchema,
});

export const tourSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a tour id in lower case with dashes, e.g. membrane-to-ecmo'),
  title: text,
  description: text.optional(),
  steps: z.array(tourStepSchema).min(1).max(100),
});

export type TourShow = z.infer<typeof tourShowSchema>;
export type TourStep = z.infer<typeof tourStepSchema>;
export type StepExpect = z.infer<typeof stepExpectSchema>;
export type Tour = z.infer<typeof tourSchema>;
export type TourFile = z.input<typeof tourSchema>;

export class TourInvalidError extends PageError {
  constructor(message: string) {
    super('tour_invalid', message);
    this.name = 'TourInvalidError';
  }
}

/**
 * Validates a tour file; the error names the first problem and where it is.
 * @example parseTour(JSON.parse(text)).steps.length
 */
export const parseTour = (data: unknown): Tour => {
  const r = tourSchema.safeParse(data);
  if (r.success) return r.data;
  const first = r.error.issues[0];
  const where = first?.path.length ? first.path.join('.') : 'the file';
  throw new TourInvalidError(`tours: ${where}: ${first?.message ?? 'invalid'}`);
};
