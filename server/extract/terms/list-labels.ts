// Labels of list members that have no head noun of their own, read from the list: a class named
// after it (`聚氨酯、硅橡胶等高分子材料`, `人工关节、神经补片等医疗器械产品`), a class that leads it
// (`高分子材料包括聚氨酯、聚四氟乙烯`, `核心部件……主要是CT球管，PET晶体探测器`), or the shape of most
// of its members (`聚氨酯、聚四氟乙烯、硅橡胶`). Each member keeps its exact span as its mention.
import type { DiscoveryConfig } from '../types';
import { configWords } from './config-words';
import { latinPart, PART_MATERIAL_HEADS, partNounOf, type HeadIndex, type TermLabel } from './heads';
import { bioRawMaterial, deviceShape, materialShape, reagentMaterial } from './material-names';
import { afterServiceUnit, DISCOURSE_WORDS, isElementWord, isOrganisationWord } from './noise';
import { isBoundaryWord, type Word } from './segmenter';

/** The verb of what a thing holds, opening a list (`含`, `包含`, `内含`). */
const HOLDS = /^(?:含|包含|内含)$/;

export type ListRule = 'list:class' | 'list:propagated' | 'list:shape' | 'coordination:member';

export interface ListMember {
  /** The member as written, [from, to) of the segmented text. */
  readonly from: number;
  readonly to: number;
  readonly label: TermLabel;
  readonly rule: ListRule;
  /** `CT的探测器、数据采集系统等核心部件`: the user named before the list, [from, to), whose name
   * completes a bare part (`CT探测器`). */
  readonly user?: readonly [number, number];
}

/** What the reader needs to know of the text around it. */
export interface ListContext {
  /** The label of a curated mention covering the end of [from, to), if any. */
  readonly knownAt: (from: number, to: number) => TermLabel | undefined;
  /** True when [from, to) holds nothing found by an earlier reading (curated prefixes are fine). */
  readonly open: (from: number, to: number) => boolean;
  /** The start of a curated equipment mention that ends at `to`, if any. */
  readonly equipmentEndingAt?: (to: number) => number | undefined;
  /** The paragraph is about raw materials (原料): its antigens, antibodies and enzymes are materials. */
  readonly rawParagraph?: boolean;
}

const MAX_MEMBER = 16;
/** A count of units the dictionary writes as one word (`一支`, `两台`, `一套`): how many, never a name. */
const UNIT_COUNT = /^(?:[0-9]+|[一二两三四五六七八九十几数多]+)[台套支部辆个件只根枚张条把]$/;
const MAX_LEAD_GAP = 12;
const CONJUNCTIONS = new Set(['、', '和', '及', '与', '以及', '或']);
const SOFT_TAGS = new Set(['r', 'd', 'm', 'q', 'e', 'o', 'y', 'p']);
/** Prepositions that always open a phrase (`装备用…`, `在…`), and distributives that count what was
 * named (`人工耳蜗|各|有一款`): never a piece of a name. */
const NEVER_GLUED = new Set([...'用在于为以从由把被将向按各每则更也都均还又再很最较已仍尚正皆便就才曾亦']);
const MARKERS = new Set(['包括', '如', '例如', '比如', '主要是', '主要有', '主要包括', '包含', ':']);
/** Words between a class and its 有 (`零部件则有`, `原材料也有`). */
const HEDGES = new Set(['则', '也', '还', '主要', '则主要', '大多']);
/**
 * One-character nouns that end the names of parts (`加样针`, `反应杯`, `孵育盘`, `试剂仓`, `清洗站`, `吸收罐`):
 * the segmenter tags them as prepositions, measure words or verbs, which would end the name before them.
 */
const PART_TAILS = new Set([...'针杯盘仓站罐壶箱槽盒座架罩环塞阀泵管剂']);
/** Adverbs that open a predicate though the dictionary may tag them otherwise (仍/zg): no part of a name. */
const CLAUSE_ADVERB = /^(?:仍|已|也|都|还|均|则|正|尚)$/;
/** Verbs that take what follows as their object, never a word of a name (`需要|树脂`, `采用|陶瓷`). */
const GOVERNING_VERB =
  /^(?:需要|采用|使用|选用|依赖|依靠|用到|包括|包含|含有|生产|制造|提供|供应|进口|开发|研发|配套|搭载)$/;
/** Verbs that say where a class of things comes from or stands (`等部件依赖进口`, `等芯片被海外垄断`); not
 * verbs inside a longer class (`等装备试剂联用关键技术`). */
const PREDICATE_VERB =
  /^(?:依赖|依靠|来自|来源于|需要|实现|占|占据|受制于|进口|采购|垄断|把持|掌握|突破|替代|缺乏|短缺|紧缺)$/;
