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
 * phrase table is a computing glossary, right for 軟體 (软件) but not for a plan's words. It turns
 * 影像 into 图像 (醫療影像設備 would read 医疗图像设备), 即時 into 实时 (即時檢驗, POCT, is 即时检验 on
 * the mainland too), 核心 into 内核 (核心零部件), 指標 into 指针 (技術指標), 序列 into 串行 (基因序列),
 * 程序 into 进程 (審批程序), 相容 into 兼容 (生物相容性), 元件 into 组件 (光學元件), 裝置 into 设备
 * (質子治療裝置, 植入式裝置), 過載 into 重载 (過載保護), 微控制器 (a part) into 单片机, 陣列 into 数组
 * (偵測器陣列, a detector array), and verbs plans use as they are (建立, 執行, 整合).
 */
const MAINLAND_AS_WRITTEN: ReadonlySet<string> = new Set([
  '影像',
  '即時',
  '核心',
  '指標',
  '序列',
  '程序',
  '行程',
  '相容',
  '元件',
  '裝置',
  '過載',
  '向量',
  '建立',
  '執行',
  '整合',
  '微控制器',
  '陣列',
]);

/**
 * Hong Kong and Taiwan names of this field whose mainland name has the same length, in OpenCC's
 * Traditional characters (the Hong Kong variants are folded first), to the mainland Simplified name:
 * a regional text then reads as the mainland plans it is matched with. Phrases whose mainland name
 * is longer or shorter (超音波 for 超声, 葉克膜 for ECMO) stay as the character conversion writes them.
 * Entries mapped to themselves keep a longer phrase from a shorter rule (智慧醫療 is 智慧医疗 on the
 * mainland too, though 智慧 alone is Taiwan's 智能).
 */
export const REGIONAL_NAMES: readonly (readonly [string, string])[] = [
  // Hong Kong
  ['機械人', '机器人'],
  ['機械臂', '机械臂'],
  ['鐳射', '激光'],
  ['感應器', '传感器'],
  ['摩打', '电机'],
  ['馬達', '电机'],
  ['流動X光機', '移动X光机'],
  ['醫療儀器', '医疗器械'],
  // A robot's joint module: 关节模组 on the mainland too (模組 alone is the mainland's 模块: 藍牙模組).
  ['關節模組', '关节模组'],
  // Taiwan
  ['內視鏡', '内窥镜'],
  ['醫療器材', '医疗器械'],
  ['醫材', '器械'],
  ['零組件', '零部件'],
  ['心律調節器', '心脏起搏器'],
  ['心臟節律器', '心脏起搏器'],
  ['水晶體', '晶状体'],
  ['義肢', '假肢'],
  ['洗腎機', '透析机'],
  ['穿戴式裝置', '可穿戴设备'],
  ['穿戴式', '可穿戴'],
  ['可穿戴式', '可穿戴式'],
  ['去顫器', '除颤器'],
  ['生醫材料', '生物材料'],
  ['生理監視器', '生理监护仪'],
  ['病人監視器', '病人监护仪'],
  ['血糖機', '血糖仪'],
  ['腦機介面', '脑机接口'],
  ['智慧醫療', '智慧医疗'],
  ['智慧醫院', '智慧医院'],
  ['智慧養老', '智慧养老'],
  ['智慧健康', '智慧健康'],
  ['智慧城市', '智慧城市'],
  ['高階', '高端'],
  ['電腦掃描器', 'CT扫描仪'],
  ['電腦掃描儀', 'CT扫描仪'],
  ['正電子掃描器', 'PET扫描仪'],
  ['偵測器', '探测器'],
  ['平面偵測器', '平板探测器'],
  ['產生器', '发生器'],
  ['影像感測器', '图像传感器'],
  ['正子電腦斷層', 'PET-CT'],
  ['正子電腦斷層掃描', 'PET-CT扫描'],
  ['呼吸器', '呼吸机'],
  ['呼吸器官', '呼吸器官'],
  ['呼吸器材', '呼吸器材'],
  ['遠距離', '远距离'],
  ['復健', '康复'],
  ['遠距', '远程'],
  ['記憶體', '存储器'],
  ['氣球導管', '球囊导管'],
  ['氣球擴張', '球囊扩张'],
  ['塗藥支架', '药物支架'],
  ['塗藥氣球', '药物球囊'],
  ['積層製造', '增材制造'],
  ['定序', '测序'],
  ['微流體', '微流控'],
  ['線性馬達', '直线电机'],
  ['滾珠螺桿', '滚珠丝杠'],
  ['功率元件', '功率器件'],
  ['邊緣運算', '边缘计算'],
  ['磊晶', '外延'],
  ['微影', '光刻'],
];

