// Builds the Lucene query strings for the two full-text indexes from normalised user text. Every
// Lucene operator character is escaped, so `"`, `*`, `~`, `[`, `:` are searched for, never executed.

// Lucene's classic query parser syntax characters (https://lucene.apache.org/core/9_0_0/queryparser/).
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
// Upper-case boolean words are operators; the user's text is lower-cased first, but be explicit.
const OPERATOR_WORDS = /\b(AND|OR|NOT|TO)\b/g;

/** Escapes every Lucene syntax character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`).replace(OPERATOR_WORDS, (w) => w.toLowerCase());
}

export interface LuceneQueries {
  /** For `entity_names_cjk` (bigram analyzer): the text itself, analysed into bigrams. */
  cjk: string;
  /** For `entity_names_en`: exact term, prefix, fuzzy (typos), and the words as a phrase-ish OR. */
  en: string;
}

/**
 * @example luceneQueries({compact: 'zhongkong', spaced: 'zhongkong'})
 *   // { cjk: 'zhongkong', en: 'zhongkong^4 OR zhongkong*^2 OR zhongkong~1 OR (zhongkong)' }
 */
export function luceneQueries(text: { compact: string; spaced: string }): LuceneQueries {
  const term = escapeLucene(text.compact);
  const words = escapeLucene(text.spaced);
  const parts = [`${term}^4`, `${term}*^2`];
  // Fuzzy on one or two characters matches nearly everything: only from three on.
  if (text.compact.length >= 3) parts.push(`${term}~1`);
  parts.push(`(${words})`);
  return { cjk: words, en: parts.join(' OR ') };
}
