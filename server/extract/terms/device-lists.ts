// Members of a list of devices that carry no head noun: a Latin abbreviation alone or after a use word
// (`医用DR、移动DR、…系统和DSA`), a device named by what it does (`除颤器`, `超声刀`, `持针器、抓钳、
// 单极电剪和双极电凝钳`), and a curated device with a modifier between two separators
// (`…和血管介入手术机器人`). The list says what they are: at least half of its members are devices.
import type { DiscoveryConfig } from '../types';
import { partNoun, type HeadIndex } from './heads';
import { configWords, isVerbCompound, leadingAndStopWords } from './config-words';
import { isBoundaryWord, type Word } from './segmenter';

export interface DeviceMember {
  /** The member as written, [from, to) of the segmented text. */
  readonly from: number;
  readonly to: number;
}

/** What the reader needs to know of the text around it (segmented coordinates). */
export interface DeviceListContext {
  /** True when a curated equipment mention ends at `to` and starts at or after `from`. */
  readonly equipmentEndsAt: (from: number, to: number) => boolean;
  /** True when a curated mention of any label covers [from, to) exactly. */
  readonly curatedExactly: (from: number, to: number) => boolean;
  /** True when nothing but curated mentions was read in [from, to). */
  readonly open: (from: number, to: number) => boolean;
}

const SEPARATORS = new Set(['、', '和', '及', '与', '以及', '或', '/']);
/** Tags of counts after a member (`12台`, `若干`, `各一台`): the member ends before them. */
const COUNT_TAGS = new Set(['m', 'q', 'mq']);
/** A Latin abbreviation (`DR`, `DSA`, `ECMO`), optionally after a short use or place word (`医用`,
 * `移动`, `车载`); the text read here is lower-cased, names keep their case as written. */
const ABBREVIATION = /^(?:[\u4e00-\u9fff]{1,4})?[a-z]{2,6}(?:\/[a-z]{2,6})?$/i;
/** A device named by what it does: an instrument noun ends it (`除颤器`, `超声刀`, `抓钳`, `电剪`,
 * `留置针`, `宫腔镜`), and implants named so (`骨钉`, `接骨板`, `止血夹`, `可吸收缝合线`, `疝修补片`). */
const INSTRUMENT_END = /(?:[器刀钳剪针镜钉夹]|[骨钢]板|缝合?线|补片)$/;
/** Words ending so that are no instruments: organs, containers, weapons, machines in general, and
 * lenses and eyepieces, which are parts. */
const NOT_INSTRUMENTS =
  /(?:机器|容器|武器|电器|瓷器|乐器|兵器|利器|器官|[透物目棱]镜|镜子|眼镜|指针|方针|时针|一刀|[铆图]钉|文件夹|发夹)$/;
/** Words that open a registered product's name (`一次性使用输液器`) and that a reader cuts as a verb. */
const REGISTRATION_PREFIX = /一次性(?:使用)?$/;
const MAX_MEMBER = 12;
const GRADE_WORDS = new Set(['以上', '以下', '以内']);
/**
 * A count or a grade that opens a member (`一台|128排CT`, `三台|移动DR`, `两支|穿刺针`, `1.5T|磁共振…`): it
 * says how many units or which grade of the one machine, no word of its name; the member starts after it.
 */
const LEADING_COUNT =
  /^(?:(?:[0-9]+|[一二两三四五六七八九十几数多]+)[台套支部辆]|[0-9]+(?:排|层)(?:及以上)?)+/i;
/** Prepositions and adverbs the dictionary writes alone between two nouns (`材料|在|输液器`): words of the
 * sentence, never a character of a device's name that the dictionary cut off (`持|针|器`). */
const FUNCTION_CHARACTERS = /^[在于从向对为被把将与和及或而并且也都就还又才已再均的了]$/;
/** The class after a list of raw materials (`等原料`, `等关键原材料`). */
const RAW_CLASS = /^等{1,2}(?:关键|核心|上游|主要|重要|基础|生物|化学|医用)?(?:原料|原材料|材料|辅料)/;
/** Words that open a list of examples (`像CT、MR这样的…`, `例如DR、DSA`): no part of its first member. */
const EXAMPLE_OPENERS = new Set(['像', '如', '例如', '比如', '诸如', '譬如']);
/** What is done to a device after its name (`DR国产化`, `DSA研发`): the name ends before it. */
const DONE_TO = /^(?:国产化|本土化|产业化|研发|研制|替代|推广|应用|采购|更新|配置|升级|攻关|生产|制造|进口)$/;