/** Regional names whose mainland name is shorter (padded to the written length as the view is made). */
export const SHORTER_NAMES: readonly (readonly [string, string])[] = [
  ['超音波', '超声'],
  ['磁力共振', '磁共振'],
  ['磁振造影', '磁共振'],
  ['電動馬達', '电机'],
  ['彩色超音波', '彩超'],
  // The scan is the machine's name: `電腦斷層掃描（CT）` is CT, `電腦斷層掃描儀` a CT scanner.
  ['電腦掃描', 'CT'],
  ['電腦斷層掃描', 'CT'],
  ['電腦斷層掃描儀', 'CT扫描仪'],
  ['電腦斷層掃描器', 'CT扫描仪'],
  ['電腦斷層', 'CT'],
  ['正電子掃描', 'PET'],
  ['正子斷層掃描', 'PET'],
  ['正子斷層造影', 'PET'],
  ['正子斷層掃描儀', 'PET扫描仪'],
  ['人工電子耳', '人工耳蜗'],
  ['幫浦', '泵'],
  ['雲端運算', '云计算'],
];

/**
 * A dictionary group without the phrases the mainland writes as they are, with the regional names
 * first (the first dictionary of a group wins where two give the same phrase: 超音波, 電腦斷層).
 */
const withoutMainlandPhrases = (group: DictGroup): DictGroup => [
  [...REGIONAL_NAMES, ...SHORTER_NAMES].map(([from, to]) => [from, to] as [string, string]),
  ...group.map((dict) => entries(dict).filter(([from]) => !MAINLAND_AS_WRITTEN.has(from))),
];

let scriptPasses: readonly Trie[] | undefined;
/** The passes that change the script only (Hong Kong variants, Traditional to Simplified), not the wording. */
const scriptOnlyPasses = (): readonly Trie[] => {
  scriptPasses ??= [...groups(Locale.from, 'hk'), ...groups(Locale.to, 'cn')].map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  return scriptPasses;
};

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

/**
 * What pads a shorter mainland name to its written length: a space to every `\s` and trim (so
 * `CT扫描仪 （CT）` still reads as written) that the normaliser drops, but no plain space, tab or
 * ideographic space, the marks layout is read from (a column gap of two spaces, a table's cells):
 * `彩色超音波診斷儀` is one name, not 彩超 and 诊断仪 in two columns.
 */
export const VIEW_PAD = '\u2008';

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
 * One OpenCC pass that keeps the length: a phrase whose conversion is shorter (Taiwan's 超音波 for
 * 超声, 記憶體 for 内存) is followed by VIEW_PAD up to its written length, which matching drops, so
 * `超音波探頭` reads `超声 探头` (found as 超声探头) and a mention still covers every written
 * character; a phrase whose conversion is longer (正子 for 正电子) is converted character by character.
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
    out.push(
      m.value.length === source.length
        ? m.value
        : m.value.length < source.length
          ? m.value.padEnd(source.length, VIEW_PAD)
          : charByChar(trie, source),
    );
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

/** `original` in Simplified script with its own wording (機械人 stays 机械人), of the same length. */
const scriptOnlyView = (original: string): string => {
  let view = original;
  for (const trie of scriptOnlyPasses()) view = convertKeepingLength(trie, view);
  return view;
};

const escaped = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names as the text words them, where its view reads them in mainland wording: a Hong Kong text's
 * `腹腔鏡手術機械人` is found as 腹腔镜手术机器人, and also named 腹腔镜手术机械人 (Simplified script,
 * regional wording), so a reader or a gold written in either wording finds it. Names are compared
 * without whitespace (the view pads a shorter mainland name with spaces). Empty for a Simplified text.
 */
export const regionalForms = (original: string, view: string, names: readonly string[]): string[][] => {
  if (view === original) return names.map(() => []);
  const written = scriptOnlyView(original);
  return names.map((name) => {
    const chars = [...name.replace(/\s+/gu, '')];
    if (chars.length === 0) return [];
    const at = new RegExp(chars.map(escaped).join('\\s*'), 'iu').exec(view);
    if (!at) return [];
    // A shorter mainland name ends in the view's padding: the written phrase runs on over it
    // (`輸液幫浦` is `输液泵 `, written 输液帮浦, not 输液帮).
    let end = at.index + at[0].length;
    while (view[end] === VIEW_PAD && original[end] !== undefined && !/\s/u.test(original[end] ?? '')) end++;
    const form = written.slice(at.index, end).replace(/\s+/gu, '');
    return form !== name && form.length > 0 ? [form] : [];
  });
};

/**
 * How the text writes each span whose view reads other words (a lexicon name found in a Hong Kong
 * text's `手術機械人` is written 手术机械人), in Simplified script without whitespace; undefined where
 * the text writes what the view reads. Empty for a Simplified text.
 */
export const writtenSpans = (
  original: string,
  view: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): (string | undefined)[] => {
  if (view === original) return spans.map(() => undefined);
  const written = scriptOnlyView(original);
  return spans.map(({ start, end }) => {
    // A span ending in the padding of a shorter mainland name covers the whole written phrase.
    let to = end;
    while (view[to] === VIEW_PAD && original[to] !== undefined && !/\s/u.test(original[to] ?? '')) to++;
    const form = written.slice(start, to).replace(/\s+/gu, '');
    const read = view.slice(start, to).replace(/\s+/gu, '');
    if (form === '' || form === read) return undefined;
    // Only a whole phrase: `CT` read from the first half of 電腦斷層掃描儀 is no name written 电脑.
    return simplifiedView(original.slice(start, to), 0).replace(/\s+/gu, '') === read ? form : undefined;
  });
};
