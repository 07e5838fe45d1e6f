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

const listsOf = new WeakMap<DiscoveryConfig, Map<string, ReadonlySet<string>>>();

/** One of the config's word lists as a set. */
export const configWords = (
  config: DiscoveryConfig,
  list: 'leadingVerbs' | 'stopWords' | 'listQuantifiers',
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
