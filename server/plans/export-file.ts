// The export file of `npm run plan -- export/import`: the user's plans (records and texts), lexicon
// additions and rejected terms in one JSON document, checked on import like any other input. Pure.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import type { PlanId } from '../../core/model/ids';
import { parsePlanRecord, type PlanRecord } from './plan-record';
import { parseRejectedFile, type RejectedTerm } from './rejected-terms';
import { parseLexiconFile, type StoreState, type UserLexiconEntry } from './store-layout';

export const EXPORT_FORMAT = 'plan-atlas-plans';
export const EXPORT_VERSION = 1;

export interface ExportedPlan {
  readonly record: PlanRecord;
  readonly text: string;
}

export interface ExportFile {
  readonly plans: readonly ExportedPlan[];
  readonly lexicon: readonly UserLexiconEntry[];
  readonly rejected: readonly RejectedTerm[];
}

const fileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  plans: z.array(z.object({ record: z.unknown(), text: z.string() })).max(1000),
  lexicon: z.unknown(),
  /** Absent in files written before rejected terms were exported. */
  rejected: z.unknown().optional(),
});

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const exportDocument = (state: StoreState, textOf: (id: PlanId) => string): unknown => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  plans: state.plans.map((record) => ({ record, text: textOf(record.id) })),
  lexicon: state.lexicon,
  rejected: state.rejected ?? [],
});

/**
 * Reads an export file: shapes, records, and each text against the sha256 its record names.
 * @throws InvalidInputError for a file of another format or a text that is not the recorded one
 */
export const parseExportDocument = (raw: unknown): ExportFile => {
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InvalidInputError(
      `plans: the import file is not a ${EXPORT_FORMAT} v${EXPORT_VERSION} file (at ${issue?.path.join('.') || '?'}: ${issue?.message ?? ''}); write one with npm run plan -- export FILE`,
    );
  }
  const plans = r.data.plans.map((p, i) => {
    const record = parsePlanRecord(p.record, `import plan ${i + 1}`);
    if (sha256(p.text) !== record.textSha256)
      throw new InvalidInputError(
        `plans: the text of ${record.id} in the import file is not the one its record names (textSha256)`,
      );
    return { record, text: p.text };
  });
  return {
    plans,
    lexicon: parseLexiconFile(r.data.lexicon ?? []),
    rejected: parseRejectedFile(r.data.rejected ?? []),
  };
};
