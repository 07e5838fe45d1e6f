// Word sets of the discovery config that the term readers test words against. The readers run once
// per sentence, so a set built inside them is built again for every sentence of a long plan.
import type { DiscoveryConfig } from '../types';

const stopsOf = new WeakMap<DiscoveryConfig, ReadonlySet<string>>();

/** Leading verbs and stop words: a word that is one never opens or continues a name. */
export const leadingAndStopWords = (config: DiscoveryConfig): ReadonlySet<string> => {
  let stops = stopsOf.get(config);
  if (!stops) {
    stops = new Set([...config.leadingVerbs, ...(config.stopWords ?? [])]);
    stopsOf.set(config, stops);
  }
  return stops;
};

/**
 * True when `word` is two leading verbs or stop words the dictionary wrote as one idiom (`推广应用`,
 * `研究开发`): it opens no name, as each of its halves does not.
 */
export const isVerbCompound = (stops: ReadonlySet<string>, word: string): boolean => {
  if (word.length < 4) return false;
  for (let i = 2; i <= word.length - 2; i++)
    if (stops.has(word.slice(0, i)) && stops.has(word.slice(i))) return true;
  return false;
};

const listsOf = new WeakMap<DiscoveryConfig, Map<string, ReadonlySet<string>>>();

/** One of the config's word lists as a set. */
export const configWords = (
  config: DiscoveryConfig,
  list: 'leadingVerbs' | 'stopWords' | 'listQuantifiers' | 'stopTerms' | 'genericModifiers',
): ReadonlySet<string> => {
  const lists = listsOf.get(config) ?? new Map<string, ReadonlySet<string>>();
  listsOf.set(config, lists);
  let words = lists.get(list);
  if (!words) {
    words = new Set(config[list] ?? []);
    lists.set(list, words);
  }
  return words;
};

interface HeadSets {
  /** Every head of every label. */
  readonly all: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly longest: number;
  readonly oneChar: ReadonlySet<string>;
}
const headsOf = new WeakMap<DiscoveryConfig, HeadSets>();

const headSets = (config: DiscoveryConfig): HeadSets => {
  let sets = headsOf.get(config);
  if (!sets) {
    const all = Object.values(config.heads).flat();
    sets = {
      all,
      set: new Set(all),
      longest: Math.max(0, ...all.map((h) => h.length)),
      oneChar: new Set(all.filter((h) => h.length === 1)),
    };
    headsOf.set(config, sets);
  }
  return sets;
};

/** The heads of one character (`管`, `泵`), of any label. */
export const oneCharHeads = (config: DiscoveryConfig): ReadonlySet<string> => headSets(config).oneChar;

/**
 * True when `word` ends in a head of any label: the word's own endings looked up in a set, not every
 * head tried against the word.
 */
export const endsInHead = (config: DiscoveryConfig, word: string): boolean => {
  const { set, longest } = headSets(config);
  for (let n = Math.min(longest, word.length); n >= 0; n--)
    if (set.has(word.slice(word.length - n))) return true;
  return false;
};
