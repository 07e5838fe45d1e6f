// Search (GET /api/search) from candidate rows: the server's come from the two full-text indexes
// (cypher/queries/search.cypher), the offline snapshot's are its whole graph. Either way a node is
// found only when the query's terms reach its indexed terms as the server's Lucene query asks
// (server/api/search/lucene-query.ts: the cjk terms; the en term, its prefix, one edit from it from
// three characters on, the words), then ranked by rank-search-hits. Pure.
import type { SearchResult } from '../contract';
import type { NodeId } from '../model/ids';
import type { NormalisedSearchText } from './normalise-search-text';
import { rankSearchHits, type SearchHit } from './rank-search-hits';
import { modelLabel, type NodeRow } from './rows';
import { cjkTerms, standardTerms, withinOneEdit } from './search-terms';

export interface SearchRow {
  node: NodeRow & { pinyin?: string[] | null; initials?: string[] | null };
  [key: string]: unknown;
}

export const searchHit = ({ node }: SearchRow): SearchHit => ({
  id: node.id as NodeId,
  label: modelLabel(node.labels),
  name: node.name ?? node.id,
  nameEn: node.nameEn ?? '',
  aliases: node.aliases ?? [],
  pinyin: node.pinyin ?? [],
  initials: node.initials ?? [],
});

const words = (text: NormalisedSearchText): string[] => text.spaced.split(' ').filter((w) => w !== '');

/** Whether either index finds the node for the query (see the file's opening comment). */
export function indexesFind(hit: SearchHit, text: NormalisedSearchText): boolean {
  const cjkDoc = new Set([hit.name, ...hit.aliases].flatMap(cjkTerms));
  if (
    words(text)
      .flatMap(cjkTerms)
      .some((t) => cjkDoc.has(t))
  )
    return true;
  const enDoc = [
    ...new Set([hit.nameEn, ...hit.aliases, ...hit.pinyin, ...hit.initials].flatMap(standardTerms)),
  ];
  const asked = new Set([...standardTerms(text.compact), ...words(text).flatMap(standardTerms)]);
  if (enDoc.some((t) => asked.has(t))) return true;
  if (text.compact !== '' && enDoc.some((t) => t.startsWith(text.compact))) return true;
  return [...text.compact].length >= 3 && enDoc.some((t) => withinOneEdit(t, text.compact));
}

/** The answer: the rows' nodes the indexes find, once each, ranked, the first `limit`. */
export const searchAnswer = (
  rows: readonly SearchRow[],
  text: NormalisedSearchText,
  limit: number,
): { results: SearchResult[] } => ({
  results: rankSearchHits(
    rows.map(searchHit).filter((h) => indexesFind(h, text)),
    text.compact,
    limit,
  ),
});
