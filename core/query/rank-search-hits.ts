// Ranks full-text candidates exact > prefix > head > fuzzy: a hit is exact when its name, English
// name, an alias, its pinyin or its initials equal the query, prefix when one starts with it, head
// when a name or alias ends with it (a Chinese compound's head: 压力传感器 is a 传感器), fuzzy
// otherwise; within a rank how much of the closest name the query covers, then the shorter name,
// decide (not the index's score: the offline snapshot has no index, and both must rank alike).
import type { SearchResult } from '../contract';
import type { NodeLabel } from '../model/graph-model';
import type { NodeId } from '../model/ids';
import { compactName } from './normalise-search-text';

export interface SearchHit {
  id: NodeId;
  label: NodeLabel;
  name: string;
  nameEn: string;
  aliases: readonly string[];
  pinyin: readonly string[];
  initials: readonly string[];
}

const RANK = { exact: 3, prefix: 2, head: 1, fuzzy: 0 } as const;
type Match = keyof typeof RANK;

/** How a hit matches the compact query text. */
export function matchKind(hit: SearchHit, compactQuery: string): Match {
  const keys = [hit.name, hit.nameEn, ...hit.aliases, ...hit.pinyin, ...hit.initials].map(compactName);
  if (keys.some((k) => k === compactQuery)) return 'exact';
  if (keys.some((k) => k !== '' && k.startsWith(compactQuery))) return 'prefix';
  // Names only: pinyin and initials ending with a query ("wm" of "zkxwm") say nothing.
  const names = [hit.name, hit.nameEn, ...hit.aliases].map(compactName);
  if ([...compactQuery].length >= 2 && names.some((k) => k.endsWith(compactQuery))) return 'head';
  return 'fuzzy';
}

/** The share of the shortest name, alias or romanisation holding the query that the query covers. */
export function coverage(hit: SearchHit, compactQuery: string): number {
  const lengths = [hit.name, hit.nameEn, ...hit.aliases, ...hit.pinyin, ...hit.initials]
    .map(compactName)
    .filter((k) => k.includes(compactQuery))
    .map((k) => k.length);
  return lengths.length === 0 || compactQuery === '' ? 0 : compactQuery.length / Math.min(...lengths);
}

/**
 * Orders hits, keeps the first `limit`. The score is the rank (3, 2, 1, 0) plus half the coverage,
 * so a client can sort by it and get the same order.
 */
export function rankSearchHits(
  hits: readonly SearchHit[],
  compactQuery: string,
  limit: number,
): SearchResult[] {
  const seen = new Set<string>();
  const scored = hits
    .filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)))
    .map((h) => {
      const match = matchKind(h, compactQuery);
      return {
        hit: h,
        match,
        score: Math.round((RANK[match] + coverage(h, compactQuery) / 2) * 1000) / 1000,
      };
    });
  scored.sort(
    (a, b) => b.score - a.score || a.hit.name.length - b.hit.name.length || a.hit.id.localeCompare(b.hit.id),
  );
  return scored.slice(0, limit).map(({ hit, match, score }) => ({
    id: hit.id,
    label: hit.label,
    name: hit.name,
    nameEn: hit.nameEn,
    score,
    match,
  }));
}
