// A Simplified-script view of a Traditional-script plan, for matching only: OpenCC's dictionaries
// (opencc-js: Hong Kong and Taiwan variants, then Traditional to Simplified phrases and characters)
// applied so that the view has exactly the text's length, each offset naming the same character.
import { Locale, Trie, type DictGroup } from 'opencc-js';

/** A locale's dictionary groups (present for every locale this module names). */
const groups = (
  table: Readonly<Record<string, readonly DictGroup[]>>,
  locale: string,
): readonly DictGroup[] => table[locale] ?? [];

/** Share of Han characters with a different Simplified form from which a text counts as Traditional. */
export const TRADITIONAL_MIN_SHARE = 0.1;

/** Entries of a serialised OpenCC dictionary (`"a b|c d"`) or a list of pairs. */
const entries = (dict: string | readonly (readonly [string, string])[]): (readonly [string, string])[] =>
  typeof dict === 'string'
    ? dict
        .split('|')
        .map((line) => line.split(' '))
        .filter((p): p is [string, string] => p.length >= 2 && p[0] !== undefined && p[1] !== undefined)
    : [...dict];

let tradChars: ReadonlySet<string> | undefined;
/** Characters whose Simplified form differs (OpenCC's TSCharacters, the last dictionary of `to.cn`). */
const traditionalCharacters = (): ReadonlySet<string> => {
  if (tradChars) return tradChars;
  const set = new Set<string>();
  for (const group of groups(Locale.to, 'cn'))
    for (const dict of group)
      for (const [from, to] of entries(dict)) if ([...from].length === 1 && from !== to) set.add(from);
  tradChars = set;
  return set;
};

/**
 * Taiwan phrases that mainland plans of this field write the same way: OpenCC's Taiwan-to-mainland
 * phrase table turns 影像 into 图像, which would make 醫療影像設備 read as 医疗图像设备, and 即時 into
 * 实时, which would make 即時檢驗 (POCT, 即时检验 on the mainland too) read as 实时检验.
 */
const MAINLAND_AS_WRITTEN: ReadonlySet<string> = new Set(['影像', '即時']);

/** A dictionary group without the phrases the mainland writes as they are. */
const withoutMainlandPhrases = (group: DictGroup): DictGroup =>
  group.map((dict) => entries(dict).filter(([from]) => !MAINLAND_AS_WRITTEN.has(from)));

let passes: readonly Trie[] | undefined;
/** One trie per conversion step: HK variants, Taiwan phrases and variants (軟體 -> 软件), then Traditional to Simplified. */
const conversionPasses = (): readonly Trie[] => {
  passes ??= [
    ...groups(Locale.from, 'hk'),
    ...groups(Locale.from, 'twp').map(withoutMainlandPhrases),
    ...groups(Locale.to, 'cn'),
  ].map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  return passes;
};

const isHan = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);

/** Share of the Han characters of `text` that OpenCC writes differently in Simplified script. */
export const traditionalShare = (text: string): number => {
  const trad = traditionalCharacters();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text.charCodeAt(i))) continue;
    han++;
    if (trad.has(text[i] ?? '')) changed++;
  }
  return han === 0 ? 0 : changed / han;
};

/** Converts each character of `segment` alone, keeping it when its conversion changes its length. */
const charByChar = (trie: Trie, segment: string): string => {
  let out = '';
  for (const ch of segment) {
    const m = trie.matchPrefix(ch, 0);
    out += m?.end === ch.length && m.value.length === ch.length ? m.value : ch;
  }
  return out;
};

/**
 * One OpenCC pass that keeps the length: a phrase whose conversion has another length (OpenCC's
 * `TWPhrasesRev`-style rewrites) is converted character by character instead.
 */
const convertKeepingLength = (trie: Trie, s: string): string => {
  const out: string[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    // Dictionary keys start with a Han character or a CJK symbol; ASCII and Latin need no lookup.
    const m = code < 0x2e80 ? null : trie.matchPrefix(s, i);
    if (!m) {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      continue;
    }
    out.push(s.slice(plainFrom, i));
    const source = s.slice(i, m.end);
    out.push(m.value.length === source.length ? m.value : charByChar(trie, source));
    i = m.end;
    plainFrom = i;
  }
  out.push(s.slice(plainFrom));
  return out.join('');
};

/**
 * The text to match a plan through: the text itself when it is Simplified, else its Simplified
 * view, of the same length (`view.length === text.length`), so that an offset found in the view is
 * the offset of the same character in the text and quotes are sliced from the text.
 *
 * @example simplifiedView('攻關有創呼吸機用比例閥') // '攻关有创呼吸机用比例阀'
 */
export const simplifiedView = (text: string, minShare = TRADITIONAL_MIN_SHARE): string => {
  if (traditionalShare(text) < minShare) return text;
  let view = text;
  for (const trie of conversionPasses()) view = convertKeepingLength(trie, view);
  if (view.length !== text.length) throw new Error('simplified-view: the view changed the text length');
  return view;
};
