// Building blocks of the wire schemas: branded ids, the model's enums, and query parameters with
// defaults and ranges. Ids keep the model's brands; the cast leaves a plain string schema at runtime
// so the OpenAPI generator can represent it.
import { z } from 'zod';
import { BASES, NODE_LABELS, REL_TYPES } from '../model/graph-model';
import { NODE_ID_PATTERN, PLAN_ID_PATTERN, type NodeId, type PlanId } from '../model/ids';

export const nodeIdString = z
  .string()
  .max(200)
  .regex(NODE_ID_PATTERN, 'a node id of the form label:slug, e.g. equipment:ecmo') as unknown as z.ZodType<
  NodeId,
  string
>;
export const planIdString = z
  .string()
  .max(100)
  .regex(PLAN_ID_PATTERN, 'a plan id of the form short-name-YYYY, e.g. meq-2021') as unknown as z.ZodType<
  PlanId,
  string
>;

export const nodeLabelSchema = z.enum(NODE_LABELS);
export const relTypeSchema = z.enum(REL_TYPES);
export const basisSchema = z.enum(BASES);

/** An integer query parameter (query strings carry text) with a default and a range. */
export const intParam = (min: number, def: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

/**
 * A list query parameter from an allow-list: `labels=Equipment,Material` or repeated
 * `labels=Equipment&labels=Material`. Anything outside the allow-list is a 400.
 */
export const listParam = <T extends string>(allowed: readonly [T, ...T[]]) =>
  z
    .union([z.string().max(500), z.array(z.string().max(100)).max(20)])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(z.enum(allowed)).max(allowed.length * 2))
    .optional();

/** A single required text parameter (Express 5's query parser turns `a=1&a=2` into an array: 400). */
export const textParam = (maxLength: number) => z.string().max(maxLength);
