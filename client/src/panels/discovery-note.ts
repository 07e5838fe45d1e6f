// What the details panel says of a term the extractor found by reading the text (docs/extraction.md
// "Discovery"): that it was read, how sure the extractor is, the rule that found it and, for a name
// completed from a list's shared head, that head, and whether its English name was composed from the
// glossary. Pure: node in, lines out.
import type { WireNode } from '../api/wire';
import type { StringKey, Translate } from '../i18n/i18n';
import { zh } from '../i18n/strings';

export interface DiscoveryNote {
  found: string;
  /** The confidence with two decimals, as it is shown (`0.80`); null when the node has none. */
  confidence: string | null;
  confidenceLine: string | null;
  rule: string | null;
  completed: string | null;
  /** Says that the English name was composed from the glossary's word pieces, not curated. */
  english: string | null;
}

/** A rule id in words when the page has them, else the id itself. */
export const ruleLabel = (rule: string, t: Translate): string => {
  const key = `foundBy.${rule}`;
  return Object.hasOwn(zh, key) ? t(key as StringKey) : rule;
};

/** The note of a discovered node; null for a curated one. */
export const discoveryNote = (
  node: Pick<WireNode, 'discovered' | 'props'>,
  t: Translate,
): DiscoveryNote | null => {
  if (node.discovered !== true) return null;
  const { confidence, foundBy, completedFrom, nameEnBy } = node.props ?? {};
  const c = typeof confidence === 'number' && Number.isFinite(confidence) ? confidence.toFixed(2) : null;
  return {
    found: t('discoveredFound'),
    confidence: c,
    confidenceLine: c === null ? null : t('discoveredConfidence', { c }),
    rule:
      typeof foundBy === 'string' && foundBy ? t('discoveredRule', { rule: ruleLabel(foundBy, t) }) : null,
    completed:
      typeof completedFrom === 'string' && completedFrom
        ? t('discoveredCompleted', { head: completedFrom })
        : null,
    english: nameEnBy === 'glossary' ? t('discoveredEnglish') : null,
  };
};
