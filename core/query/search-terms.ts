// The terms the two full-text indexes hold for a text and the terms a query asks for, as Lucene
// analyses them (cypher/schema/010-entity-names-cjk.cypher: the cjk analyzer, overlapping bigrams of
// Chinese; 011-entity-names-en.cypher: the standard analyzer), so that which nodes a query finds is
// defined here once: the server keeps only the index hits these terms accept, the offline snapshot
// scans its graph with them. Pure.

/** Lucene's English stop words (the standard analyzer drops them; the cjk analyzer adds s, t, www). */
const STOP = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);
const CJK_STOP = new Set([...STOP, 's', 't', 'www']);
CJK_STOP.delete('an');

const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}]/u;
const WORD = /[\p{L}\p{N}\p{M}_]/u;
// Characters that join two word characters into one token (UAX #29 MidLetter, MidNum, MidNumLet).
const MID = /['.:·’,;]/u;

interface Token {
  text: string;
  ideographic: boolean;
  start: number;
  end: number;
}

/** Unicode word segmentation as Lucene's StandardTokenizer does it, close enough for names. */
function tokens(text: string): Token[] {
  const chars = [...text.toLowerCase()];
  const out: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    if (IDEOGRAPHIC.test(c)) {
      out.push({ text: c, ideographic: true, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (!WORD.test(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const d = chars[j];
      if (d !== undefined && WORD.test(d) && !IDEOGRAPHIC.test(d)) j++;
      else if (
        d !== undefined &&
        MID.test(d) &&
        chars[j + 1] !== undefined &&
        WORD.test(chars[j + 1]!) &&
        !IDEOGRAPHIC.test(chars[j + 1]!)
      )
        j += 2;
      else break;
    }
    out.push({ text: chars.slice(i, j).join(''), ideographic: false, start: i, end: j });
    i = j;
  }
  return out;
}

/** Full-width ASCII folded to half-width, as the cjk analyzer's width filter does. */
const foldWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** Terms of the cjk analyzer: adjacent ideographs as overlapping bigrams, a lone one alone, words whole. */
export function cjkTerms(text: string): string[] {
  const out: string[] = [];
  const list = tokens(foldWidth(text));
  for (let k = 0; k < list.length; k++) {
    const t = list[k]!;
    if (!t.ideographic) {
      if (!CJK_STOP.has(t.text)) out.push(t.text);
      continue;
    }
    const prev = list[k - 1];
    const next = list[k + 1];
    const joinsNext = next?.ideographic === true && next.start === t.end;
    const joinsPrev = prev?.ideographic === true && prev.end === t.start;
    if (joinsNext) out.push(t.text + next.text);
    else if (!joinsPrev) out.push(t.text);
  }
  return out;
}

/** Terms of the standard analyzer: words whole, each ideograph alone, stop words dropped. */
export const standardTerms = (text: string): string[] =>
  tokens(text)
    .map((t) => t.text)
    .filter((t) => !STOP.has(t));

/** At most one insertion, deletion, substitution or swap of neighbours apart (Lucene's `~1`). */
export function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (i === x.length) return true;
    const rest = (n: number) => x.slice(n).join('') === y.slice(n).join('');
    return rest(i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2));
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.slice(i + 1).join('') === short.slice(i).join('');
}
