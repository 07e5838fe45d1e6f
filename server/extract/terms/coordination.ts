// Coordinated lists that share a head or a modifier: `A、B、C等X` and `A、B及C X` give the full
// names AX, BX, CX (`中医健康状态辨识、中医诊断治疗、远程医疗等装备`, `食道、胆道、气管支架`).
import type { DiscoveryConfig } from '../types';
import type { HeadIndex, TermLabel } from './heads';
import { configWords, leadingAndStopWords, oneCharHeads } from './config-words';
import { CLEAN_START_TAGS, isBoundaryWord, type Word } from './segmenter';

/** A range [from, to) of the segmented text. */
export type Range = readonly [number, number];

export interface Conjunct {
  /** The conjunct as written, gloss included (`ECG（心电图）`): its mention. */
  readonly span: Range;
  /** The pieces of text that make its own name, glosses left out. */
  readonly own: readonly Range[];
  /** True when the conjunct ends in a head itself (`质子治疗系统、重离子治疗系统等...`). */
  readonly complete: boolean;
  /** Complete only because it ends in a curated name without a head (`高场强超导磁共振`). */
  readonly byCurated?: boolean;
  /** The head of a complete conjunct (its own label). */
  readonly label?: TermLabel;
  /** What completes an incomplete conjunct: the list's completion less a word the conjunct already
   * ends with (`唐氏综合征产前筛查分析` + `分析软件` -> `...分析软件`). */
  readonly completion?: Range;
}

/** The label of a curated mention that ends at `to` and starts at or after `from`, if any. */
export type KnownAt = (from: number, to: number) => TermLabel | undefined;

export interface Coordination {
  /** `etc`: the head follows 等 (`A、B等X`); `shared`: the last conjunct carries it (`A、B X`). */
  readonly kind: 'etc' | 'shared';
  readonly conjuncts: readonly Conjunct[];
  /** The list's head as written after 等, or the last conjunct for `shared`. */
  readonly head: Range;
  /** The part of the head that completes each incomplete conjunct (`机器人` of `系列医疗机器人`). */
  readonly completion: Range;
  readonly label: TermLabel;
  /** `A、B等22种材料`: a counted class; its members are things of the head's kind, named as written. */
  readonly counted?: boolean;
}

const SEPARATORS = new Set(['、', '和', '及', '与', '或', '以及', '/']);
/** Separators that make a list on their own; `/` also joins parts of one name (`等离子体/质谱联用仪`). */
const LIST_SEPARATORS = new Set(['、', '和', '及', '与', '或', '以及']);
/** Conjunctions that join the last conjunct of a list (`A、B X和C Y`). */
const JOINTS = new Set(['和', '及', '与', '以及']);
const MAX_CONJUNCT = 16;
const MAX_HEAD_WORDS = 5;
/** Tags of words that continue a noun compound after a head (`装备` + `产业`). */
const NOUN_CONT = new Set(['n', 'nz', 'ng', 'nr', 'ns', 'nt', 'j', 'l', 'eng']);

/** Words after a list's 等 that still let its last conjunct carry the head (`食道、胆道、气管支架等产品`). */
const PRODUCT_WORDS = new Set(['产品', '器具', '用品', '耗材', '器材']);
/** Words after 等 that say the list names no equipment: fields, trades, techniques. */
const NOT_THINGS = new Set([
  '技术',
  '新技术',
  '行业',
  '领域',
  '产业',
  '方面',
  '企业',
  '学科',
  '地区',
  '部门',
]);
/** Endings of modifiers, not things: 微型化, 生物相容性, 高效率, 精度. */
const NOT_A_THING = /(?:化|性|率|度|功能|要求|标准|规范)$/;
/**
 * Endings of things outside the model (products, foods, drugs, reagents), of classes of products
 * (`医用耗材`, `植入物`) and of boxes, beds and lamps (`婴儿培养箱`): complete, so
 * `医用耗材和植入物等医疗器械` names no `植入物器械`, `婴儿培养箱和蓝光治疗仪` no `婴儿培养箱治疗仪`.
 */
