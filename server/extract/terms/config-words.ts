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
