// Plan metadata of `seeds/plans.json`: runtime validation into PlanSeed values.
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import { NODE_ID_PATTERN, PLAN_ID_PATTERN, type NodeId, type PlanId } from '../../core/model/ids';
import type { PlanSeed } from './types';

const planSeedSchema = z.array(
  z.object({
    id: z
      .string()
      .regex(PLAN_ID_PATTERN)
      .transform((s) => s as PlanId),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    file: z.string().min(1),
    year: z.number().int(),
    periodEnd: z.number().int().optional(),
    issuers: z
      .array(
        z
          .string()
          .regex(NODE_ID_PATTERN)
          .transform((s) => s as NodeId),
      )
      .optional(),
    issuersInText: z.boolean().optional(),
  }),
);

export const parsePlanSeeds = (raw: unknown): PlanSeed[] => {
  const r = planSeedSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InvalidInputError(
      `extract: seeds/plans.json is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    );
  }
  return r.data;
};
