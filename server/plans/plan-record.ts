// A user's plan as the plan store records it, and the checks a new plan must pass before it is
// extracted: id form, id free (not a seed's, not taken), title, year, size, Chinese text. Pure.
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import { PLAN_ID_PATTERN, type PlanId } from '../../core/model/ids';

/** Largest plan file accepted, in bytes (the seeds are 40-90 KB; a long plan is under 1 MB). */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** Han characters a text needs, and their least share of its non-space characters, to be Chinese. */
export const MIN_HAN_CHARS = 20;
export const MIN_HAN_SHARE = 0.2;

const SHA256 = /^[0-9a-f]{64}$/;

export const planRecordSchema = z.strictObject({
  id: z.string().regex(PLAN_ID_PATTERN, 'a plan id of the form short-name-YYYY, e.g. meq-2021'),
  title: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300),
  year: z.number().int().min(1949).max(2100),
  /** Department ids (department:miit), resolved from the names given when the plan was added. */
  issuers: z.array(z.string().regex(/^department:[a-z0-9][a-z0-9.+-]*$/)).max(50),
  /** The text's file inside the store, always `texts/<id>.txt` (UTF-8 after decoding). */
  file: z.string(),
  /** sha256 of the bytes as the user gave them (before decoding). */
  sha256: z.string().regex(SHA256),
  /** sha256 of the stored UTF-8 text: what the graph records, and what the API checks. */
  textSha256: z.string().regex(SHA256),
  /** The encoding the bytes were decoded from. */
  encoding: z.string().min(1),
  addedAt: z.iso.datetime(),
});

export type PlanRecord = Omit<z.infer<typeof planRecordSchema>, 'id'> & { id: PlanId };

/** Where a plan's text lives inside the store: derived from its (validated) id, never from input. */
export const storedTextFile = (id: PlanId): string => `texts/${id}.txt`;

/**
 * Validates one metadata record read from the store or an import file.
 * @throws InvalidInputError naming the field, e.g. `plans: plan 2 is invalid at year: ...`
 */
export const parsePlanRecord = (raw: unknown, where: string): PlanRecord => {
  const r = planRecordSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InvalidInputError(
      `plans: ${where} is invalid at ${issue?.path.join('.') || '?'}: ${issue?.message ?? ''}`,
    );
  }
  const record = { ...r.data, id: r.data.id as PlanId };
  if (record.file !== storedTextFile(record.id))
    throw new InvalidInputError(
      `plans: ${where} names file ${record.file}; it must be ${storedTextFile(record.id)}`,
    );
  return record;
};

/** Checks that `id` can name a new plan: its form, and that no seed or stored plan has it. */
export const checkNewPlanId = (
  id: string,
  seedIds: readonly string[],
  storedIds: readonly string[],
): PlanId => {
  if (!PLAN_ID_PATTERN.test(id))
    throw new InvalidInputError(
      `plans: id "${id}" is not of the form short-name-YYYY (lower-case letters, digits and dashes, ending in a year, e.g. mi-2024)`,
    );
  if (seedIds.includes(id))
    throw new InvalidInputError(`plans: id ${id} is a seed plan's; choose another id`);
  if (storedIds.includes(id))
    throw new InvalidInputError(
      `plans: id ${id} is already in the plan store; remove it first (npm run plan -- remove ${id}) or choose another id`,
    );
  return id as PlanId;
};

/** The year of a new plan: `--year`, else the id's last four digits. */
export const checkYear = (raw: string | undefined, id: string): number => {
  const year = Number(raw ?? id.slice(-4));
  if (!Number.isInteger(year) || year < 1949 || year > 2100)
    throw new InvalidInputError(`plans: --year must be a year from 1949 to 2100, got "${raw ?? ''}"`);
  return year;
};

export const checkTitle = (title: string | undefined, flag = '--title'): string => {
  const t = title?.trim() ?? '';
  if (t === '') throw new InvalidInputError(`plans: ${flag} TEXT is required (the plan's title as printed)`);
  if (t.length > 300) throw new InvalidInputError(`plans: ${flag} is longer than 300 characters`);
  return t;
};

export const checkSize = (bytes: number, name: string): void => {
  if (bytes > MAX_PLAN_BYTES)
    throw new InvalidInputError(
      `plans: ${name} is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the limit of ${MAX_PLAN_BYTES / 1024 / 1024} MB for one plan`,
    );
};

/** Han characters and their share of the text's non-space characters. */
export const hanShare = (text: string): { han: number; share: number } => {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const visible = text.replace(/\s/gu, '').length;
  return { han, share: visible === 0 ? 0 : han / visible };
};

/** Refuses a text that is not Chinese prose (an English page, a CSV of numbers). */
export const checkChinese = (text: string, name: string): void => {
  const { han, share } = hanShare(text);
  if (han < MIN_HAN_CHARS || share < MIN_HAN_SHARE)
    throw new InvalidInputError(
      `plans: ${name} does not read as Chinese text (${han} Han characters, ${(share * 100).toFixed(0)}% of its characters); the extractor reads Chinese plans only`,
    );
};
