// A normalised view of a plan's text for matching: whitespace and Markdown marks dropped,
// full-width ASCII folded to half-width, Latin lower-cased, the stroke 丨 read as a bar; every
// character keeps its original offset.

export interface NormalizedText {
  /** The normalised characters. */
  readonly text: string;
  /** Original UTF-16 offset where each normalised character starts. */
  readonly starts: readonly number[];
  /** Original UTF-16 offset just after each normalised character. */
  readonly ends: readonly number[];
}

/** Whitespace (incl. U+3000 and the Unicode spaces), `*` and `#` carry no meaning for matching. */
const isSkipped = (code: number): boolean =>
  code === 0x20 ||
  code === 0x2a ||
  code === 0x23 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0x3000 ||
  code === 0xa0 ||
  code === 0xfeff ||
  (code >= 0x2000 && code <= 0x200b) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x1680 ||
  code === 0x202f ||
  code === 0x205f;

/**
 * Folds one UTF-16 code unit: full-width ASCII to ASCII (`（` -> `(`), Latin to lower case, and the
 * stroke 丨 to `|`: no word of today's Chinese is written with it, and pages part a title's column
 * from its subject with it as with a bar (`一图读懂丨助听器、人工晶状体……`).
 */
const foldCode = (code: number): number => {
  if (code === 0x4e28) return 0x7c;
  const half = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
};

/** Folds one character: full-width ASCII to ASCII (`（` -> `(`), Latin to lower case. */
export const foldChar = (ch: string): string => String.fromCharCode(foldCode(ch.charCodeAt(0)));

const CHUNK = 8192;
/** The string of `units`, in chunks that keep an argument list short. */
const fromUnits = (units: readonly number[]): string => {
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  let out = '';
  for (let k = 0; k < units.length; k += CHUNK) out += String.fromCharCode(...units.slice(k, k + CHUNK));
  return out;
};

/** Normalises a short string (a lexicon alias) the same way as a plan's text. */
export const normalizeTerm = (s: string): string => {
  // Most names are normal already (Han, lower-case Latin): keep the string rather than rebuild it.
  let kept = 0;
  while (kept < s.length) {
    const code = s.charCodeAt(kept);
    if (isSkipped(code) || foldCode(code) !== code) break;
    kept++;
  }
  if (kept === s.length) return s;
  // Built from its code units, not a character at a time: `out += ch` makes a chain of one string
  // object per character, which a kept result (a sentence's normalised text) holds until first read.
  const units: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isSkipped(code)) units.push(foldCode(code));
  }
  return fromUnits(units);
};

/** Normalises `text` between `from` and `to`, keeping the offset map. */
export const normalize = (text: string, from = 0, to = text.length): NormalizedText => {
  const starts: number[] = [];
  const ends: number[] = [];
  const units: number[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // A surrogate pair stays one character: both units map to the pair's offsets.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    if (!isSkipped(code)) {
      for (let k = 0; k < width; k++) {
        units.push(width === 1 ? foldCode(code) : text.charCodeAt(i + k));
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  return { text: fromUnits(units), starts, ends };
};

export const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[a-z0-9]/.test(ch);
