// How a search query typed in Traditional script is read: names are stored in Simplified script
// (a Hong Kong or Taiwan wording a plan used is kept as a Simplified alias), so 醫療裝備 is searched as
// 医疗装备, 手術機械人 as 手术机器人, 壓力感測器 as 压力传感器 and 超音波 as 超声. The server's search
// route and the offline snapshot read a query through this one function, so both answer alike; its
// table (traditional-script-table.ts) is generated from the extractor's Simplified view of OpenCC's
// dictionaries (server/cli/search-script-table.ts), since the page ships no OpenCC.
import { normaliseSearchText, type NormalisedSearchText } from './normalise-search-text';
import { PHRASES, SCRIPT, VARIANTS, WORDINGS } from './traditional-script-table';

export interface ScriptTables {
  /** Characters of the Traditional script, to their Simplified form: one of them makes a query Traditional. */
  script: Map<string, string>;
  /** Variant characters read only in a Traditional query (著 is also Simplified: 显著 stays as typed). */
  variants: Map<string, string>;
  /** Phrases read otherwise than character by character (機械人 -> 机器人), longest first at a position. */
  phrases: Map<string, string>;
  /** Code points of the longest phrase. */
  longest: number;
  /**
   * Hong Kong and Taiwan names of the field written in characters Simplified script shares
   * (超音波, 磁力共振, 呼吸器): one of them makes a query regional, though it holds no Traditional
   * character. OpenCC's Taiwan glossary is no such list (智慧 is 智能 there, but 智慧医疗 is mainland).
   */
  wordings: readonly string[];
}

/** Pairs of code points (`甲乙丙丁`: 甲 -> 乙, 丙 -> 丁) as a map. */
const pairs = (packed: string): Map<string, string> => {
  const cps = [...packed];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) map.set(cps[i]!, cps[i + 1]!);
  return map;
};

const list = (packed: string): string[] => (packed === '' ? [] : packed.split('|'));

/** The tables of the packed strings (`phrases`: `from to|from to`; `wordings`: `a|b`). */
export const parseScriptTables = (
  script: string,
  variants: string,
  phrases: string,
  wordings: string,
): ScriptTables => {
  const phraseMap = new Map<string, string>();
  let longest = 0;
  for (const entry of list(phrases)) {
    const [from = '', to = ''] = entry.split(' ');
    phraseMap.set(from, to);
    longest = Math.max(longest, [...from].length);
  }
  return {
    script: pairs(script),
    variants: pairs(variants),
    phrases: phraseMap,
    longest,
    wordings: list(wordings),
  };
};

/** Whether `text` holds a character of the Traditional script or a regional name of the field. */
export const isRegional = (tables: ScriptTables, text: string): boolean => {
  for (const ch of text) if (tables.script.has(ch)) return true;
  return tables.wordings.some((w) => text.includes(w));
};

/** `text` read in Simplified script: at each position the longest phrase of the table, else the character. */
export const readThrough = (tables: ScriptTables, text: string): string => {
  const cps = [...text];
  let out = '';
  let i = 0;
  while (i < cps.length) {
    let matched = false;
    for (let n = Math.min(tables.longest, cps.length - i); n >= 2 && !matched; n--) {
      const to = tables.phrases.get(cps.slice(i, i + n).join(''));
      if (to === undefined) continue;
      out += to;
      i += n;
      matched = true;
    }
    if (matched) continue;
    const ch = cps[i]!;
    out += tables.script.get(ch) ?? tables.variants.get(ch) ?? ch;
    i++;
  }
  return out;
};

let shipped: ScriptTables | undefined;
const tables = (): ScriptTables => (shipped ??= parseScriptTables(SCRIPT, VARIANTS, PHRASES, WORDINGS));

/**
 * The query in Simplified script and mainland wording when it holds a Traditional character (after
 * NFKC, which folds compatibility ideographs) or a regional name of the field (超音波), else as
 * typed: a Simplified query is never rewritten (显著 stays, though 顯著 reads 显着 as plans do).
 *
 * @example simplifiedQuery('手術機械人') // '手术机器人'
 */
export const simplifiedQuery = (raw: string): string => {
  const folded = raw.normalize('NFKC');
  return isRegional(tables(), folded) ? readThrough(tables(), folded) : raw;
};

/** What search compares: the query read in Simplified script, then normalised. */
export const searchText = (raw: string): NormalisedSearchText => normaliseSearchText(simplifiedQuery(raw));