const OTHER_THING =
  /(?:产品|用品|器具|食品|药品|药物|制剂|疫苗|器|剂|耗材|植入物|植介入物|器材|[箱床灯车椅柜舱])$/;
/**
 * Endings of parts, materials and devices that are no heads of the model but end a name of their own
 * (`碘化铯晶体`, `非晶硅基板`, `功率器件`, `超声内镜`, implants such as `可吸收螺钉`, `可吸收骨板`): complete,
 * so `碘化铯晶体、非晶硅基板和读出芯片` names no `碘化铯晶体芯片`, and a list of them shares no head by
 * position (`可吸收螺钉、可吸收骨板和骨修复支架` gives no `可吸收螺钉支架`).
 */
const OWN_NAME =
  /(?:晶体|晶圆|硅片|外延片|基板|衬底|靶材|薄膜|基材|面板|背板|器件|元件|部件|组件|模块|内镜|[螺骨]钉|[钢骨]板|缝合?线|补片|敷料|假体)$/;
/** A Latin abbreviation after a Chinese modifier closing a conjunct names a device of its own (`医用DR`,
 * `移动DR`), as a curated name does: it takes no shared head (`…、数字乳腺X射线摄影系统` gives no
 * `医用DR系统`). Alone (`PET和SPECT探测器`) it may still be a modifier. Latin is lower-cased here. */
const LATIN_NAME = /[\u4e00-\u9fff][a-z]{2,6}$/;
/** A device abbreviation alone or with the modality it images by (`PET`, `CT扫描`, `MR成像`). */
const DEVICE_ABBREVIATION = /^[a-z]{2,6}(?:扫描|成像|影像|检查)?$/i;

/** Bare class nouns after 等: a list of things named by nouns under one of them names those things. */
const BARE_CLASSES = new Set(['器械', '设备', '装备', '仪器', '器材']);
/** Tags of a last word that names a thing (`钳` of `活检钳`, `电刀`), not an activity (`辨识`, `治疗`). */
const THING_TAGS = new Set(['n', 'nz', 'ng', 'l', 'eng', 'un']);
/** Tags of words that open a clause, not a name (`可以`, `插入` of `可以插入活检钳`). */
const CLAUSE_TAGS = new Set(['v', 'c', 'd', 'p']);

/** What comes before a list of the parts or materials of a thing: `由` (… 组成), or a class of parts and
 * a verb that lists (`原材料包括`, `主要部件为`, `零部件有`). */
const PARTS_BEFORE =
  /(?:由|(?:部件|零部件|配件|元器件|元件|组件|原材料|原料|材料|耗材)(?:主要|通常|一般)?(?:包括|包含|涵盖|有|为|是)[:：]?)$/;
/** Tags of a word that says what a thing does (`驱动`, `监护`). */
const ACTIVITY_TAGS = new Set(['v', 'vn']);
/** Tags of nouns that name things (`叶轮`, `泵壳`). */
const NOUN_TAGS = new Set(['n', 'nz', 'ng']);

const isSep = (w: Word | undefined): boolean => w !== undefined && SEPARATORS.has(w.word);
const isOpen = (w: Word | undefined): boolean => w?.word === '(';
const isClose = (w: Word | undefined): boolean => w?.word === ')';

