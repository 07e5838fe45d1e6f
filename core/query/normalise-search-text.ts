// Normalises what a user typed into the search box (docs/api.md, "Endpoints": search): full-width forms become
// half-width, case folds, and spaces go, so "ＥＣＭＯ", "zhong kong" and "中空 纤维膜" all match.

export interface NormalisedSearchText {
  /** Spaces stripped, lower case: compared with names, aliases, pinyin and initials. */
  compact: string;
  /** Spaces collapsed to one, lower case: handed (escaped) to the English full-text index. */
  spaced: string;
}

/**
 * Characters that print as nothing: zero-width space, joiners and marks (U+200B-U+200F, ZWJ is
 * U+200D), bidirectional embeddings and overrides (U+202A-U+202E), the word joiner, invisible
 * operators and bidi isolates (U+2060-U+206F) and the byte-order mark (U+FEFF). A query pasted with
 * one of them inside a word would otherwise match nothing, so they go before anything is compared.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/gu;

/** NFKC folds full-width letters, digits and punctuation (U+FF01-FF5E) and U+3000 to their ASCII forms. */
export function normaliseSearchText(raw: string): NormalisedSearchText {
  const folded = raw.replace(INVISIBLE, '').normalize('NFKC').toLowerCase();
  const spaced = folded.replace(/\s+/gu, ' ').trim();
  return { compact: spaced.replace(/ /g, ''), spaced };
}

/** The same folding for stored names, so both sides of a comparison agree. */
export const compactName = (s: string): string => normaliseSearchText(s).compact;
