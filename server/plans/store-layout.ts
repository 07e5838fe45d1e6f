// The plan store's layout on disk: `plans.json` (the records), `lexicon.json` (the user's accepted
// terms, in the format of seeds/lexicon.json) and `texts/<id>.txt` (each text as UTF-8). An empty
// store writes no file, so removing the last plan gives back the content hash of the seeds alone. Pure.
import { z } from 'zod';
import { InvalidInputError } from '../../core/errors';
import type { PlanId } from '../../core/model/ids';
import { parsePlanRecord, storedTextFile, type PlanRecord } from './plan-record';
import { REJECTED_FILE, type RejectedTerm } from './rejected-terms';

export const PLANS_FILE = 'plans.json';
export const LEXICON_FILE = 'lexicon.json';
export const TEXTS_DIR = 'texts';

/** A user lexicon entry: the seeds' lexicon format; parseCurated checks ids and aliases when merged. */
export const lexiconEntrySchema = z.looseObject({
  id: z.string().regex(/^(domain|equipment|component|material|technology):[a-z0-9][a-z0-9.+-]*$/),
  label: z.enum(['Domain', 'Equipment', 'Component', 'Material', 'Technology']),
  name: z.string().min(1).max(100),
  nameEn: z.string().min(1).max(200),
  aliases: z.array(z.string().min(1).max(100)).max(50).default([]),
});
export type UserLexiconEntry = z.infer<typeof lexiconEntrySchema>;

export interface StoreState {
  /** Sorted by id, so the files' bytes (and so the content hash) do not depend on the order of adds. */
  readonly plans: readonly PlanRecord[];
  readonly lexicon: readonly UserLexiconEntry[];
  /** Discovered terms the user rejected (rejected-terms.ts); absent is none. */
  readonly rejected?: readonly RejectedTerm[];
}

export const EMPTY_STORE: StoreState = { plans: [], lexicon: [], rejected: [] };

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The records as `plans.json` holds them. */
export const parsePlansFile = (raw: unknown): PlanRecord[] => {
  if (!Array.isArray(raw)) throw new InvalidInputError(`plans: ${PLANS_FILE} must hold a list of plans`);
  const plans = raw.map((r, i) => parsePlanRecord(r, `${PLANS_FILE} entry ${i + 1}`));
  const seen = new Set<string>();
  for (const p of plans) {
    if (seen.has(p.id)) throw new InvalidInputError(`plans: ${PLANS_FILE} lists ${p.id} twice`);
    seen.add(p.id);
  }
  return plans;
};

export const parseLexiconFile = (raw: unknown): UserLexiconEntry[] => {
  const r = z.array(lexiconEntrySchema).max(10_000).safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InvalidInputError(
      `plans: ${LEXICON_FILE} is invalid at ${issue?.path.join('.') || '?'}: ${issue?.message ?? ''}`,
    );
  }
  return r.data;
};

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The state with `plan` added (kept sorted). */
export const withPlan = (state: StoreState, plan: PlanRecord): StoreState => ({
  ...state,
  plans: byId([...state.plans.filter((p) => p.id !== plan.id), plan]),
});

/** The state with a lexicon entry added (kept sorted by id). */
export const withLexiconEntry = (state: StoreState, entry: UserLexiconEntry): StoreState => ({
  ...state,
  lexicon: byId([...state.lexicon.filter((e) => e.id !== entry.id), entry]),
});

/** The state with rejected terms added (one entry per id, the latest kept; sorted by id). */
export const withRejected = (state: StoreState, terms: readonly RejectedTerm[]): StoreState => {
  const fresh = new Set(terms.map((t) => t.id));
  return { ...state, rejected: byId([...(state.rejected ?? []).filter((t) => !fresh.has(t.id)), ...terms]) };
};

export const withoutPlan = (state: StoreState, id: PlanId): StoreState => ({
  ...state,
  plans: state.plans.filter((p) => p.id !== id),
});

/**
 * The store's metadata files for a state: path inside the store -> text, or null for a file that
 * must not exist. Texts are not included: they are written once when a plan is added.
 */
export const metadataFiles = (state: StoreState): Map<string, string | null> =>
  new Map([
    [PLANS_FILE, state.plans.length > 0 ? json(byId(state.plans)) : null],
    [LEXICON_FILE, state.lexicon.length > 0 ? json(byId(state.lexicon)) : null],
    [REJECTED_FILE, (state.rejected ?? []).length > 0 ? json(byId(state.rejected ?? [])) : null],
  ]);

/** Every file of the store in a state (texts given by id): what the content hash reads. */
export const storeFiles = (state: StoreState, textOf: (id: PlanId) => string): Map<string, string | null> => {
  const files = metadataFiles(state);
  for (const p of state.plans) files.set(storedTextFile(p.id), textOf(p.id));
  return files;
};
