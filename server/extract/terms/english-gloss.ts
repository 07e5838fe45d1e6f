// English names for terms found by reading, composed from a glossary of the field's word pieces
// (seeds/glossary.json) and the curated lexicon's own English names, so that a bilingual demo does
// not fall back to Chinese for every discovered term. A name gets a gloss only when every one of
// its characters is covered; a half-translated name would read as a real one and mislead.
import type { LexiconEntry } from '../types';

export interface Glossary {
  /** Chinese piece -> English, including the lexicon's names and aliases. */
  readonly pieces: ReadonlyMap<string, string>;
  readonly longest: number;
}

/** Coordinators inside a name (`语言评估与训练康复装备`). */
const AND: Readonly<Record<string, string>> = { 与: 'and', 和: 'and', 及: 'and' };

/** A run of Latin letters, digits and the marks that join them (`CT`, `3.0T`, `PET/CT`, `X`). */
const LATIN = /^[A-Za-z0-9][A-Za-z0-9.\-/+°]*/;

/** `ECMO (extracorporeal membrane oxygenator)` -> `ECMO`; `Hearing aid` -> `hearing aid`; asides go. */
const asPiece = (nameEn: string): string => {
  const bare = nameEn.replace(/\s*\([^)]*\)/g, '').trim();
  return /^[A-Z][a-z]/.test(bare) ? bare[0]!.toLowerCase() + bare.slice(1) : bare;
};

/** The glossary of `pieces` with the names and aliases of `lexicon` (pieces win over the lexicon). */
export const buildGlossary = (
  pieces: Readonly<Record<string, string>>,
  lexicon: readonly LexiconEntry[],
): Glossary => {
  const all = new Map<string, string>();
  for (const e of lexicon)
    for (const form of [e.name, ...e.aliases])
      if (/[\u4e00-\u9fff]/.test(form) && e.nameEn !== '') all.set(form, asPiece(e.nameEn));
  for (const [zh, en] of Object.entries(pieces)) all.set(zh, en);
  for (const [zh, en] of Object.entries(AND)) all.set(zh, en);
  return { pieces: all, longest: Math.max(1, ...[...all.keys()].map((k) => k.length)) };
};

/**
 * The fewest pieces that cover `text` whole, or undefined. Filled from the end so that, between
 * covers of one size, the longer piece on the left wins (`血液透析|机`, not `血液|透析机`).
 */
const cover = (text: string, g: Glossary): string[] | undefined => {
  const best: (string[] | undefined)[] = [];
  best[text.length] = [];
  for (let i = text.length - 1; i >= 0; i--) {
    const offer = (to: number, en: string): void => {
      const after = best[to];
      const was = best[i];
      if (after !== undefined && (was === undefined || was.length > after.length + 1))
        best[i] = [en, ...after];
    };
    for (let len = Math.min(g.longest, text.length - i); len >= 1; len--) {
      const en = g.pieces.get(text.slice(i, i + len));
      if (en !== undefined) offer(i + len, en);
    }
    const latin = LATIN.exec(text.slice(i));
    if (latin) offer(i + latin[0].length, latin[0]);
  }
  return best[0];
};

/**
 * An English name for `name`, or '' when some part of it is not in the glossary. Chinese puts the
 * modifier first as English does, so pieces keep their order; `A用B` (`手术机器人用精密减速器`) and
 * `A的B` read as `B for A` and `B of A`.
 */
export const glossName = (name: string, g: Glossary): string => {
  const text = name.normalize('NFKC').replace(/\s+/g, '');
  // A name written in Latin letters alone (`DSA`, `PET-MR`) reads the same in English.
  if (!/[\u4e00-\u9fff]/.test(text)) return LATIN.exec(text)?.[0] === text ? text : '';
  let words = cover(text, g);
  if (words === undefined) {
    for (const [mark, joint] of [
      ['用', 'for'],
      ['的', 'of'],
    ] as const) {
      const at = text.indexOf(mark);
      if (at <= 0 || at === text.length - 1) continue;
      const user = cover(text.slice(0, at), g);
      const thing = cover(text.slice(at + 1), g);
      if (user && thing) {
        words = [...thing, joint, ...user];
        break;
      }
    }
  }
  if (words === undefined || words.length === 0) return '';
  const en = words.join(' ');
  return en[0]!.toUpperCase() + en.slice(1);
};