/** Reads the device lists of one sentence (normalised text and its words). */
export const readDeviceLists = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  heads: HeadIndex,
  ctx: DeviceListContext,
): DeviceMember[] => {
  const stops = leadingAndStopWords(config);
  const latin = (w: Word | undefined): boolean => w !== undefined && /^[a-z]{2,6}$/i.test(w.word);
  /** `PET/CT`: a slash between two abbreviations, and no third, names one hybrid machine. */
  const hybridSlash = (k: number): boolean =>
    words[k]?.word === '/' &&
    latin(words[k - 1]) &&
    latin(words[k + 1]) &&
    words[k - 2]?.word !== '/' &&
    words[k + 2]?.word !== '/';
  // `64排及以上CT`: 及 before 以上 states a grade, not a second member.
  const isSepAt = (k: number): boolean =>
    SEPARATORS.has(words[k]?.word ?? '') && !hybridSlash(k) && !GRADE_WORDS.has(words[k + 1]?.word ?? '');
  /** A one-character word the dictionary cut out of a name (`持|针|器`), between two Chinese words. */
  const glued = (k: number): boolean => {
    const [a, w, b] = [words[k - 1], words[k], words[k + 1]];
    // `静脉留置|针`: an instrument noun the dictionary tagged as a preposition still ends the name.
    const instrumentEnd =
      w?.word.length === 1 && INSTRUMENT_END.test(w.word) && /[\u4e00-\u9fff]$/.test(a?.word ?? '');
    return (
      instrumentEnd ||
      (w?.word.length === 1 &&
        /^[pdc]$/.test(w.tag) &&
        !FUNCTION_CHARACTERS.test(w.word) &&
        !SEPARATORS.has(w.word) &&
        [a, b].every((x) => x !== undefined && /^[\u4e00-\u9fff]/.test(x.word) && !isBoundaryWord(x)))
    );
  };
  const hard = (k: number): boolean => {
    const w = words[k];
    if (!w) return true;
    if (hybridSlash(k)) return false;
    // `及以上CT`: a word of place or rank (以上, 之间) opens no name.
    if (isSepAt(k) || w.word === '等' || w.word === '的' || w.tag === 'f' || stops.has(w.word)) return true;
    // `推广应用|手术显微镜`: two verbs of the sentence written as one idiom.
    if (isVerbCompound(stops, w.word)) return true;
    if (EXAMPLE_OPENERS.has(w.word)) return true;
    return isBoundaryWord(w) && !glued(k);
  };

  /**
   * The first member of a list that ends before word `sep`: leftwards to a boundary. A verb ends it
   * (`可以插入|活检钳`) unless it names what a one-character instrument does (`除颤|器`, `注射|泵`).
   */
  /** The word after a count or grade that opens a member at word `j` (`一台|128排|CT`), or `j`. */
  const afterCount = (j: number, end: number): number => {
    const counted = LEADING_COUNT.exec(text.slice(words[j]?.from ?? text.length));
    if (!counted) return j;
    const after = (words[j]?.from ?? 0) + counted[0].length;
    const q = words.findIndex((x, n) => n > j && n < end && x.from === after);
    return q > j && !isSepAt(q) ? q : j;
  };

  const firstMember = (sep: number): number => {
    let k = sep - 1;
    while (k >= 0 && !hard(k)) {
      const w = words[k];
      // `消耗一支|透析器`: a count before the name ends it on the left.
      if (w && k < sep - 1 && COUNT_TAGS.has(w.tag)) {
        const q = afterCount(k, sep);
        if (q > k) return q;
      }
      const ownVerb = k === sep - 2 && words[sep - 1]?.word.length === 1;
      if (w && k < sep - 1 && w.tag === 'v' && w.word.length >= 2 && !ownVerb) {
        // `可吸收缝合线`, `可弯曲导管`: 可 and a verb name a property of the thing, words of its name.
        if (words[k - 1]?.word !== '可') break;
        k -= 2;
        continue;
      }
      k--;
    }
    return k + 1;
  };

  const generic = configWords(config, 'genericModifiers');
  const out: DeviceMember[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isSepAt(i)) continue;
    const joinedBy = words[i]?.word;
    // Members as word ranges [a, b), the list read once from its first separator.
    const members: [number, number][] = [];
    const a0 = firstMember(i);
    if (a0 < i) members.push([a0, i]);
    let j = i + 1;
    for (;;) {
      // `、一次性使用无菌注射器`: the registration prefix opens the member, its 使用 no verb of the sentence.
      j = afterCount(j, words.length);
      const registered = text.startsWith('一次性使用', words[j]?.from ?? 0);
      let k = j;
      if (registered) while (k < words.length && (words[k]?.to ?? 0) <= (words[j]?.from ?? 0) + 5) k++;
      while (k < words.length && !isSepAt(k) && !hard(k) && !COUNT_TAGS.has(words[k]?.tag ?? '')) k++;
      if (k === j) break;
      members.push([j, k]);
      // A count after a member (`彩色多普勒超声诊断仪12台、便携式超声8台`) still lets the list go on.
      let next = k;
      while (next < words.length && COUNT_TAGS.has(words[next]?.tag ?? '')) next++;
      if (!isSepAt(next)) break;
      j = next + 1;
    }
    i = Math.max(i, j - 1);
    if (members.length < 2) continue;
    // `dNTP、引物探针、酶等原料`: a list closed by a class of materials names materials, not devices.
    const closer = text.slice(words[members.at(-1)?.[1] ?? 0]?.from ?? text.length);
    if (RAW_CLASS.test(closer)) continue;
    const view = members.map(([a, end]) => {
      // `CT/MR/PET整机`: a generic word after the last member (the whole machine) is no part of its name.
      let b = end - a >= 2 && generic.has(words[end - 1]?.word ?? '') ? end - 1 : end;
      // `推进彩超和DR国产化替代`: what is done to a member is no part of its name.
      const done = words.slice(a + 1, b).findIndex((x) => DONE_TO.test(x.word));
      if (done >= 0) b = a + 1 + done;
      let from = words[a]?.from ?? 0;
      const to = words[b - 1]?.to ?? 0;
      // `一次性使用输液器`: the registration prefix belongs to the name.
      const prefix = REGISTRATION_PREFIX.exec(text.slice(Math.max(0, from - 5), from));
      if (prefix && a === a0) from -= prefix[0].length;
      const name = text.slice(from, to);
      const last = words[b - 1];
      const headed = last ? heads.at(text, last) : undefined;
      const known = ctx.equipmentEndsAt(from, to);
      const abbreviation = ABBREVIATION.test(name);
      // `加样针`, `空氧混合器`: a part the field names by a bare noun is no instrument of its own.
      const bare = partNoun(name);
      const instrument =
        INSTRUMENT_END.test(name) &&
        !NOT_INSTRUMENTS.test(name) &&
        !bare &&
        (headed === undefined || headed.label === 'Equipment');
      return {
        from,
        to,
        name,
        first: a === a0,
        manner: /[化性]$/.test(words[a]?.word ?? ''),
        // A bare class noun (`减速器、传感器与器械`) names no device of the list.
        device: known || (headed?.label === 'Equipment' && name.length > headed.head.length) || instrument,
        part: headed?.label === 'Component' || bare,
        abbreviation,
        instrument,
        known,
      };
    });
    // `腹腔镜和血管介入手术机器人`: two members joined by 和 whose second ends in a head may share it;
    // the first is then a modifier, which the reading of shared heads decides.
    // An abbreviation is a machine of its own (`推进DR和彩色超声诊断仪`), not a modifier, unless the
    // second member opens with another or says what the first does for it (`CT和MR引导穿刺机器人`).
    const pairSharing =
      view.length === 2 &&
      joinedBy !== '、' &&
      view[1]?.device === true &&
      !view[1].instrument &&
      !(view[0]?.abbreviation === true && !/^[a-z]|引导|导航|兼容/i.test(view[1].name));
    const devices = view.filter((v) => v.device).length;
    // Beside a part (`传感器`), a word ending in 器 may be one too (`减速器`): a device named otherwise
    // must vouch for the list.
    const vouched = view.some((v) => v.device && !v.instrument) || !view.some((v) => v.part);
    const named = view.filter((v) => v.device || v.abbreviation).length;
    // Latin letters alone prove nothing (`GE、西门子`): a device named in words must be among them.
    if (devices === 0 || !vouched || named * 2 < view.length || named < 2) continue;
    for (const v of view) {
      if (v.name.length < 2 || v.name.length > MAX_MEMBER || ctx.curatedExactly(v.from, v.to)) continue;
      if (!ctx.open(v.from, v.to) || (pairSharing && v.first)) continue;
      // A curated device with a modifier (`血管介入手术机器人`) is read only between two separators, where
      // the list gives its left edge; a first member's edge may be a verb's object.
      // A manner (`精密化|植入式心脏起搏装备`) describes the curated device, it names no kind of it.
      const extended = v.known && !v.first && !v.abbreviation && !v.manner;
      if (v.abbreviation || v.instrument || extended) out.push({ from: v.from, to: v.to });
    }
  }
  return out;
};
