// The discovered terms of a previewed plan as the page shows them (each with its exact quote and
// sentence), and the user's decision on each: checked against the preview, turned into user lexicon
// entries (accepted) and rejected-term records at confirmation. Pure.
import { InvalidInputError } from '../../core/errors';
import type { PlanId } from '../../core/model/ids';
import type {
  PreviewTerm,
  TermDecision,
  TermDecisionsBody,
  TermDecisionsResponse,
} from '../../core/contract/plan-preview';
import type { PlanRecord } from './plan-record';
import type { PlanFindings } from './plan-summary';
import type { RejectedTerm } from './rejected-terms';
import { lexiconEntrySchema, type UserLexiconEntry } from './store-layout';

export interface DecisionEntry {
  readonly decision: TermDecision;
  readonly nameEn?: string;
  readonly aliases?: readonly string[];
}

/** Decisions of one preview by term id (insertion order is the order they were made in). */
export type Decisions = Map<string, DecisionEntry>;

/** The preview's terms; `text` gives each mention's quote (the upload's answer has none). */
export const previewTerms = (
  findings: PlanFindings,
  plan: PlanId,
  text: string | undefined,
  decisions: ReadonlyMap<string, DecisionEntry>,
): PreviewTerm[] =>
  findings.discovered.map((t) => {
    const m = t.mentions.find((x) => x.plan === plan);
    const start = m?.start ?? 0;
    const end = m?.end ?? 0;
    return {
      id: t.id as PreviewTerm['id'],
      label: t.label,
      name: t.name,
      ...(t.nameEn ? { nameEn: t.nameEn } : {}),
      confidence: t.confidence,
      foundBy: t.foundBy,
      start,
      end,
      quote: text === undefined ? t.name : text.slice(start, end),
      sentence: m?.sentence ?? '',
      probableDuplicates: t.probableDuplicates.map((d) => ({ name: d.name, reason: d.reason })),
      decision: decisions.get(t.id)?.decision ?? null,
    };
  });

/**
 * Records the body's decisions in `decisions`; all or nothing. Each id must be a term discovered in
 * this preview; `null` withdraws a decision.
 * @throws InvalidInputError naming the first decision that does not apply
 */
export const recordDecisions = (
  decisions: Decisions,
  findings: PlanFindings,
  body: TermDecisionsBody,
): void => {
  const terms = new Map(findings.discovered.map((t) => [t.id, t]));
  const next = new Map(decisions);
  body.decisions.forEach((d, i) => {
    const term = terms.get(d.id);
    if (!term)
      throw new InvalidInputError(
        `api: body field decisions.${i}.id: ${d.id} is not a term discovered in this preview`,
        { path: `decisions.${i}.id` },
      );
    if (d.decision === null) {
      next.delete(d.id);
      return;
    }
    if (d.decision === 'accept') {
      const entry = lexiconEntrySchema.safeParse(lexiconEntryFor(term, d));
      if (!entry.success)
        throw new InvalidInputError(
          `api: body field decisions.${i}: ${term.name} cannot enter the lexicon: ${entry.error.issues[0]?.message ?? 'invalid entry'}`,
          { path: `decisions.${i}` },
        );
    }
    next.set(d.id, {
      decision: d.decision,
      ...(d.nameEn !== undefined ? { nameEn: d.nameEn } : {}),
      ...(d.aliases !== undefined ? { aliases: d.aliases } : {}),
    });
  });
  decisions.clear();
  for (const [k, v] of next) decisions.set(k, v);
};

const lexiconEntryFor = (
  term: { id: string; label: string; name: string; nameEn?: string },
  d: Pick<DecisionEntry, 'nameEn' | 'aliases'>,
): unknown => ({
  id: term.id,
  label: term.label,
  name: term.name,
  // The English name defaults to the one composed from the glossary, else to the name itself;
  // `npm run plan -- accept` can set a better one.
  nameEn: d.nameEn ?? (term.nameEn || term.name),
  aliases: d.aliases ?? [],
});

export const decisionsOf = (decisions: ReadonlyMap<string, DecisionEntry>): TermDecisionsResponse => {
  const of = (k: TermDecision) =>
    [...decisions]
      .filter(([, d]) => d.decision === k)
      .map(([id]) => id as TermDecisionsResponse['accepted'][number]);
  return { accepted: of('accept'), rejected: of('reject') };
};

/** The lexicon entries and rejected-term records a confirmed preview writes. */
export const decisionEntries = (
  preview: {
    readonly record: PlanRecord;
    readonly findings: PlanFindings;
    readonly decisions: ReadonlyMap<string, DecisionEntry>;
  },
  when: Date,
): { accepted: UserLexiconEntry[]; rejected: RejectedTerm[] } => {
  const terms = new Map(preview.findings.discovered.map((t) => [t.id, t]));
  const accepted: UserLexiconEntry[] = [];
  const rejected: RejectedTerm[] = [];
  for (const [id, d] of preview.decisions) {
    const term = terms.get(id);
    if (!term) continue;
    if (d.decision === 'accept') accepted.push(lexiconEntrySchema.parse(lexiconEntryFor(term, d)));
    else
      rejected.push({
        id: term.id,
        label: term.label,
        name: term.name,
        plan: preview.record.id,
        rejectedAt: when.toISOString(),
      });
  }
  return { accepted, rejected };
};