/** Words that open a predicate after a class of things (`等部件多依赖进口`, `等核心部件大多来自…`). */
const PREDICATE_OPENER = /^(?:多|大多|大都|主要|基本|几乎|全部|长期|目前|仍然|依然|高度|严重|普遍)$/;
/** A count closing a list (`硅橡胶和聚氨酯两类`, `三种`): no part of the last member. */
const LIST_COUNT = /^[两二三四五六七八九十几多数]+(?:大)?(?:类|种|个|项|大类)$/;
/** The upstream of a supply chain, which a list of its parts or materials follows. */
const UPSTREAM = /^(?:上游|产业链上游|上游环节)$/;
/** Copulas that say what a list is (`是`, `为`, `属于`, `被称为`). */
const COPULA = /^(?:是|为|属于|被称为|称为|并称为|同为|皆为|均为|都是|均是|均属|均属于|都属于)$/;
/** The tags of a member that is a clause, not a name (`硅橡胶生物稳定性好`, `聚氨酯则更薄`). */
const CLAUSE_END_TAGS = new Set(['a', 'ad', 'd', 'ul', 'uz', 'y', 'z']);
/** Class nouns without a head of their own. */
const CLASS_WORDS: Readonly<Record<string, TermLabel>> = {
  部件: 'Component',
  零部件: 'Component',
  核心部件: 'Component',
  关键部件: 'Component',
  元器件: 'Component',
  器件: 'Component',
  组件: 'Component',
  // Taiwan's words for parts (`關鍵零組件`, `功率元件等核心元件`).
  零组件: 'Component',
  元件: 'Component',
  核心元件: 'Component',
  关键元件: 'Component',
  植入物: 'Equipment',
  植介入物: 'Equipment',
  // What a product is made from (`抗原、抗体、磁珠等核心原料`): materials, whatever their own shape.
  原料: 'Material',
  辅料: 'Material',
};
/** Heads that name a class of parts rather than one (`传感器`, `芯片`, `系统`): never a part alone. */
const BROAD_HEAD =
  /^(?:系统|设备|装备|装置|器械|仪器|零部件|元器件|部件|模组|芯片|传感器|探测器|材料|软件|机器人|支架|导管|加速器|流水线|发生器|控制器|处理器|驱动器|电源|模块|管|阀|泵|机|仪)$/;
/** Raw materials of assays that are never drugs (`羧基磁珠`, `乳胶微球`, `发光底物`, `质控品`): materials in any
 * list, unlike 抗体 and 酶. */
const ASSAY_SOLID = /(?:磁珠|微球|磁微粒|底物|校准品|质控品|缓冲液)$/;
/** Enzymes given as drugs (`尿激酶`, `阿替普酶`): no raw material of a reagent. */
const DRUG_ENZYME = /(?:激酶|普酶|凝血酶)$/;
/** Classes of raw materials, which a clause may have as its subject as well as lead a list. */
const RAW_CLASS = /^(?:原料|辅料)$/;
/** A class of products that names devices (`医疗器械产品`, `植介入器械`). */
const DEVICE_CLASS = /(?:器械|设备|装备)(?:产品)?$/;
/** Class words after 等 that say the list is no list of things. */
const NOT_THINGS = /(?:技术|领域|行业|产业|方面|企业|学科|地区|部门|单位|机构|方向|环节|能力|问题)$/;
/** What a member of a list of parts may be that is no part: software, a technique, a crystal (as often the
 * material). */
const SIBLING_NOT_PART = /(?:算法|软件|程序|技术|平台|晶体)$/;
/** Tags of the last word of a headless member named a part by its siblings: nouns, and the one-character
 * ends of parts the dictionary tags measure words or prepositions (`搅拌|杆/q`, `加样|针/p`). */
const SIBLING_END_TAGS = new Set(['n', 'nz', 'ng', 'vn', 'q', 'p']);
/** Endings of manners, qualities and quantities (`焦点尺寸`, `输出功率`, `使用寿命`), not things. */
const NOT_A_THING =
  /(?:化|性|率|度|功能|要求|标准|规范|水平|尺寸|重量|功率|寿命|容量|范围|参数|指标|直径|长度|电压|电流|频率|场强|转速)$/;

interface Parsed {
  readonly members: readonly { from: number; to: number; verbStart: boolean }[];
  /** A user named right before the list with 的 (`CT的`). */
  readonly user?: readonly [number, number];
  /** The user completes only a bare class of parts (`探测器`), not a specific one (`涡轮`). */
  readonly broadOnly?: boolean;
  /** The list follows a device and 的 (`分析仪的反应杯、磁分离模块和光电倍增管`): what it owns. */
  readonly possessed?: boolean;
  /** The class is said of the list after it: one member at least must be of the class by itself. */
  readonly stated?: boolean;
  /** The list is the upstream of a chain (`上游：`): its parts or materials, by most of its members. */
  readonly chain?: boolean;
  /** The class after 等 names the parts of a device (`影像、检验等诊断设备核心部件`): the members are kinds
   * of that device, so one without a part's head or shape is no part. */
  readonly ofDevice?: boolean;
}

