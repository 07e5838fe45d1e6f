// The table a search query in Traditional script is read through (core/query/simplified-query.ts),
// made from the extractor's Simplified view, so a query reads as plans do: every character and
// phrase OpenCC's Hong Kong, Taiwan and Traditional-to-Simplified dictionaries name, with the
// regional names and mainland wordings of simplified-view.ts, each read alone through the view. A
// phrase is kept only where the one-pass reading of the shorter entries would read it otherwise,
// which keeps the page's copy small (the page ships no OpenCC).
import { Locale, type DictGroup } from 'opencc-js';
import { parseScriptTables, readThrough, type ScriptTables } from '../../core/query/simplified-query';
import { REGIONAL_NAMES, SHORTER_NAMES, simplifiedView, traditionalShare, VIEW_PAD } from './simplified-view';

export interface ScriptTable {
  /** Pairs of code points: the Traditional script's characters and their Simplified forms. */
  script: string;
  /** Pairs of code points: variant characters read only inside a Traditional query. */
  variants: string;
  /** `from to|from to`: phrases read otherwise than by their characters. */
  phrases: string;
  /** `a|b`: regional names of the field in characters Simplified script shares (超音波, 呼吸器). */
  wordings: string;
}

const keysOf = (groups: readonly DictGroup[]): string[] =>
  groups.flatMap((group) =>
    group.flatMap((dict) =>
      typeof dict === 'string'
        ? dict.split('|').map((line) => line.split(' ')[0] ?? '')
        : dict.map(([from]) => from),
    ),
  );

/** What the extractor's view reads `key` as, alone, without the padding of a shorter mainland name. */
const viewOf = (key: string): string => simplifiedView(key, 0).replaceAll(VIEW_PAD, '');

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function searchScriptTable(): ScriptTable {
  const keys = new Set(
    [
      ...keysOf([...(Locale.from.hk ?? []), ...(Locale.from.twp ?? []), ...(Locale.to.cn ?? [])]),
      ...REGIONAL_NAMES.map(([from]) => from),
      ...SHORTER_NAMES.map(([from]) => from),
    ].filter((k) => k !== ''),
  );
  const characters = new Set([...keys].flatMap((k) => [...k]));
  const script: string[] = [];
  const variants: string[] = [];
  for (const ch of [...characters].sort(byCodePoint)) {
    const read = viewOf(ch);
    if (read === ch || [...read].length !== 1) continue;
    (traditionalShare(ch) > 0 ? script : variants).push(ch + read);
  }
  const tables: ScriptTables = parseScriptTables(script.join(''), variants.join(''), '', '');
  // Shorter phrases first: a longer one is kept only where the shorter entries misread it.
  const phrases = [...keys]
    .filter((k) => [...k].length > 1)
    .sort((a, b) => [...a].length - [...b].length || byCodePoint(a, b));
  const kept: string[] = [];
  for (const phrase of phrases) {
    const read = viewOf(phrase);
    if (readThrough(tables, phrase) === read) continue;
    if (/[\s|]/u.test(phrase + read))
      throw new Error(`search-script-table: cannot pack ${phrase} -> ${read}`);
    tables.phrases.set(phrase, read);
    tables.longest = Math.max(tables.longest, [...phrase].length);
    kept.push(`${phrase} ${read}`);
  }
  // Only the curated names: OpenCC's Taiwan glossary rewrites words the mainland writes alike.
  const wordings = [...REGIONAL_NAMES, ...SHORTER_NAMES]
    .map(([from]) => from)
    .filter((from) => traditionalShare(from) === 0 && viewOf(from) !== from)
    .sort(byCodePoint);
  return {
    script: script.join(''),
    variants: variants.join(''),
    phrases: kept.join('|'),
    wordings: wordings.join('|'),
  };
}
