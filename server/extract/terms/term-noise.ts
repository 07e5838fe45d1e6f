// Evidence against a term found by reading: the span reads as something other than a thing of the
// field (a firm in a list of firms, a product named by its model, a clause). Such a finding is kept
// with a rule that says why, so its term stays among the report's candidates for a curator, not in
// the graph (terms/confidence.ts caps its confidence below MIN_CONFIDENCE).
import type { NoiseRule } from './confidence';
import {
  completedInFieldList,
  crossesDiscourseWord,
  cutFromWhole,
  followedByFirmContext,
  holdsClauseLocative,
  holdsClauseVerb,
  holdsConjunction,
  insideUnknownWord,
  startsInsideUnknownWord,
  holdsMaking,
  holdsModel,
  holdsOrganisation,
  holdsPhrase,
  holdsPreposition,
  holdsServiceUnit,
  inOrganisationList,
  opensWithBrand,
  opensWithConnective,
  opensWithModel,
  opensWithLevel,
  opensWithSuffix,
  ownsItsKind,
} from './noise';
import type { TermFinding } from './read-terms';
import type { Word } from './segmenter';

/** Why the finding at [from, to) of the sentence (sentence coordinates) is no thing, if it is not. */
export const noiseRuleOf = (
  finding: Pick<TermFinding, 'name' | 'rule' | 'curated' | 'label' | 'completedFrom'>,
  sentence: string,
  words: readonly Word[],
  from: number,
  to: number,
  firms: readonly string[] = [],
): NoiseRule | undefined => {
  if (finding.curated) return undefined;
  if (inOrganisationList(sentence, finding.name, to) || holdsOrganisation(finding.name))
    return 'noise:organisation';
  // `天智航（688277）`, `微创机器人董事长`, `微创机器人的图迈腔镜手术机器人`: what follows makes it a firm;
  // a material after 由 (`由合金钢生产`) is what the thing is made of, no maker.
  if (
    followedByFirmContext(sentence, to, finding.label === 'Material' ? -1 : from) ||
    ownsItsKind(words, sentence, from, to)
  )
    return 'noise:organisation';
  // A model or a maker names one maker's device or part; a material's grade (`MP35N镍钴合金丝`) is
  // written alike and names the material.
  if (opensWithLevel(words, from)) return 'noise:organisation';
  if (finding.label !== 'Material' && (opensWithModel(finding.name) || holdsModel(finding.name)))
    return 'noise:model';
  if (finding.label === 'Equipment' && opensWithBrand(words, sentence, from, to, firms)) return 'noise:model';
  // The dictionary tags some firms named like devices as organisations (`德州仪器/nt`); it tags things
  // so too (`光学玻璃/nt`, `中央处理器/nt`), so only a name read as equipment is taken for the firm.
  const firmWord = words.find((w) => w.to === to && w.from >= from);
  if (finding.label === 'Equipment' && firmWord?.tag === 'nt' && firmWord.word.length >= 2)
    return 'noise:organisation';
  if (holdsPhrase(finding.name) || holdsServiceUnit(finding.name) || holdsMaking(finding.name))
    return 'noise:clause';
  if (
    holdsPreposition(words, from, to) ||
    holdsClauseVerb(words, from, to) ||
    cutFromWhole(sentence, from, to)
  )
    return 'noise:clause';
  if (
    holdsConjunction(words, from, to) ||
    insideUnknownWord(words, from, to) ||
    startsInsideUnknownWord(words, from)
  )
    return 'noise:clause';
  if (opensWithConnective(words, from) || opensWithSuffix(words, from)) return 'noise:clause';
  // `便携式超声、掌上超声和血管内超声（IVUS）导管`: the gloss names the last member alone; a member completed
  // with it is no name.
  const gloss = /[(（][^()（）]+[)）]/.exec(finding.name)?.[0];
  if (gloss && finding.completedFrom?.includes(gloss) && finding.completedFrom !== finding.name)
    return 'noise:clause';
  if (finding.completedFrom && completedInFieldList(sentence, to, finding.completedFrom))
    return 'noise:clause';
  if (crossesDiscourseWord(words, from, to)) return 'noise:clause';
  if (finding.rule.startsWith('head-noun') && holdsClauseLocative(words, from, to)) return 'noise:clause';
  return undefined;
};

/** The finding as read, or under the rule that says why it is no thing. `rf` is where the sentence
 * starts in the normalised text; `firms` are the firms the text lists. */
export const withNoiseEvidence = (
  finding: TermFinding,
  sentence: string,
  words: readonly Word[],
  rf: number,
  firms: readonly string[] = [],
): TermFinding => {
  const rule = noiseRuleOf(finding, sentence, words, finding.from - rf, finding.to - rf, firms);
  return rule ? { ...finding, rule } : finding;
};
