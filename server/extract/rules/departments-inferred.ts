// Inferred responsibilities: a department the plan puts in charge (an issuer or a stated department)
// whose remit clause names a whole term that the measure itself is about: in its heading, in the
// name of an entity it targets, or in its own sentences (not those naming departments or addressed
// to local governments). Terms are specific (no bare 材料 or 评价) and match on word boundaries
// (jieba: 注册资本 holds no 注册); each cell says in words which clause and which term.
import type { NodeId } from '../../../core/model/ids';
import type { Evidence } from '../../../core/model/interchange';
import { normalizeTerm } from '../normalize';
import { headingSentence, sentenceEvidence, type PlanModel } from '../plan-model';
import { tagWords } from '../terms/segmenter';
import type { DepartmentEntry, RemitClause } from '../types';
import type { MeasureIndex } from './measures';
import type { RuleOutput } from './output';

/** `remit:nmpa:registration`: the department and the clause of its remit. */
export const remitRule = (dept: NodeId, clause: string): string =>
  `remit:${dept.slice('department:'.length)}:${clause}`;

/** Sentences addressed to local governments (`各地区要……优化产业布局`) assign no ministry. */
const LOCAL = /^(?:各地区|各地|地方各级|各省|有条件的地方)/;

const boundaries = new Map<string, { starts: Set<number>; ends: Set<number> }>();

/** Word starts and ends of `text` (memoised: headings and sentences are read once per clause). */
const wordBounds = (text: string): { starts: Set<number>; ends: Set<number> } => {
  const hit = boundaries.get(text);
  if (hit) return hit;
  // The one segmenter of the extractor: a second jieba would load its 5 MB dictionary again.
  const words = tagWords(text);
  const starts = new Set(words.map((w) => w.from));
  const ends = new Set(words.map((w) => w.to));
  const b = { starts, ends };
  if (boundaries.size > 20000) boundaries.clear();
  boundaries.set(text, b);
  return b;
};

/** True when `term` occurs in `text` as whole words: `注册` in `注册评审流程`, not `材料` in `生物材料` (one word). */
export const hasWholeTerm = (text: string, term: string): boolean => {
  let k = text.indexOf(term);
  if (k === -1) return false;
  const b = wordBounds(text);
  while (k !== -1) {
    if (b.starts.has(k) && b.ends.has(k + term.length)) return true;
    k = text.indexOf(term, k + 1);
  }
  return false;
};

/** What a measure is about: its heading, the entities it names, its own sentences. */
export interface MeasureText {
  readonly measure: NodeId;
  readonly heading: string;
  /** The sentence holding the heading: the evidence of a heading reading. */
  readonly headingAt: number;
  readonly entities: readonly string[];
  readonly sentences: readonly number[];
}

export const measureTexts = (
  model: PlanModel,
  index: MeasureIndex,
  naming: ReadonlySet<number>,
): MeasureText[] => {
  const byMeasure = new Map<
    NodeId,
    { heading: string; headingAt: number; entities: Set<string>; sentences: number[] }
  >();
  for (const [at, id] of index.bySection) {
    const section = model.sections[at];
    if (section)
      byMeasure.set(id, {
        heading: normalizeTerm(section.title),
        headingAt: headingSentence(model, section),
        entities: new Set(),
        sentences: [],
      });
  }
  model.sentences.forEach((s, i) => {
    const section = model.sections[s.section];
    const m = section ? index.innermost(section) : undefined;
    const entry = m ? byMeasure.get(m) : undefined;
    if (!entry || naming.has(i) || LOCAL.test(model.sentenceNorms[i] ?? '')) return;
    entry.sentences.push(i);
    for (const o of model.bySentence.get(i) ?? [])
      entry.entities.add(normalizeTerm(model.text.slice(o.start, o.end)));
  });
  return [...byMeasure].map(([measure, e]) => ({
    measure,
    heading: e.heading,
    headingAt: e.headingAt,
    entities: [...e.entities],
    sentences: e.sentences,
  }));
};

interface ClauseHit {
  readonly clause: RemitClause;
  readonly terms: string[];
  readonly where: 'heading' | 'targets' | 'text';
  readonly sentences: number[];
}

const clauseHit = (model: PlanModel, m: MeasureText, clause: RemitClause): ClauseHit | undefined => {
  const terms = clause.terms.map(normalizeTerm);
  const inHeading = terms.filter((t) => hasWholeTerm(m.heading, t));
  if (inHeading.length > 0) return { clause, terms: inHeading, where: 'heading', sentences: [m.headingAt] };
  const inTargets = terms.filter((t) => m.entities.some((e) => hasWholeTerm(e, t)));
  const sentencesOf = (t: string): number[] =>
    m.sentences.filter((i) => hasWholeTerm(model.sentenceNorms[i] ?? '', t));
  if (inTargets.length > 0)
    return {
      clause,
      terms: inTargets,
      where: 'targets',
      sentences: inTargets.flatMap(sentencesOf).slice(0, 3),
    };
  const inText = terms.map((t) => ({ t, at: sentencesOf(t) })).filter((x) => x.at.length > 0);
  if (inText.length === 0) return undefined;
  return {
    clause,
    terms: inText.map((x) => x.t),
    where: 'text',
    sentences: [...new Set(inText.flatMap((x) => x.at))].sort((a, b) => a - b).slice(0, 3),
  };
};

const WHERE = {
  heading: { zh: '标题', en: 'heading' },
  targets: { zh: '所针对的对象', en: 'targets' },
  text: { zh: '正文', en: 'own text' },
} as const;

/** The readable reason of a cell, in both languages. */
export const remitReason = (d: DepartmentEntry, hit: ClauseHit): { reasonZh: string; reasonEn: string } => {
  const source = hit.clause.source ?? d.remitSource;
  const terms = hit.terms.map((t) => `“${t}”`).join('、');
  return {
    reasonZh: `${d.name}的职责“${hit.clause.zh}”（${source}）涵盖本措施${WHERE[hit.where].zh}中的${terms}`,
    reasonEn: `The ${d.nameEn} remit “${hit.clause.en}” (${source}) covers ${terms} in the measure's ${WHERE[hit.where].en}`,
  };
};

export const inferredResponsibilities = (
  model: PlanModel,
  registry: readonly DepartmentEntry[],
  index: MeasureIndex,
  inCharge: ReadonlySet<NodeId>,
  naming: ReadonlySet<number>,
  stated: ReadonlySet<string>,
): RuleOutput => {
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const texts = measureTexts(model, index, naming);
  for (const d of registry) {
    if (!inCharge.has(d.id)) continue;
    for (const m of texts) {
      if (stated.has(`${d.id}|${m.measure}`)) continue;
      const hits = d.remit.flatMap((c) => clauseHit(model, m, c) ?? []);
      // The strongest reading: a heading beats targets beats text; then the most terms.
      const rank = { heading: 0, targets: 1, text: 2 };
      const best = hits.sort((a, b) => rank[a.where] - rank[b.where] || b.terms.length - a.terms.length)[0];
      if (!best) continue;
      const evidence: Evidence[] = best.sentences.map((i) => sentenceEvidence(model, i));
      out.edges.push({
        type: 'RESPONSIBLE_FOR',
        source: d.id,
        target: m.measure,
        basis: 'inferred',
        rule: remitRule(d.id, best.clause.id),
        evidence,
        props: { ...remitReason(d, best), terms: best.terms },
      });
    }
  }
  return out;
};
