// The analysed text of one plan: sections, sentences and entity occurrences (curated and
// discovered), with the helpers the relation rules share (evidence, title lookup, occurrences by sentence).
import type { NodeLabel } from '../model/graph-model';
import { asOffset, type NodeId, type PlanId } from '../model/ids';
import type { Evidence, Mention } from '../model/interchange';
import { discoverTerms } from './discovery';
import { buildAliasIndex, type AliasForm } from './lexicon';
import { matchLexicon } from './matcher';
import { normalize, normalizeTerm, type NormalizedText } from './normalize';
import { sentenceAt, splitSentences, trimSpan } from './sentences';
import { simplifiedView } from './simplified-view';
import { parseSections } from './structure';
import type { Curated, Occurrence, PlanInput, Section, Sentence } from './types';
import { discoveredId } from './node-ids';

export interface DiscoveredTerm {
  readonly id: NodeId;
  readonly label: Extract<NodeLabel, 'Equipment' | 'Component' | 'Material'>;
  readonly name: string;
}

export interface PlanModel {
  readonly plan: PlanInput['meta'];
  /** The text the rules read: the plan's text, or its Simplified view (same length) when Traditional. */
  readonly text: string;
  /** The plan's text as read from its file: evidence quotes are sliced from it. */
  readonly original: string;
  readonly norm: NormalizedText;
  readonly sections: readonly Section[];
  readonly sentences: readonly Sentence[];
  /** Curated and discovered occurrences, sorted by start. */
  readonly occurrences: readonly Occurrence[];
  readonly discovered: readonly DiscoveredTerm[];
  /** Occurrences of each sentence, in text order. */
  readonly bySentence: ReadonlyMap<number, readonly Occurrence[]>;
  /** Each sentence's text, normalised (for keyword rules). */
  readonly sentenceNorms: readonly string[];
}

/** Labels of everything the lexicon and discovery can name. */
export type LabelOf = (id: NodeId) => NodeLabel | undefined;

/** Sections whose text is not prose: mentions there would repeat the headings. */
const SKIP_KINDS = new Set(['toc']);

/** Analyses one plan's text: structure, sentences, lexicon matches, then discovery on what is left. */
export const analysePlan = (
  input: PlanInput,
  curated: Curated,
  aliasIndex: ReadonlyMap<string, readonly AliasForm[]> = buildAliasIndex(curated.lexicon),
): PlanModel => {
  const original = input.text;
  const text = simplifiedView(original);
  const sections = parseSections(text);
  const sentences = splitSentences(text, sections);
  const norm = normalize(text);
  const occupied = new Uint8Array(norm.text.length);
  // Positions outside any sentence (table of contents) are never mentions.
  const inProse = (from: number): boolean => {
    const at = sentenceAt(sentences, norm.starts[from] ?? -1);
    const s = sentences[at];
    return s !== undefined && !SKIP_KINDS.has(sections[s.section]?.kind ?? '');
  };
  const occurrences: Occurrence[] = [];
  const toOccurrence = (nodeId: NodeId, from: number, to: number): Occurrence | null => {
    const start = norm.starts[from];
    const end = norm.ends[to - 1];
    if (start === undefined || end === undefined || !inProse(from)) return null;
    return { nodeId, start, end, sentence: sentenceAt(sentences, start) };
  };
  for (const m of matchLexicon(norm, aliasIndex, occupied)) {
    const o = toOccurrence(m.nodeId, m.from, m.to);
    if (o) occurrences.push(o);
  }
  const discovered = new Map<NodeId, DiscoveredTerm>();
  for (const d of discoverTerms(norm, occupied, curated.discovery, inProse)) {
    const start = norm.starts[d.from] ?? 0;
    const end = norm.ends[d.to - 1] ?? start;
    const name = text.slice(start, end).replace(/[\s*#]/g, '');
    const id = discoveredId(d.label, name);
    discovered.set(id, { id, label: d.label, name });
    const o = toOccurrence(id, d.from, d.to);
    if (o) occurrences.push(o);
  }
  occurrences.sort((a, b) => a.start - b.start);
  const bySentence = new Map<number, Occurrence[]>();
  for (const o of occurrences) bySentence.set(o.sentence, [...(bySentence.get(o.sentence) ?? []), o]);
  const sentenceNorms = sentences.map((s) => normalizeTerm(text.slice(s.start, s.end)));
  return {
    plan: input.meta,
    text,
    original,
    norm,
    sections,
    sentences,
    occurrences,
    discovered: [...discovered.values()],
    bySentence,
    sentenceNorms,
  };
};

/** The evidence passage of a sentence. */
export const sentenceEvidence = (model: PlanModel, sentence: number): Evidence => {
  const s = model.sentences[sentence];
  if (!s) throw new Error(`extract: no sentence ${sentence} in ${model.plan.id}`);
  return spanEvidence(model, s.start, s.end, model.sections[s.section]?.path ?? '');
};

/** The evidence passage of [start, end), trimmed of whitespace and marks. */
export const spanEvidence = (model: PlanModel, start: number, end: number, section: string): Evidence => {
  const [s, e] = trimSpan(model.text, start, end);
  return {
    plan: model.plan.id,
    section,
    start: asOffset(s),
    end: asOffset(e),
    quote: model.original.slice(s, e),
  };
};

/** A mention of a plan at [start, end) (UTF-16 offsets of its text). */
export const mentionAt = (plan: PlanId, section: string, start: number, end: number): Mention => ({
  plan,
  section,
  start: asOffset(start),
  end: asOffset(end),
});

/** The sentence holding a section's heading. */
export const headingSentence = (model: PlanModel, section: Section): number =>
  sentenceAt(model.sentences, section.titleStart);

/** Resolves a heading title to a lexicon entity when the whole title is one of its names. */
export const titleResolver = (curated: Curated): ((title: string) => NodeId | undefined) => {
  const byForm = new Map<string, NodeId>();
  for (const e of curated.lexicon) for (const f of [e.name, ...e.aliases]) byForm.set(normalizeTerm(f), e.id);
  return (title) => byForm.get(normalizeTerm(title.replace(/^[“"]|[”"]$/g, '')));
};

/** Normalised text between two original offsets (gaps between mentions). */
export const gapText = (model: PlanModel, from: number, to: number): string =>
  normalizeTerm(model.text.slice(from, to));
