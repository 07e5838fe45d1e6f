// A normalised view of a plan's text for matching: whitespace and Markdown marks dropped,
// full-width ASCII folded to half-width, Latin lower-cased; every character keeps its original offset.

export interface NormalizedText {
  /** The normalised characters. */
  readonly text: string;
  /** Original UTF-16 offset where each normalised character starts. */
  readonly starts: readonly number[];
  /** Original UTF-16 offset just after each normalised character. */
  readonly ends: readonly number[];
}

const SKIPPED = /[\s*#\u3000]/u;

/** Folds one character: full-width ASCII to ASCII (`（` -> `(`), Latin to lower case. */
export const foldChar = (ch: string): string => {
  const code = ch.codePointAt(0) ?? 0;
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
  return half.toLowerCase();
};

/** Normalises a short string (a lexicon alias) the same way as a plan's text. */
export const normalizeTerm = (s: string): string => {
  let out = '';
  for (const ch of s) if (!SKIPPED.test(ch)) out += foldChar(ch);
  return out;
};

/** Normalises `text` between `from` and `to`, keeping the offset map. */
export const normalize = (text: string, from = 0, to = text.length): NormalizedText => {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (!SKIPPED.test(ch)) {
      const folded = foldChar(ch);
      for (const unit of folded) {
        out += unit;
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: out, starts, ends };
};

export const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);
