// A node's name as drawn: wrapped to lines of a given width (in ems) and cut to at most three lines
// with an ellipsis, so one long name cannot cover its neighbours. Chinese breaks between any two
// characters (but not before closing punctuation), other scripts at spaces. Pure; widths are
// estimated (a CJK character one em, other characters about half), on the narrow side so that
// Cytoscape's own wrapping at `text-max-width` never adds a line.

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
/** Never at the start of a line. */
const CLOSING = /[）)】」』》〉，。、；：！？,.;:!?%]/;
/** Never at the end of a line. */
const OPENING = /[（(【「『《〈]/;

const charEm = (ch: string): number => (CJK.test(ch) ? 1 : ch === ' ' ? 0.3 : /[A-Z]/.test(ch) ? 0.66 : 0.56);
const em = (s: string): number => [...s].reduce((a, ch) => a + charEm(ch), 0);

/** Tokens that stay on one line: a CJK character, a word of another script, with punctuation kept on. */
const tokens = (text: string): string[] => {
  const out: string[] = [];
  for (const part of text.match(
    /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
  ) ?? []) {
    const prev = out[out.length - 1];
    if (prev !== undefined && CLOSING.test(part[0] ?? '') && !/\s$/.test(prev))
      out[out.length - 1] = prev + part;
    else if (prev !== undefined && OPENING.test(prev[prev.length - 1] ?? '') && !/^\s/.test(part))
      out[out.length - 1] = prev + part;
    else out.push(part);
  }
  return out;
};

export interface WrapOptions {
  /** Line width in ems (font sizes). */
  maxEm: number;
  maxLines: number;
}

const ELLIPSIS = '…';

/**
 * The lines of a label.
 *
 * @example wrapLabel('体外膜肺氧合系统（ECMO）', { maxEm: 8, maxLines: 3 }) // ['体外膜肺氧合系统', '（ECMO）']
 */
export const wrapLabel = (text: string, { maxEm, maxLines }: WrapOptions): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const t of tokens(text.trim())) {
    const blank = /^\s+$/.test(t);
    if (blank) {
      if (line) line += ' ';
      continue;
    }
    if (line && em(line + t) > maxEm) {
      lines.push(line.trimEnd());
      line = t;
    } else line += t;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && em(last + ELLIPSIS) > maxEm) {
    // A word of a spaced script goes whole; Chinese loses one character at a time.
    const space = last.lastIndexOf(' ');
    last = (
      space > 0 && !CJK.test(last[last.length - 1] ?? '')
        ? last.slice(0, space)
        : [...last].slice(0, -1).join('')
    ).trimEnd();
  }
  kept[maxLines - 1] = last + ELLIPSIS;
  return kept;
};

/** The label as Cytoscape draws it: lines joined by newlines (`text-wrap: wrap` keeps them). */
export const labelText = (text: string, options: WrapOptions): string => wrapLabel(text, options).join('\n');
