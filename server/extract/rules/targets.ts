// SETS: quantified goals in a plan's goal sections (目标/愿景): `6-8 家企业进入全球医疗器械行业 50 强`,
// `15%以上`, with value, unit, comparator and year (`到 2025 年`, else the end of the plan period). A text
// without goal sections (a news report) states its goals in sentences that say `到 2025 年`.
import { asNodeId } from '../../../core/model/ids';
import { mentionAt, sentenceEvidence } from '../plan-model';
import { planNodeId, targetId } from '../node-ids';
import { ancestry } from '../structure';
import type { RuleContext } from './context';
import type { RuleOutput } from './output';

export const TARGET_RULE = 'quantity:goal-section';
const GOAL_SECTION = /目标|愿景/;
/** A number or range and its unit; years (`2025 年`) do not match. */
const QUANTITY =
  /(\d+(?:\.\d+)?)(?:\s*[-－~～至]\s*(\d+(?:\.\d+)?))?\s*(%|家|项|个|种|亿元|万亿元?|倍)(以上|左右|以内)?/u;
/** Clauses: split at Chinese punctuation and at the half-width , ; of news texts (not inside 1,000). */
const SEGMENT = /(?:[^，。；、：,;]|(?<=\d),(?=\d))+/gu;
const YEAR = /到\s*(\d{4})\s*年/gu;

export interface ParsedTarget {
  readonly name: string;
  readonly value: number;
  readonly valueMax?: number;
  readonly unit: string;
  readonly comparator?: string;
}

/** Parses one clause: `规上企业营业收入年均复合增长率 15%以上` -> 15, %, >=. */
export const parseQuantity = (segment: string): ParsedTarget | undefined => {
  const name = segment.replace(/[\s*]/g, '');
  const m = QUANTITY.exec(name);
  if (!m?.[1] || !m[3]) return undefined;
  const comparator = m[4] === '以上' ? '>=' : m[4] === '左右' ? '~' : m[4] === '以内' ? '<=' : undefined;
  return {
    name,
    value: Number(m[1]),
    ...(m[2] ? { valueMax: Number(m[2]) } : {}),
    unit: m[3],
    ...(comparator ? { comparator } : {}),
  };
};

export const targets = (ctx: RuleContext): RuleOutput => {
  const { model } = ctx;
  const out: RuleOutput = { nodes: [], mentions: [], edges: [] };
  const hasGoalSections = model.sections.some((a) => a.kind !== 'front' && GOAL_SECTION.test(a.title));
  model.sentences.forEach((s, i) => {
    const section = model.sections[s.section];
    if (!section) return;
    const inGoalSection = ancestry(model.sections, section).some(
      (a) => a.kind !== 'front' && GOAL_SECTION.test(a.title),
    );
    const sentenceText = model.text.slice(s.start, s.end);
    // Without goal sections, a sentence that says by when (`到2025年，...`) states goals.
    const goalSentence = !hasGoalSections && /到\s*\d{4}\s*年/.test(sentenceText);
    if (!inGoalSection && !goalSentence) return;
    const goal = inGoalSection
      ? (ancestry(model.sections, section).find((a) => GOAL_SECTION.test(a.title)) ?? section)
      : { start: s.start };
    // The year is the last `到 YYYY 年` before the sentence within its goal section.
    let year: number | undefined;
    for (const m of model.text.slice(goal.start, s.end).matchAll(YEAR)) year = Number(m[1]);
    for (const seg of sentenceText.matchAll(SEGMENT)) {
      const parsed = parseQuantity(seg[0]);
      if (!parsed) continue;
      const lead = seg[0].length - seg[0].trimStart().length;
      const start = s.start + (seg.index ?? 0) + lead;
      const end = s.start + (seg.index ?? 0) + seg[0].trimEnd().length;
      // Curated slugs and English names sit beside the measures' (seeds/measures.json, keyed by text).
      const curatedName = ctx.curated.measures[model.plan.id]?.[parsed.name];
      const id = curatedName
        ? asNodeId(`target:${model.plan.id}-${curatedName.slug}`)
        : targetId(model.plan.id, parsed.name);
      const y = year ?? model.plan.periodEnd;
      out.nodes.push({
        id,
        label: 'Target',
        name: parsed.name,
        nameEn: curatedName?.nameEn ?? '',
        props: {
          value: parsed.value,
          ...(parsed.valueMax !== undefined ? { valueMax: parsed.valueMax } : {}),
          unit: parsed.unit,
          ...(parsed.comparator ? { comparator: parsed.comparator } : {}),
          ...(y !== undefined ? { year: y, yearSource: year !== undefined ? 'text' : 'plan period' } : {}),
        },
      });
      out.mentions.push({ id, mention: mentionAt(model.plan.id, section.path, start, end) });
      out.edges.push({
        type: 'SETS',
        source: planNodeId(model.plan.id),
        target: id,
        basis: 'stated',
        rule: TARGET_RULE,
        evidence: [sentenceEvidence(model, i)],
      });
    }
  });
  return out;
};
