// The analysed text of one plan: sections, sentences and entity occurrences (curated and
// discovered), with the helpers the relation rules share (evidence, title lookup, occurrences by sentence).
import type { NodeLabel } from '../../core/model/graph-model';
import { asOffset, type NodeId, type PlanId } from '../../core/model/ids';
import type { Evidence, Mention } from '../../core/model/interchange';
import { buildAliasIndex, type AliasForm } from './lexicon';
import { matchLexicon, type Match } from './matcher';
import { normalize, normalizeTerm, type NormalizedText } from './normalize';
import { sentenceAt, splitSentences, trimSpan } from './sentences';
import { layoutView } from './page-layout';
import { csvView } from './csv-view';
import { srtView } from './srt-view';
import { simplifiedView, VIEW_PAD } from './simplified-view';
import { discoveredId } from './node-ids';
import { parseSections } from './structure';
import type { Curated, Occurrence, PlanInput, Section, Sentence } from './types';
import { mainRule, MIN_CONFIDENCE, termConfidence, type TermRule } from './terms/confidence';
import type { Gloss } from './terms/duplicates';
import { headingDomains, joinedCuratedField } from './terms/heading-domains';
import { readTerms, type ListFinding, type TermFinding } from './terms/read-terms';
import { lowerBound } from './lower-bound';
import { alignedCells } from './aligned-cells';

export interface DiscoveredTerm {
  readonly id: NodeId;
  readonly label: NodeLabel;
  readonly name: string;
  /** 0..1 from the evidence (terms/confidence.ts). */
  readonly confidence: number;
  /** The rule that found it (the most confident of several). */
  readonly foundBy: TermRule;
  /** The list head its name was completed from (`医疗机器人`), if any. */
  readonly completedFrom?: string;
  /** Its occurrences in this plan. */
  readonly occurrences: readonly Occurrence[];
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
  /** Terms found by reading but below MIN_CONFIDENCE: reported, not graphed. */
  readonly candidates: readonly DiscoveredTerm[];
  /** Coordinated lists and their members (list heads that name a domain give IN_DOMAIN). */
  readonly lists: readonly ListFinding[];
  /** Sections whose heading names a field found by reading (`1、医学影像设备。`), with its node. */
  readonly headingDomains: ReadonlyMap<number, NodeId>;
  /** Discovered terms written right before a curated name in brackets (`新型即时检测设备（POCT）`). */
  readonly glosses: readonly Gloss[];
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
  // Page footers and a running header are layout: the view blanks them, keeping every offset; a CSV
  // export's commas and quotes are a table's cells; a subtitle file's cue numbers and timings are the player's.
  const text = srtView(layoutView(csvView(simplifiedView(original))));
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
    let end = norm.ends[to - 1];
    if (start === undefined || end === undefined || !inProse(from)) return null;
    const sentence = sentenceAt(sentences, start);
    // A name ending in a shorter mainland phrase (`電腦斷層掃描儀`, `CT扫描仪  ` in the view) runs on over
    // the padding up to its written length: the mention covers every written character.
    const until = sentences[sentence]?.end ?? end;
    while (end < until && text[end] === VIEW_PAD && !/\s/u.test(original[end] ?? ' ')) end++;
    return { nodeId, start, end, sentence };
  };
  let matches = matchLexicon(norm, aliasIndex, occupied, text);
  const ranges = sentences
    .filter((x) => !SKIP_KINDS.has(sections[x.section]?.kind ?? ''))
    .flatMap((x) =>
      alignedCells(text, norm, lowerBound(norm.starts, x.start), lowerBound(norm.starts, x.end)),
    );
  const fields = new Map<number, NodeId>();
  const known = titleResolver(curated);
  const matchEnds = matches.map((m) => m.to);
  const pieces = new Set<Match>();
  const headingFindings = headingDomains(text, sections, known, curated.discovery).flatMap(
    (h): TermFinding[] => {
      // A curated field under its hall's word: the lexicon's match in the title is its mention.
      if (h.known) {
        fields.set(h.section, h.known);
        return [];
      }
      const from = lowerBound(norm.starts, h.titleStart);
      const to = lowerBound(norm.starts, h.titleEnd);
      const joined = joinedCuratedField(norm.text, matches, matchEnds, from, to);
      if (joined) pieces.add(joined);
      else for (let i = from; i < to; i++) if (occupied[i]) return [];
      occupied.fill(1, from, to);
      const id = discoveredId('Domain', h.name);
      fields.set(h.section, id);
      return [
        { id, curated: false, label: 'Domain', name: h.name, from, to, rule: 'heading:domain', clean: true },
      ];
    },
  );
  if (pieces.size > 0) matches = matches.filter((m) => !pieces.has(m));
  for (const m of matches) {
    const o = toOccurrence(m.nodeId, m.from, m.to);
    if (o) occurrences.push(o);
  }
  const read = readTerms(text, norm, ranges, curated, matches, occupied);
  const findings = [...headingFindings, ...read.findings];
  const { lists } = read;
  const found = new Map<
    NodeId,
    { f: TermFinding; rules: Set<TermRule>; clean: boolean; occ: Occurrence[] }
  >();
  for (const f of findings) {
    const o = toOccurrence(f.id, f.from, f.to);
    if (!o) continue;
    if (f.curated) {
      occurrences.push(o);
      continue;
    }
    const prev = found.get(f.id);
    if (prev) {
      prev.rules.add(f.rule);
      prev.clean ||= f.clean;
      prev.occ.push(o);
    } else found.set(f.id, { f, rules: new Set([f.rule]), clean: f.clean, occ: [o] });
  }
  const discovered: DiscoveredTerm[] = [];
  const candidates: DiscoveredTerm[] = [];
  const glosses: Gloss[] = [];
  const matchAt = new Map(matches.map((m) => [m.from, m]));
  for (const { f, rules, clean, occ } of found.values()) {
    const generic = curated.discovery.genericModifiers;
    const confidence = termConfidence({
      rules,
      mentions: occ.length,
      clean,
      name: f.name,
      generic,
      ...(f.completedFrom ? { completedFrom: f.completedFrom } : {}),
      quantifiers: curated.discovery.listQuantifiers ?? [],
    });
    const term: DiscoveredTerm = {
      id: f.id,
      label: f.label,
      name: f.name,
      confidence,
      foundBy: mainRule(rules),
      ...(f.completedFrom ? { completedFrom: f.completedFrom } : {}),
      occurrences: occ,
    };
    for (const o of occ) {
      const at = lowerBound(norm.starts, o.end);
      const inside = norm.text[at] === '(' ? matchAt.get(at + 1) : undefined;
      if (inside && norm.text[inside.to] === ')') glosses.push({ term: f.id, known: inside.nodeId });
    }
    if (confidence >= MIN_CONFIDENCE) {
      discovered.push(term);
      occurrences.push(...occ);
    } else candidates.push(term);
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
    discovered,
    candidates,
    lists,
    glosses,
    headingDomains: fields,
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