/** Reads the coordinated lists of one sentence (normalised text and its words). */
export const readCoordinations = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  heads: HeadIndex,
  knownAt: KnownAt = () => undefined,
): Coordination[] => {
  const stops = leadingAndStopWords(config);
  const oneChar = oneCharHeads(config);
  // `和|经|自然|腔道手术机器人`: an adverb between two nouns, the first opening the conjunct, is a word of
  // the name the dictionary mis-tagged.
  const misTagged = (w: Word): boolean => {
    if (w.tag !== 'd') return false;
    const k = words.indexOf(w);
    const [opens, opener, next] = [words[k - 2], words[k - 1], words[k + 1]];
    return (
      opener !== undefined &&
      next !== undefined &&
      CLEAN_START_TAGS.has(opener.tag) &&
      CLEAN_START_TAGS.has(next.tag) &&
      (opens === undefined || SEPARATORS.has(opens.word) || isBoundaryWord(opens) || stops.has(opens.word))
    );
  };
  const isBoundary = (w: Word): boolean =>
    (isBoundaryWord(w) && !isOpen(w) && !isClose(w) && !SEPARATORS.has(w.word) && !misTagged(w)) ||
    stops.has(w.word) ||
    w.word === '等';
  /** Only generic modifiers (`医疗`, `新型高端`) or nothing. */
  const isGeneric = (s: string): boolean => {
    let rest = s;
    for (let changed = true; changed;) {
      changed = false;
      const m = config.genericModifiers.find((g) => rest.startsWith(g));
      if (m) {
        rest = rest.slice(m.length);
        changed = true;
      }
    }
    return rest.length === 0;
  };
  /** 和/及/与 followed by a 、 of the same list joins words inside one conjunct (`语言评估与训练、心理调适`). */
  const isInnerConjunction = (k: number): boolean => {
    const w = words[k];
    if (!w || !LIST_SEPARATORS.has(w.word) || w.word === '、') return false;
    for (let n = k + 1; n < words.length; n++) {
      const x = words[n];
      if (!x || x.word === '等' || (isBoundary(x) && !isSep(x))) return false;
      if (x.word === '、') return true;
    }
    return false;
  };
  /** A word that ends in a head and is not the start of a longer noun (`计算机` + `断层`). */
  const headAt = (k: number): boolean => {
    const w = words[k];
    const next = words[k + 1];
    return w !== undefined && heads.at(text, w) !== undefined && !(next && NOUN_CONT.has(next.tag));
  };

  /** The first word of the conjunct that ends with word `end`, or -1. Glosses are taken whole. */
  const collectLeft = (end: number): number => {
    let k = end;
    let start = -1;
    while (k >= 0) {
      const w = words[k];
      if (!w) break;
      if (isClose(w)) {
        let o = k;
        while (o >= 0 && !isOpen(words[o])) o--;
        if (o <= 0) break;
        k = o - 1;
        continue;
      }
      // `等离子体/质谱联用仪`: a slash inside a complete name is part of it.
      const slashInName = w.word === '/' && start >= 0 && headAt(end);
      if (isBoundary(w) || (isSep(w) && !isInnerConjunction(k) && !slashInName) || isOpen(w)) break;
      if ((words[end]?.to ?? 0) - w.from > MAX_CONJUNCT) break;
      start = k;
      k--;
    }
    // A conjunct never starts with its gloss.
    return start;
  };

  type Stop = 'sep' | 'etc' | 'head' | 'none';
  /** Words from `start` to the end of a conjunct and what ended it (exclusive end index). */
  const collectRight = (start: number): { end: number; stop: Stop } => {
    let k = start;
    while (k < words.length) {
      const w = words[k];
      if (!w) break;
      if (isOpen(w)) {
        while (k < words.length && !isClose(words[k])) k++;
        k++;
        continue;
      }
      if (w.to - (words[start]?.from ?? 0) > MAX_CONJUNCT) return { end: k, stop: 'none' };
      if (isSep(w) && !isInnerConjunction(k)) return { end: k, stop: k > start ? 'sep' : 'none' };
      if (w.word === '等') return { end: k, stop: k > start ? 'etc' : 'none' };
      if (isBoundary(w)) return { end: k, stop: 'none' };
      if (headAt(k)) return { end: k + 1, stop: 'head' };
      k++;
    }
    return { end: k, stop: 'none' };
  };

  const ownRanges = (from: number, to: number): Range[] => {
    const out: Range[] = [];
    let at = from;
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!w || w.from < from || w.to > to || !isOpen(w)) continue;
      if (w.from > at) out.push([at, w.from]);
      let c = k;
      while (c < words.length && !isClose(words[c])) c++;
      at = words[c]?.to ?? to;
    }
    if (at < to) out.push([at, to]);
    return out;
  };

  const conjunctOf = (a: number, b: number): Conjunct | undefined => {
    const first = words[a];
    const last = words[b - 1];
    if (!first || !last) return undefined;
    const own = ownRanges(first.from, last.to);
    const ownText = own.map(([f, t]) => text.slice(f, t)).join('');
    if (ownText.length < 2 || /^[0-9.]+$/.test(ownText) || NOT_A_THING.test(ownText) || isGeneric(ownText))
      return undefined;
    const ownEnd = own.at(-1)?.[1] ?? 0;
    const lastOwn = words.slice(a, b).findLast((w) => w.to === ownEnd);
    // A conjunct ending in a head or in a curated name (`高效能超声治疗`) is complete.
    if (b - a === 1 && first.tag === 'i') return undefined;
    const headLabel = lastOwn ? heads.at(text, lastOwn)?.label : undefined;
    const label = knownAt(first.from, ownEnd) ?? headLabel;
    const latin = LATIN_NAME.test(ownText);
    const complete = label !== undefined || OTHER_THING.test(ownText) || OWN_NAME.test(ownText) || latin;
    return {
      span: [first.from, last.to],
      own,
      complete,
      ...(label ? { label } : {}),
      ...(complete && !headLabel && !latin ? { byCurated: true } : {}),
    };
  };

  /** After 等: quantifiers and generic modifiers, then at most a few words ending in a head. */
  const etcHead = (
    after: number,
  ): { head: Range; completion: Range; label: TermLabel; next: number; counted: boolean } | undefined => {
    const quantifiers = configWords(config, 'listQuantifiers');
    let k = after;
    let counted = false;
    // A numeral (`22种`, `二十余种`, `多种`) counts the members: they are the things, not kinds to complete.
    for (; k < words.length; k++) {
      const q = words[k];
      if (q?.tag === 'm') counted = true;
      else if (!quantifiers.has(q?.word ?? '')) break;
    }
    const start = words[k];
    if (!start) return undefined;
    for (let e = k; e < Math.min(words.length, k + MAX_HEAD_WORDS); e++) {
      const w = words[e];
      // `等监护与生命支持装备`: 与/和 may join words inside the head, a 、 may not.
      if (!w || w.word === '、' || w.word === '/') return undefined;
      // A leading verb is a word of the head only right before its class noun (`生命支持装备`); elsewhere
      // the list names something else (`人工智能、5G等新技术嵌入医疗装备`), as do class words
      // (`航空航天、船舶等行业与医疗装备`).
      if ((isBoundaryWord(w) && !LIST_SEPARATORS.has(w.word)) || w.word === '等') return undefined;
      if (NOT_THINGS.has(w.word) || (stops.has(w.word) && !heads.at(text, words[e + 1] ?? w)))
        return undefined;
      const hit = heads.at(text, w);
      if (!hit) continue;
      const next = words[e + 1];
      if (next && NOUN_CONT.has(next.tag)) return undefined;
      // The completion drops generic modifiers (`系列医疗机器人` completes with `机器人`) and keeps
      // at most the last two words (`优生优育诊断分析软件` -> `分析软件`).
      let from = start.from;
      for (let changed = true; changed;) {
        changed = false;
        for (const m of config.genericModifiers)
          if (text.startsWith(m, from) && from + m.length <= w.to - hit.head.length) {
            from += m.length;
            changed = true;
          }
      }
      from = Math.min(from, w.to - hit.head.length);
      const inHead = words.slice(k, e + 1).filter((x) => x.from >= from);
      if (inHead.length > 2) from = inHead[inHead.length - 2]?.from ?? from;
      // A head that joins two classes (`监护与生命支持装备`) completes with its class noun only.
      if (inHead.some((x) => LIST_SEPARATORS.has(x.word))) from = w.to - hit.head.length;
      return { head: [start.from, w.to], completion: [from, w.to], label: hit.label, next: e + 1, counted };
    }
    return undefined;
  };

  /**
   * The shared part of the last conjunct (`手术机器人` of `腹腔镜手术机器人`, `可穿戴装备` after
   * `保健`) and whether it was found by aligning the first conjunct's last word.
   */
  const sharedCompletion = (
    first: Conjunct,
    lastSpan: Range,
    lastWords: readonly Word[],
  ): { from: number; aligned: boolean } => {
    const firstEnd = first.own.at(-1)?.[1] ?? 0;
    const firstLast = words.find((w) => w.to === firstEnd)?.word;
    const headWord = lastWords.at(-1);
    if (!headWord) return { from: lastSpan[1], aligned: false };
    for (let m = lastWords.length - 2; m >= 0; m--)
      if (lastWords[m]?.word === firstLast)
        return { from: lastWords[m + 1]?.from ?? headWord.from, aligned: true };
    let from = headWord.from;
    // One shared modifier at most: in `腹腔镜和血管介入手术机器人` the conjunct shares 手术 with the
    // donor, while 介入 belongs to 血管 (vascular intervention), not to every member.
    const mods = config.sharedModifiers ?? [];
    const before = text.slice(lastSpan[0], from);
    const m = mods.find((x) => before.endsWith(x) && before.length > x.length);
    if (m) from -= m.length;
    return { from, aligned: false };
  };

  const lastWordOf = (c: Conjunct): Word | undefined => {
    const end = c.own.at(-1)?.[1];
    return words.find((w) => w.to === end);
  };
  /** The first conjunct less the verbs and adverbs that open it (`可以插入活检钳` -> `活检钳`), two words kept. */
  const trimClause = (c: Conjunct): Conjunct => {
    const inside = words.filter((w) => w.from >= c.span[0] && w.to <= c.span[1]);
    let k = 0;
    while (inside.length - k > 2 && CLAUSE_TAGS.has(inside[k]?.tag ?? '')) k++;
    const from = inside[k]?.from ?? c.span[0];
    if (from === c.span[0]) return c;
    return {
      ...c,
      span: [from, c.span[1]],
      own: c.own.filter(([, t]) => t > from).map(([f, t]): Range => [Math.max(f, from), t]),
    };
  };

  /**
   * True when the members before a bare head (`支架` of `气管支架`, from `from`) read as kinds of it:
   * - the last member is one word and the head (`食道、胆道、气管支架`): where it says more
   *   (`成人、小儿和新生儿血氧探头`, `冠脉、外周和颅内球囊导管`) the head alone would drop the words between
   *   (成人探头, 外周导管), and which of them the members share is not written;
   * - the list does not say what a thing is made of (`由叶轮、泵壳和驱动电机组成`,
   *   `原材料包括钢材、塑料粒子和电子元器件`): those members are things of their own;
   * - the last member's word before the head is no verb that nouns cannot parallel (驱动 of `驱动电机`
   *   after 叶轮, 泵壳: what the part does, not a kind of it);
   * - two of the members, the last one's word included, end alike: modifiers of one kind written in
   *   parallel (`食道、胆道、气管`, `单通道、双通道和多通道`). Otherwise nothing but position says they are
   *   kinds of the head; they may be things (`屏幕、外壳、按键和主控芯片`), firms (`联影、迈瑞和东软医疗设备`)
   *   or classes (`诊断、治疗、保健装备`).
   */
  const kindsOfHead = (run: readonly Conjunct[], donorWords: readonly Word[], from: number): boolean => {
    const before = donorWords.filter((w) => w.to <= from);
    const modifier = before[0];
    const first = run[0];
    if (before.length !== 1 || !modifier || !first) return false;
    if (PARTS_BEFORE.test(text.slice(0, first.span[0]))) return false;
    if (ACTIVITY_TAGS.has(modifier.tag) && run.every((x) => NOUN_TAGS.has(lastWordOf(x)?.tag ?? '')))
      return false;
    const ends = [...run.map((x) => text[(x.own.at(-1)?.[1] ?? 0) - 1]), text[from - 1]];
    return new Set(ends).size < ends.length;
  };

  /** A shared head right after the last conjunct must not be a field list's (`新材料等领域`). */
  const sharedAllowed = (next: number): boolean => {
    if (words[next]?.word !== '等') return true;
    return PRODUCT_WORDS.has(words[next + 1]?.word ?? '');
  };

  /**
   * `A、B X`: the incomplete conjuncts right before `donor` (the last one) share its head. A conjunct
   * ending in a curated name without a head is completed too when its last word recurs in the donor
   * (`高场强超导磁共振和专科超导磁共振成像系统`).
   */
  const shareHead = (conjuncts: readonly Conjunct[], donor: Conjunct): Coordination | undefined => {
    const donorWords = words.filter((w) => w.from >= donor.span[0] && w.to <= donor.span[1]);
    const recurs = (x: Conjunct): boolean => {
      const end = x.own.at(-1)?.[1];
      const w = words.find((y) => y.to === end)?.word;
      return donorWords.slice(0, -1).some((y) => y.word === w);
    };
    const run: Conjunct[] = [];
    for (let k = conjuncts.length - 1; k >= 0; k--) {
      const x = conjuncts[k];
      if (!x || (x.complete && !(x.byCurated && recurs(x)))) break;
      run.unshift({ ...x, complete: false });
    }
    if (!run[0] || !donor.label) return undefined;
    const { from, aligned } = sharedCompletion(run[0], donor.span, donorWords);
    if (from <= donor.span[0] || isGeneric(text.slice(donor.span[0], from))) return undefined;
    // `监护、除颤和麻醉类设备`: classes of a purchase, not kinds of device to name.
    if (text[from - 1] === '类') return undefined;
    // One character shared is a head only when it is one of its own (仪, 机): the 器 of 灌流器 in
    // `透析器、管路、穿刺针与灌流器` would make 管路器 and 穿刺针器.
    if (donor.span[1] - from === 1 && !oneChar.has(text[from] ?? '')) return undefined;
    // Nor when one character is all that stands before it: `鞘管` is a name of its own, not 鞘 + 管, so
    // `球囊、导丝和鞘管` names no 球囊管 (`输液、注射泵` still reads 输液泵).
    if (donor.span[1] - from === 1 && from - donor.span[0] < 2) return undefined;
    // Position alone is weak evidence: a bare head shared by two conjuncts (`无氧铜、钨钽钨合金`,
    // `新型辅料包材和制药设备`) is not read; three or more (`食道、胆道、气管支架`) are.
    const bareHead = donorWords.at(-1)?.from === from;
    if (!aligned && bareHead && run.length < 2) return undefined;
    if (!aligned && bareHead && !kindsOfHead(run, donorWords, from)) return undefined;
    return {
      kind: 'shared',
      conjuncts: [...run, donor],
      head: donor.span,
      completion: [from, donor.span[1]],
      label: donor.label,
    };
  };
  /** `A、B X和C Y`: the last complete conjunct before 和/及/与 shares its head with those before it. */
  const shareHeadOfMiddle = (
    conjuncts: readonly Conjunct[],
    seps: readonly string[],
  ): Coordination | undefined => {
    const mid = conjuncts.at(-1);
    if (!mid?.complete || !JOINTS.has(seps.at(-1) ?? '') || conjuncts.length < 2) return undefined;
    return shareHead(conjuncts.slice(0, -1), mid);
  };

  const out: Coordination[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isSep(words[i]) || isInnerConjunction(i)) continue;
    const s0 = collectLeft(i - 1);
    if (s0 < 0) continue;
    const first = conjunctOf(s0, i);
    if (!first) continue;
    const conjuncts: Conjunct[] = [first];
    const seps = [words[i]?.word ?? ''];
    let j = i + 1;
    let found: Coordination | undefined;
    let resume = i;
    for (;;) {
      const r = collectRight(j);
      if (r.stop === 'none') break;
      const c = conjunctOf(j, r.end);
      if (!c) break;
      const after = words[r.end];
      // `等离子体/质谱联用仪`: a slash before a complete name joins the parts of that name.
      if (seps.at(-1) === '/' && c.complete && !conjuncts.at(-1)?.complete) break;
      if (r.stop === 'sep' || (r.stop === 'head' && isSep(after) && !isInnerConjunction(r.end))) {
        conjuncts.push(c);
        seps.push(after?.word ?? '');
        j = r.end + 1;
        continue;
      }
      const etcAt = r.stop === 'etc' ? r.end : after?.word === '等' ? r.end : -1;
      const h = etcAt >= 0 ? etcHead(etcAt + 1) : undefined;
      if (h) {
        conjuncts.push(c);
        // A list of mostly complete names (`现场急救背囊、应急救援机器人等装备`) names things, not
        // kinds of the head: its odd member is not completed.
        const complete = conjuncts.filter((x) => x.complete).length;
        // `活检钳、剥离电刀、注射针等器械`: members that end in a noun under a bare class noun are
        // things of that class as written (`中医诊断治疗、远程医疗等装备` ends in an activity: completed).
        // A member complete by its own head (`剥离电刀`) is such a thing as well.
        const thingsOfClass =
          BARE_CLASSES.has(text.slice(h.head[0], h.head[1])) &&
          complete < conjuncts.length &&
          conjuncts.every((x) => x.complete || THING_TAGS.has(lastWordOf(x)?.tag ?? ''));
        if (thingsOfClass) conjuncts[0] = trimClause(conjuncts[0] ?? first);
        if (h.counted || thingsOfClass)
          found = {
            kind: 'etc',
            conjuncts,
            head: h.head,
            completion: h.completion,
            label: h.label,
            counted: true,
          };
        else if (complete * 2 < conjuncts.length)
          found = { kind: 'etc', conjuncts, head: h.head, completion: h.completion, label: h.label };
        resume = h.next - 1;
        break;
      }
      if (r.stop !== 'head' || !sharedAllowed(r.end) || !seps.some((x) => LIST_SEPARATORS.has(x))) break;
      // `A、B X`: only the incomplete conjuncts right before the last one share its head.
      found = shareHead(conjuncts, c);
      // `骨科、神经外科手术机器人和血管介入手术机器人`: else a complete conjunct before 和 carries it.
      found ??= shareHeadOfMiddle(conjuncts, seps);
      if (found) resume = r.end - 1;
      break;
    }
    // The list may end on a conjunct the reader cannot take (`…和血管介入手术机器人`: 介入 is a verb).
    if (!found && conjuncts.length >= 2) found = shareHeadOfMiddle(conjuncts, seps);
    if (found?.conjuncts.some((c) => !c.complete)) {
      const [cf, ct] = found.completion;
      const firstWord = words.find((w) => w.from === cf && w.to < ct);
      const conjunctsDone = found.conjuncts.map((c): Conjunct => {
        if (c.complete || found?.counted) return c;
        const own = c.own.map(([f, t]) => text.slice(f, t)).join('');
        // `CT扫描、超声影像及PET等医学影像设备`: an abbreviation (with its modality) is the device itself,
        // and a member ending in a word of the class (`超声影像`) names it already: neither is completed.
        const ownLast = lastWordOf(c)?.word ?? '';
        if (
          (found?.label === 'Equipment' && DEVICE_ABBREVIATION.test(own)) ||
          (ownLast.length >= 2 && text.slice(cf, ct).indexOf(ownLast) > 0)
        )
          return { ...c, complete: true };
        const skip = firstWord && own.endsWith(firstWord.word) ? firstWord.to : cf;
        return { ...c, completion: [skip, ct] };
      });
      found = { ...found, conjuncts: conjunctsDone };
      out.push(found);
      i = resume;
    }
  }
  return out;
};