/** Reads the lists of one sentence (normalised text and its words) and labels their members. */
export const readListLabels = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  heads: HeadIndex,
  ctx: ListContext,
): ListMember[] => {
  const verbs = configWords(config, 'leadingVerbs');
  const stops = configWords(config, 'stopWords');
  const quantifiers = configWords(config, 'listQuantifiers');
  // `，像吖啶酯、磁珠`: 像 after a clause mark introduces examples (not the 像 of `传像光纤`).
  const likeWords = new Set(
    words.filter((w, k) => w.word === '像' && (k === 0 || isBoundaryWord(words[k - 1] ?? w))),
  );
  const hard = (w: Word): boolean =>
    (isBoundaryWord(w) && !CONJUNCTIONS.has(w.word) && w.word !== '(' && w.word !== ')') ||
    stops.has(w.word) ||
    // `现在|步进电机`: a time word dates the clause, it names nothing.
    w.tag === 't' ||
    w.word === '等' ||
    DISCOURSE_WORDS.has(w.word) ||
    isOrganisationWord(w.word) ||
    /^(?:用|用于|应用于|适用于|作用于|诸如|譬如)$/.test(w.word) ||
    likeWords.has(w);
  /** A one-character pronoun, adverb or numeral the dictionary cut out of a chemical name (`聚|己|内酯`). */
  const glued = (k: number): boolean => {
    const [a, w, b] = [words[k - 1], words[k], words[k + 1]];
    return (
      w?.word.length === 1 &&
      SOFT_TAGS.has(w.tag) &&
      !NEVER_GLUED.has(w.word) &&
      [a, b].every((x) => x !== undefined && /^[\u4e00-\u9fff]/.test(x.word) && !hardOnly(x)) &&
      // `聚氨酯|则|更薄`: an adverb before another adverb or an adjective opens a clause.
      !CLAUSE_END_TAGS.has(b?.tag ?? '')
    );
  };
  /** `加样|针`, `反应|杯`: a part's last character the segmenter cut off, at a member's end. */
  const tail = (k: number): boolean => {
    const [a, w, b] = [words[k - 1], words[k], words[k + 1]];
    if (!w || !a || !PART_TAILS.has(w.word) || a.to !== w.from) return false;
    return (
      /[\u4e00-\u9fff]$/.test(a.word) &&
      !isBoundaryWord(a) &&
      !hardOnly(a) &&
      (b?.from !== w.to || isBoundaryWord(b) || hardOnly(b) || b.word === ',')
    );
  };
  /** A count at word `k`, as one word (`两类`) or cut in two (`四大|类`). */
  const isCount = (k: number): boolean => {
    const w = words[k];
    if (!w || !/^[两二三四五六七八九十几多数]/.test(w.word)) return false;
    const next = words[k + 1];
    return (
      (w.tag === 'm' && LIST_COUNT.test(w.word)) ||
      (next?.from === w.to && LIST_COUNT.test(w.word + next.word))
    );
  };
  const hardOnly = (w: Word): boolean => w.word === '的' || w.word === '等' || CONJUNCTIONS.has(w.word);
  const isSep = (w: Word | undefined, commas: boolean): boolean =>
    w !== undefined && (CONJUNCTIONS.has(w.word) || (commas && w.word === ','));

  /** A member from word `j` rightwards: its end (exclusive word index). */
  const memberRight = (j: number, commas: boolean): { end: number; verbStart: boolean } => {
    let k = j;
    const verbStart = verbs.has(words[j]?.word ?? '');
    while (k < words.length) {
      const w = words[k];
      if (!w || isSep(w, commas) || (hard(w) && !(k > j && (glued(k) || tail(k))))) break;
      // `硅橡胶和聚氨酯两类`, `…和电子元器件四大|类`: a count closes the list.
      if (k > j && isCount(k)) break;
      // `…编码盘和伺服电机仍多由海外厂商供应`: an adverb the dictionary tags otherwise (仍/zg) ends the member.
      if (k > j && CLAUSE_ADVERB.test(w.word)) break;
      if (w.word === '(') {
        while (k < words.length && words[k]?.word !== ')') k++;
        k++;
        continue;
      }
      if (k > j && verbs.has(w.word) && !/[\u4e00-\u9fff]/.test(words[k - 1]?.word ?? '')) break;
      if (w.to - (words[j]?.from ?? 0) > MAX_MEMBER) return { end: j, verbStart };
      k++;
    }
    return { end: k, verbStart };
  };

  /** The class after 等 at word `e`: its label (undefined for a bare 产品) and its end. */
  const classAfter = (e: number): { label: TermLabel | undefined; end: number; ofDevice: boolean } | null => {
    let k = e + 1;
    while (k < words.length && (words[k]?.tag === 'm' || quantifiers.has(words[k]?.word ?? ''))) k++;
    let phrase = '';
    let ofDevice = false;
    for (let n = k; n < Math.min(words.length, k + 5); n++) {
      const w = words[n];
      if (!w || hard(w) || isSep(w, true)) break;
      phrase += w.word;
      if (NOT_THINGS.test(phrase)) return null;
      const next = words[n + 1];
      // `等核心部件仍靠进口`: an adverb the dictionary tags otherwise (仍/zg) ends the class too.
      // `等部件依赖进口`, `等关键芯片占成本…`: a verb after a class word is the sentence's predicate.
      const classWord =
        CLASS_WORDS[w.word] !== undefined || phrase.endsWith('材料') || heads.at(text, w) !== undefined;
      const ends =
        next === undefined ||
        hard(next) ||
        isSep(next, true) ||
        verbs.has(next.word) ||
        CLAUSE_ADVERB.test(next.word) ||
        (classWord && (PREDICATE_VERB.test(next.word) || PREDICATE_OPENER.test(next.word)));
      if (!ends) {
        if (heads.at(text, w)?.label === 'Equipment') ofDevice = true;
        continue;
      }
      if (phrase.endsWith('材料')) return { label: 'Material', end: n + 1, ofDevice };
      const cls = CLASS_WORDS[w.word];
      if (cls) return { label: cls, end: n + 1, ofDevice };
      if (DEVICE_CLASS.test(phrase)) return { label: 'Equipment', end: n + 1, ofDevice };
      const hit = heads.at(text, w);
      if (hit) return { label: hit.label, end: n + 1, ofDevice };
      if (phrase.endsWith('产品')) return { label: undefined, end: n + 1, ofDevice };
      return null;
    }
    return null;
  };

  /** The class right before a lead marker at word `m` (`高分子材料包括`, `核心部件要……主要是`). */
  const classBefore = (m: number): TermLabel | undefined => {
    const at = words[m]?.from ?? 0;
    for (let k = m - 1; k >= 0; k--) {
      const w = words[k];
      if (!w || at - w.to > MAX_LEAD_GAP || w.word === '的') return undefined;
      // `透析器原料100%靠进口:聚砜材料…`: raw materials lead a list only right before its marker.
      if (RAW_CLASS.test(w.word) && at - w.to > 2) return undefined;
      const cls = CLASS_WORDS[w.word] ?? (w.word.endsWith('材料') ? 'Material' : undefined);
      if (cls) return cls;
      if (heads.at(text, w)) return undefined;
    }
    return undefined;
  };

  /** The leftmost member's start: after a verb or a thing inside it, which a noun list lacks. */
  const trimLeft = (start: number, end: number): number => {
    // A closing gloss (`装置(MRI)`) is left out: the name ends before it.
    let last = end;
    if (words[last - 1]?.word === ')') while (last > start && words[last - 1]?.word !== '(') last--;
    if (last > start && words[last - 1]?.word === '(') last--;
    const lastTo = words[last - 1]?.to ?? 0;
    for (let k = last - 2; k >= start; k--) {
      const w = words[k];
      if (!w) continue;
      // `锁定|高分子材料`: a verb after other words, leaving a name longer than a head (not `成像|装置`,
      // and not `超导` that opens 超导核磁共振成像装置); `装备用|钛镍记忆合金`: the user of `X用Y`.
      // `导管生产需要|树脂`: a verb that governs an object ends the clause before the name, however short.
      const verb =
        w.tag === 'v' &&
        w.word.length >= 2 &&
        ((k > start && lastTo - w.to >= 4) || GOVERNING_VERB.test(w.word));
      // 医用, 家用, 军用 grade a thing (`医用级聚醚醚酮`); they name no user.
      const user = /.用$/.test(w.word) && !/^[医家民军商兽]用$/.test(w.word);
      if (verb || user || heads.at(text, w)) return k + 1;
    }
    return start;
  };

  const stopTerms = configWords(config, 'stopTerms');
  /** True when a headed name says more than its head and generic modifiers. */
  const namesAKind = (name: string, head: string): boolean => {
    if (stopTerms.has(name) || name.length < head.length + 2) return false;
    let core = name.slice(0, name.length - head.length);
    for (let changed = true; changed;) {
      changed = false;
      const g = config.genericModifiers.find((x) => core.startsWith(x));
      if (g) {
        core = core.slice(g.length);
        changed = true;
      }
    }
    return core.length > 0;
  };

  /**
   * The class a list ending before word `k` is said to be: after its count (`两类材料`) or as the
   * predicate of a copula (`是CT的三大核心部件`, `均属于可降解高分子材料`), the class closing the clause.
   */
  const classStated = (k: number): { label: TermLabel; user?: readonly [number, number] } | undefined => {
    let c = k;
    if (isCount(c)) c += LIST_COUNT.test(words[c]?.word ?? '') ? 1 : 2;
    else if (
      /^(?:均|都|皆|也|被)$/.test(words[c]?.word ?? '') &&
      (COPULA.test(words[c + 1]?.word ?? '') || /^(?:誉为|视为|列为)$/.test(words[c + 1]?.word ?? ''))
    )
      c += 2;
    else if (COPULA.test(words[c]?.word ?? '')) c += 1;
    else return undefined;
    let user: readonly [number, number] | undefined;
    for (let n = c; n < Math.min(words.length, c + 8); n++) {
      const w = words[n];
      if (!w || (hard(w) && w.word !== '的') || isSep(w, true)) return undefined;
      // `是CT的三大核心部件`: the device before 的 is the user of the bare parts of the list.
      if (w.word === '的' && !user) {
        const userFrom = ctx.equipmentEndingAt?.(w.from);
        if (userFrom !== undefined) user = [userFrom, w.from];
      }
      const next = words[n + 1];
      const closes = next === undefined || /^[,，。;；:：!！?？)]$/.test(next.word) || next.word === '之一';
      if (!closes) continue;
      const cls = CLASS_WORDS[w.word] ?? (/(?:材料|原材料)$/.test(w.word) ? 'Material' : undefined);
      return cls ? { label: cls, ...(user ? { user } : {}) } : undefined;
    }
    return undefined;
  };

  const out: ListMember[] = [];
  const taken = new Set<number>();
  // The word ending at each offset (the last, if two do), made when a list is first labelled: a
  // scan of the words for each member was costly in long sentences.
  let endingAt: Map<number, Word> | undefined;
  const wordEndingAt = (to: number): Word | undefined => {
    if (!endingAt) {
      endingAt = new Map();
      for (const w of words) endingAt.set(w.to, w);
    }
    return endingAt.get(to);
  };

  const label = (list: Parsed, cls: TermLabel | undefined, hasClass: boolean, skipFirst = false): void => {
    const views = list.members.map((whole) => {
      // A gloss closing a member (`超导核磁共振谱仪(NMR)`) is no part of its name or mention.
      const gloss = /\([^()]*\)$/.exec(text.slice(whole.from, whole.to));
      // A bracket closing around the list (`(如钛合金、聚醚醚酮PEEK)`) is no part of the last member.
      const stray = /^[^()]*\)$/.test(text.slice(whole.from, whole.to)) ? 1 : 0;
      const trimmed =
        gloss && gloss.index > 0
          ? { ...whole, to: whole.from + gloss.index }
          : { ...whole, to: whole.to - stray };
      // `消耗一支透析器`, `一套血液管路`: a count of units says how many; the name follows it.
      const counted = words.findLast(
        (w) => w.from >= trimmed.from && w.to < trimmed.to && w.tag === 'm' && UNIT_COUNT.test(w.word),
      );
      // `含冷头、氦压缩机…`: a table cell's scope opens with the verb that says what it holds.
      // Not `含氯消毒剂`: 含 and one element name what holds the element.
      const holdsAt = words.findIndex(
        (w) => w.from === trimmed.from && w.to < trimmed.to - 1 && HOLDS.test(w.word),
      );
      const holds =
        holdsAt >= 0 && !isElementWord(words[holdsAt + 1]?.word ?? '') ? words[holdsAt] : undefined;
      const member = counted
        ? { ...trimmed, from: counted.to }
        : holds
          ? { ...trimmed, from: holds.to }
          : trimmed;
      // A bare part noun (partNounOf) inside a word: the word starts the member's name (`光学元件|光学镜片`, a
      // table's cells with their spaces gone), or the noun does when the dictionary glued it to a verb
      // before it (`里面|有加|样|针`).
      const noun = partNounOf(text.slice(member.from, member.to));
      const nounFrom = member.to - (noun?.length ?? 0);
      const holder = noun ? words.find((w) => w.from < nounFrom && nounFrom < w.to) : undefined;
      const nameFrom = holder?.tag === 'v' ? nounFrom : (holder?.from ?? member.from);
      const m = nameFrom > member.from ? { ...member, from: nameFrom } : member;
      const name = text.slice(m.from, m.to);
      const last = wordEndingAt(m.to);
      const own = last ? heads.at(text, last) : undefined;
      const known = ctx.knownAt(m.from, m.to);
      // A reagent's raw materials (`重组抗原`, `磁珠`, `发光底物`) are materials only in a list the text
      // calls materials: alone, 抗体 and 酶 are as often drugs (`双特异性抗体`, `阿替普酶`).
      const shape: TermLabel | undefined =
        materialShape(name) ||
        ((cls === 'Material' || ASSAY_SOLID.test(name)) && bioRawMaterial(name)) ||
        // `原料包括酶、抗原…`: the enzymes of a reagent, as a class, among its raw materials.
        (cls === 'Material' && hasClass && name === '酶')
          ? 'Material'
          : deviceShape(name)
            ? 'Equipment'
            : // `FPGA、GPU等关键芯片`, `SiPM和读出电路`: a chip or detector written by its Latin name.
              latinPart(name) ||
                // `超导磁体、梯度线圈、冷头`: a part the field names by a bare noun (`冷头`, `加样针`).
                (!own && noun !== undefined)
              ? 'Component'
              : undefined;
      // Built field by field: a spread with more fields after it is slow in V8, and lists are many.
      return { from: m.from, to: m.to, verbStart: m.verbStart, name, own, known, shape };
    });
    // `逆转录酶、热启动酶和尿嘧啶-DNA糖基化酶`: a list with two tool enzymes or tracers, or in a paragraph
    // about raw materials, is one of a reagent's raw materials; its antibodies and enzymes are materials.
    const tools = views.filter((v) => reagentMaterial(v.name)).length;
    const rawList =
      ctx.rawParagraph === true ||
      tools >= 2 ||
      (tools === 1 && views.every((v) => bioRawMaterial(v.name) && !DRUG_ENZYME.test(v.name)));
    if (rawList) for (const v of views) if (!v.shape && bioRawMaterial(v.name)) v.shape = 'Material';
    const support = (l: TermLabel): number =>
      views.filter((v) => v.known === l || v.own?.label === l || v.shape === l).length;
    let target = cls;
    if (!target)
      for (const l of ['Material', 'Equipment', 'Component'] as const)
        if (support(l) >= 2 && support(l) * 3 >= views.length * 2) target = l;
    // Upstream of a chain, half the members parts or materials by themselves say what the rest are.
    if (!target && list.chain === true)
      for (const l of ['Material', 'Component'] as const)
        if (support(l) >= 2 && support(l) * 2 >= views.length) target = l;
    // `分析仪的反应杯、磁分离模块和光电倍增管`: what a device owns, most of it shaped like parts and one a
    // known part, are its parts; its headless members too when all are shaped so, though two members
    // already make it parts (not `…和伺服电机仍多`).
    const partLike = views.filter(
      (v) =>
        v.known === 'Component' ||
        v.own?.label === 'Component' ||
        PART_TAILS.has(v.name.slice(-1)) ||
        /(?:模块|组件|单元)$/.test(v.name),
    ).length;
    const possessed =
      (!target || (target === 'Component' && partLike === views.length)) &&
      list.possessed === true &&
      support('Component') >= 1 &&
      partLike * 3 >= views.length * 2;
    if (possessed) target = 'Component';
    if (!target || (list.stated === true && support(target) === 0)) return;
    const majority = support(target) * 3 >= views.length * 2;
    for (const v of views) {
      if (skipFirst && v === views[0]) continue;
      if (v.known || taken.has(v.from) || !ctx.open(v.from, v.to)) continue;
      if (v.to - v.from < 2 && !(v.shape === 'Material' && v.name === '酶')) continue;
      if (NOT_A_THING.test(v.name) || NOT_THINGS.test(v.name) || /^[0-9.]+$/.test(v.name)) continue;
      // `检验科全自动生化分析仪`: a hospital unit before the thing is where it is used; head-noun reading
      // starts the name after it.
      if (afterServiceUnit(v.name) > 0) continue;
      // A bare part after its user (`CT的探测器`) is that user's part: CT探测器.
      if (
        target === 'Component' &&
        v.name === v.own?.head &&
        list.user &&
        (!list.broadOnly || BROAD_HEAD.test(v.name))
      ) {
        taken.add(v.from);
        out.push({ from: v.from, to: v.to, label: target, rule: 'list:class', user: list.user });
        continue;
      }
      // A headed member follows the rules of head-noun terms: no stop term, no bare class
      // (`设备`, `专用医疗设备`), no gloss inside.
      // `工作电极、参比电极和对电极`: beside siblings of the same head, one character tells a kind apart.
      const sibling =
        v.own !== undefined &&
        v.name.length === v.own.head.length + 1 &&
        !stopTerms.has(v.name) &&
        views.some(
          (x) => x !== v && x.own?.head === v.own?.head && x.name.length > (x.own?.head.length ?? 0) + 1,
        );
      // `关键零部件包括涡轮、氧电池和电机`: in a list the text calls parts, a specific head alone or with one
      // character (not a class such as 传感器 or 系统) names a part.
      // Only a member the list itself delimits: one cut after another head (`呼吸机涡轮|风机`) is a fragment.
      const before = words.findLast((w) => w.to <= v.from);
      // At the sentence's start or after a clause mark or 其中 (`其中FPGA、GPU等关键芯片`) the member is
      // whole as well.
      const delimited =
        before === undefined ||
        isSep(before, true) ||
        MARKERS.has(before.word) ||
        verbs.has(before.word) ||
        GOVERNING_VERB.test(before.word) ||
        /^(?:有|是|为|其中|的|[,，:：;；])$/.test(before.word);
      // `树脂、胶粘剂等辅料`: a material's head alone in a list the text calls materials names one.
      const bareMaterial =
        delimited &&
        hasClass &&
        target === 'Material' &&
        v.own?.label === 'Material' &&
        v.name === v.own.head &&
        v.name.length >= 2 &&
        !BROAD_HEAD.test(v.name);
      const barePart =
        delimited &&
        hasClass &&
        target === 'Component' &&
        v.own !== undefined &&
        v.own.head.length >= 2 &&
        v.name.length <= v.own.head.length + 1 &&
        // `微控制器`, `微处理器`: 微 makes a kind of part of a broad head.
        (!BROAD_HEAD.test(v.own.head) || v.name === `微${v.own.head}`) &&
        !/^[各每该本其此这那多两二三四五几数某大小新老高低全主副]/.test(
          v.name.slice(0, v.name.length - v.own.head.length),
        );
      // `依赖FPGA、DSP和GPU`: a chip's Latin name is whole though it is a head of its own (`读出ASIC`).
      const latin = latinPart(v.name);
      if (v.own && !namesAKind(v.name, v.own.head) && !sibling && !barePart && !bareMaterial && !latin)
        continue;
      if (v.name.includes('(')) continue;
      let rule: ListRule | undefined;
      if (target === 'Component') {
        // A parts list names parts by their own heads; a whole it calls a part (`内窥镜三晶片摄像系统`,
        // `涡轮风机`) is a subsystem.
        if (v.own && !latin) rule = 'list:class';
        else if (v.shape === 'Component') rule = hasClass ? 'list:class' : 'list:shape';
        // `加样针、反应盘、光电倍增管等核心部件`: the class says each member is a part, a member without a
        // head too, though less surely than one with a head.
        else if (!v.shape && (hasClass || possessed) && !list.chain && !list.ofDevice && v.name.length >= 2)
          rule = 'list:propagated';
        // `滤光片、二向色镜和光电倍增管`, `阳极靶盘、阴极灯丝和管壳`: a list with no class whose other members are
        // parts by their own heads (two at least, two thirds of the list) names its headless members parts too,
        // when each is a noun of three to eight characters, holds no verb or place and is no software, technique
        // or crystal (a crystal is as often the material).
        else if (
          !v.shape &&
          !hasClass &&
          !list.chain &&
          !list.stated &&
          /^[\u4e00-\u9fffA-Za-z0-9]{3,8}$/.test(v.name) &&
          !SIBLING_NOT_PART.test(v.name) &&
          SIBLING_END_TAGS.has(wordEndingAt(v.to)?.tag ?? '') &&
          // `长沙召开|影像、…`: a verb of two characters or a place inside the member makes it a clause, read
          // across a line break.
          !words.some(
            (w) =>
              w.from >= v.from && w.to <= v.to && ((w.tag === 'v' && w.word.length >= 2) || w.tag === 'ns'),
          )
        )
          rule = 'list:propagated';
      } else if (v.own?.label === target) rule = hasClass ? 'list:class' : 'coordination:member';
      else if (v.shape === target) rule = hasClass ? 'list:class' : 'list:shape';
      // `原料主要包括dNTP、引物探针…`, `高纯石英、稀土闪烁晶体等关键材料`: a list the text calls materials
      // names materials, whatever their own shape.
      else if (
        !v.own &&
        !v.shape &&
        hasClass &&
        !list.chain &&
        // not after a comma, which may open a clause (`，管路内壁有…`), nor a piece (`结构件`), a part.
        (majority || (target === 'Material' && before?.word !== ',' && !v.name.endsWith('件'))) &&
        v.name.length >= 3
      )
        rule = 'list:propagated';
      // A member opening with a leading verb (`聚焦超声治疗系统`) is a name only in a list of things.
      if (!rule || (v.verbStart && !(hasClass && v.own))) continue;
      taken.add(v.from);
      // `抗原抗体`: two raw materials written as one member are two materials.
      const inner = words.filter((w) => w.from >= v.from && w.to <= v.to);
      if (target === 'Material' && inner.length === 2 && inner.every((w) => bioRawMaterial(w.word))) {
        for (const w of inner) out.push({ from: w.from, to: w.to, label: target, rule });
        continue;
      }
      // `部件：铌钛超导线`, `关键部件：…、碳纤维`: a member headed by a material's head is a material whatever
      // the list calls its members.
      const label =
        target === 'Component' && v.own?.label === 'Material' && !PART_MATERIAL_HEADS.has(v.own.head)
          ? 'Material'
          : target;
      out.push({ from: v.from, to: v.to, label, rule });
    }
  };

  /** Whether `words[k]` is a class (`部件`, `…材料`); made once, not at every word of the loop below. */
  const isClassWord = (k: number): boolean =>
    CLASS_WORDS[words[k]?.word ?? ''] !== undefined || (words[k]?.word ?? '').endsWith('材料');
  // Lists led by a class and a marker: members rightwards, commas included.
  for (let m = 0; m < words.length; m++) {
    const w = words[m]?.word ?? '';
    // `主要是`, `主要有` come as two words; `零部件则有`, `核心部件有`: 有 right after a class leads too (not
    // 是: `器件是光电倍增管` is a predicate).
    const hedged = HEDGES.has(words[m - 1]?.word ?? '') ? m - 2 : m - 1;
    // Asked only after 有, 为 or 是: a lookup for every word of a long plan is costly.
    const marker =
      MARKERS.has(w) ||
      ((w === '是' || w === '有') && words[m - 1]?.word === '主要') ||
      (w === '有' && isClassWord(hedged));
    // `三大核心部件为A、B和C`, `电子元器件主要为A、B`: 为 or 是 after a class of parts names them when a list
    // of two or more follows (`器件是光电倍增管` alone is a predicate).
    // `产业链上游：球管、高压发生器…；中游：…`: the upstream of a chain is its parts and materials.
    const upstream = UPSTREAM.test(words[hedged]?.word ?? '');
    const copula = !marker && (w === '为' || w === '是') && (isClassWord(hedged) || upstream);
    // `生物原料(抗原、抗体、酶、引物)`: a bracket after a class of raw materials holds its members (after
    // 材料 or a part's class a bracket as often glosses one name: `超导材料(NbTi)`).
    const bracket =
      w === '(' && (words[m - 1]?.word ?? '').endsWith('原料') && words[m - 1]?.to === words[m]?.from;
    if (!marker && !copula && !bracket) continue;
    // `核心零部件有三类：一是…`: a count opens what is said of each kind, no list of names.
    if (isCount(m + 1) || words[m + 1]?.tag === 'm') continue;
    const cls = classBefore(m);
    if (!cls && !upstream) continue;
    const members: { from: number; to: number; verbStart: boolean }[] = [];
    let j = m + 1;
    while (j < words.length) {
      let r = memberRight(j, true);
      // `呼吸机用涡轮风机`, `体外诊断用抗原`: a user and 用 before a member are no part of its name.
      if (
        r.end > j &&
        words[r.end]?.word === '用' &&
        /^[\u4e00-\u9fffA-Za-z]/.test(words[r.end + 1]?.word ?? '')
      ) {
        j = r.end + 1;
        r = memberRight(j, true);
      }
      if (r.end <= j || r.verbStart) break;
      // `…两类，硅橡胶生物稳定性好`: a member that ends as a clause ends the list before it.
      // After a comma a verb of two characters ends a clause too (`，蒸发器决定了…`).
      const end = words[r.end - 1];
      const afterComma = words[j - 1]?.word === ',';
      // `…和诊断酶，非活性原料则有…`: a class after a comma leads a list of its own.
      if (
        afterComma &&
        (CLASS_WORDS[end?.word ?? ''] !== undefined || /(?:原料|材料)$/.test(end?.word ?? ''))
      )
        break;
      // After a comma an adverb or a verb of one character inside the member makes a clause too
      // (`，合计约占整机成本…`).
      const clause =
        afterComma &&
        words
          .slice(j, r.end - 1)
          .some((x) => x.tag === 'd' || (x.tag === 'v' && x.word.length === 1 && !tail(words.indexOf(x))));
      // `，导管管身则由…`, `，POCT设备以微流控芯片为核心`: a member followed by an adverb, a preposition or 由
      // after a comma is the subject of a new clause.
      const subjectOfClause =
        afterComma &&
        (/^[dp]$/.test(words[r.end]?.tag ?? '') || /^(?:由|是|为)$/.test(words[r.end]?.word ?? ''));
      if (
        members.length > 0 &&
        (clause ||
          subjectOfClause ||
          CLAUSE_END_TAGS.has(end?.tag ?? '') ||
          (afterComma && end?.tag === 'v' && end.word.length >= 2 && !heads.at(text, end)))
      )
        break;
      members.push({ from: words[j]?.from ?? 0, to: words[r.end - 1]?.to ?? 0, verbStart: false });
      // The bracket's list ends at the bracket.
      if (bracket && words[r.end - 1]?.word === ')') break;
      let next = r.end;
      // `超声单晶探头、二维面阵探头等新型探头，内窥镜三晶片摄像系统等`: an inner class is skipped; a 等
      // without a class ends the list (`…以及主控板等，上述部件占…`).
      if (words[next]?.word === '等') {
        const inner = classAfter(next);
        if (!inner) break;
        next = inner.end;
      }
      if (!isSep(words[next], true)) break;
      j = next + 1;
    }
    // `CT的三大核心部件为…探测器`: a device named before the class with 的 is the user of its bare parts.
    let of = hedged;
    while (of > 0 && of > hedged - 3 && words[of]?.word !== '的') of--;
    const ofWord = words[of];
    const userFrom =
      cls === 'Component' && ofWord?.word === '的' ? ctx.equipmentEndingAt?.(ofWord.from) : undefined;
    const user = userFrom !== undefined && ofWord ? ([userFrom, ofWord.from] as const) : undefined;
    if (!cls) {
      if (members.length >= 2) label({ members, chain: true }, undefined, true);
      continue;
    }
    if (members.length >= (copula || bracket ? 2 : 1))
      label({ members, ...(user ? { user, broadOnly: true } : {}) }, cls, true);
  }

  // Lists closed by 等 and a class: members leftwards from 等.
  for (let e = 0; e < words.length; e++) {
    if (words[e]?.word !== '等') continue;
    const cls = classAfter(e);
    const members: { from: number; to: number; verbStart: boolean }[] = [];
    let end = e;
    for (;;) {
      let k = end - 1;
      let start = -1;
      while (k >= 0) {
        const w = words[k];
        if (!w || (hard(w) && !((k < end - 1 && glued(k)) || (k === end - 1 && tail(k)))) || isSep(w, false))
          break;
        if ((words[end - 1]?.to ?? 0) - w.from > MAX_MEMBER) break;
        if (verbs.has(w.word)) {
          // A leading verb opens a member only right after a separator of the list (`、聚焦超声…`).
          if (isSep(words[k - 1], false)) start = k;
          break;
        }
        start = k;
        k--;
      }
      if (start < 0) break;
      if (!isSep(words[start - 1], false)) start = trimLeft(start, end);
      const from = words[start]?.from ?? 0;
      const to = words[end - 1]?.to ?? 0;
      members.unshift({ from, to, verbStart: verbs.has(words[start]?.word ?? '') });
      if (!isSep(words[start - 1], false)) break;
      end = start - 1;
    }
    const first = words.findIndex((w) => w.from === members[0]?.from);
    const of = words[first - 1];
    const userFrom = of?.word === '的' ? ctx.equipmentEndingAt?.(of.from) : undefined;
    const user = userFrom !== undefined && of ? ([userFrom, of.from] as const) : undefined;
    if (members.length >= 2)
      label(
        { members, ...(user ? { user } : {}), ...(cls?.ofDevice ? { ofDevice: true } : {}) },
        cls?.label,
        cls !== null,
      );
  }

  // Lists with no class: shaped names (`聚氨酯、聚四氟乙烯、硅橡胶`) or names of one head
  // (`高能直线加速器及影像引导放射治疗装置`: a later member keeps a verb inside it).
  for (let i = 0; i < words.length; i++) {
    if (!CONJUNCTIONS.has(words[i]?.word ?? '')) continue;
    // After 和/及 the first member is read by its head alone (discovery's own boundary).
    const pair = words[i]?.word !== '、';
    let s = i - 1;
    while (s >= 0) {
      const w = words[s];
      if (
        !w ||
        (hard(w) && !((s < i - 1 && glued(s)) || (s === i - 1 && tail(s)))) ||
        isSep(w, false) ||
        verbs.has(w.word)
      )
        break;
      s--;
    }
    const members: { from: number; to: number; verbStart: boolean }[] = [];
    if (s + 1 > i - 1) continue;
    // `品名举例：X射线计算机体层摄影设备、移动式CT`: after a label's colon the first member is whole, a
    // device's word inside it (计算机) no end of a clause before it.
    // So is a table's cell after its bar (`|超辐射发光二极管、扫描振镜`): the bar is its left edge.
    if (!/^[:|｜]$/.test(words[s]?.word ?? '')) s = trimLeft(s + 1, i) - 1;
    members.push({ from: words[s + 1]?.from ?? 0, to: words[i - 1]?.to ?? 0, verbStart: false });
    let j = i + 1;
    let after = -1;
    for (;;) {
      const r = memberRight(j, false);
      if (r.end <= j || r.verbStart) break;
      members.push({ from: words[j]?.from ?? 0, to: words[r.end - 1]?.to ?? 0, verbStart: false });
      if (!isSep(words[r.end], false)) {
        i = r.end;
        after = r.end;
        break;
      }
      j = r.end + 1;
    }
    // The list is read once, from its first separator: the next ones belong to it.
    i = Math.max(i, j - 1);
    const of = words[s];
    const owner = of?.word === '的' ? ctx.equipmentEndingAt?.(of.from) : undefined;
    if (members.length < 2) continue;
    // `球管、高压发生器和探测器是CT的三大核心部件`, `尼龙和聚氨酯两种材料`: a class said of the whole list
    // after it names its members; the list is the subject, whole from a clause's start.
    const stated = after >= 0 ? classStated(after) : undefined;
    if (stated) {
      const whole = s < 0 || (of !== undefined && (isBoundaryWord(of) || verbs.has(of.word)));
      const user = stated.label === 'Component' ? stated.user : undefined;
      label(
        { members, stated: true, ...(user ? { user, broadOnly: true } : {}) },
        stated.label,
        true,
        pair && !whole,
      );
      continue;
    }
    label({ members, ...(owner !== undefined ? { possessed: true } : {}) }, undefined, false, pair);
  }
  return out;
};
