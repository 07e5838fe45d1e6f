// The discovery part of the extraction report: every term found by reading, with its label, rule,
// confidence, plans, mentions (offsets and sentence) and probable duplicates, for curators.
import type { GraphFile } from '../../../core/model/interchange';
import type { DiscoveredTerm, PlanModel } from '../plan-model';
import type { DiscoveryConfig } from '../types';
import { compareAscii } from '../collate';
import { probableDuplicates, type ProbableDuplicate } from './duplicates';

export interface TermMention {
  readonly plan: string;
  readonly start: number;
  readonly end: number;
  readonly section: string;
  /** The sentence, exactly as in the plan. */
  readonly sentence: string;
}

export interface TermEntry {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  /** An English name composed from the glossary (terms/english-gloss.ts), when it covers the name. */
  readonly nameEn?: string;
  readonly confidence: number;
  readonly foundBy: string;
  readonly completedFrom?: string;
  readonly plans: string[];
  readonly mentions: TermMention[];
  readonly probableDuplicates: ProbableDuplicate[];
}

const mentionsOf = (model: PlanModel, term: DiscoveredTerm): TermMention[] =>
  term.occurrences.map((o) => {
    const s = model.sentences[o.sentence];
    return {
      plan: model.plan.id,
      start: o.start,
      end: o.end,
      section: model.sections[s?.section ?? 0]?.path ?? '',
      sentence: s ? model.text.slice(s.start, s.end) : '',
    };
  });

/** Report entries for the graphed discovered terms and for the candidates below the threshold. */
export const termEntries = (
  graph: GraphFile,
  models: readonly PlanModel[],
  discovered: ReadonlySet<string>,
  config: DiscoveryConfig,
): { discovered: TermEntry[]; candidates: TermEntry[] } => {
  const glosses = models.flatMap((m) => m.glosses);
  const dups = probableDuplicates(graph.nodes, discovered, glosses, config);
  const nameEn = new Map(graph.nodes.filter((n) => n.nameEn !== '').map((n) => [n.id, n.nameEn]));
  const gather = (pick: (m: PlanModel) => readonly DiscoveredTerm[], withDups: boolean): TermEntry[] => {
    const byId = new Map<string, TermEntry>();
    for (const model of models)
      for (const t of pick(model)) {
        const prev = byId.get(t.id);
        const mentions = mentionsOf(model, t);
        if (prev) {
          prev.mentions.push(...mentions);
          if (!prev.plans.includes(model.plan.id)) prev.plans.push(model.plan.id);
          continue;
        }
        byId.set(t.id, {
          id: t.id,
          label: t.label,
          name: t.name,
          ...(nameEn.has(t.id) ? { nameEn: nameEn.get(t.id) } : {}),
          confidence: t.confidence,
          foundBy: t.foundBy,
          ...(t.completedFrom ? { completedFrom: t.completedFrom } : {}),
          plans: [model.plan.id],
          mentions,
          probableDuplicates: withDups ? (dups.get(t.id) ?? []) : [],
        });
      }
    return [...byId.values()].sort((a, b) => compareAscii(a.label, b.label) || compareAscii(a.id, b.id));
  };
  return { discovered: gather((m) => m.discovered, true), candidates: gather((m) => m.candidates, false) };
};
