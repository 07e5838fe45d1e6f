// What a device or a subsystem is made of, as a text states it; the one place these readings live.
// `A由B和C两部分构成`, `A一般由B、C和D组合而成`, `A整体上由三大系统构成：B、C和D`, `A包括B、C` (parts
// only), `A：核心是B和C`, and `该产品由B和C构成` with A the one device named just before.
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import { CLAIMED } from '../terms/part-lists';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { HEADED_LEAD, HEADED_RULE, headedWhole } from './supply-headed';
import { supplyOccurrences, type SupplyReader } from './supply-lists';

export const COMPOSED_RULE = 'grammar:A由B组成';
export const INCLUDES_RULE = 'grammar:A包括B';
export const CORE_RULE = 'grammar:A：核心是B';
export const ANAPHOR_RULE = 'grammar:该产品由B组成';
export const TOPIC_RULE = 'grammar:A…，主要由B组成';
export const POSSESSED_RULE = 'grammar:A…，其B';
export const NEEDS_RULE = 'grammar:A需要多个B';
export const OWNED_RULE = 'grammar:A的B采用Y';
export const POINTED_CLASS_RULE = 'grammar:A…。其核心部件包括B';
export const CLAUSE_PART_RULE = 'grammar:A由B组成，C由D组成';
export const PLUS_RULE = 'grammar:A（B＋C）';
export const EQUALS_RULE = 'grammar:A=B+C';

/**
 * Hedges that may stand between the whole and 由 (`则一般由`, `整体上由`, `内部由`), after a table's cell
 * border at most (`冷疗设备 | 通常由B、C组成`: a row's description speaks of the thing its name cell names).
 */
const HEDGE = '(?:[，,:：|]?(?:内部|内)?[\\s则一般通常主要均都也基本整体上大体大致]*)';
/**
 * What may stand after 由 before the first part: where each part sits (`由体外的B和体内的C两部分组成`,
 * the next parts' own such words being list fillers) or how many of it there are (`由数十个B拼成`,
 * `由数十至上百根B组成`).
 */
const PART_LEAD =
  '(?:(?:体外|体内|外部|内部|前端|后端|上部|下部|顶部|底部|外侧|内侧|外层|内层|两端|中间|中央|前方|后方)的|(?:数十|数百|数千|数万|几十|几百|上百|上千|上万|若干|[0-9两二三四五六七八九十百千万几]+多?)(?:至(?:数十|数百|数千|数万|几十|几百|上百|上千|上万|[0-9两二三四五六七八九十百千万几]+))?[个块片根组只套颗枚节条])?';
/**
 * A subsystem of the whole the text does not name as a thing (`内窥镜的成像系统由B、C构成`): its parts are
 * the whole's too.
 */
const SUBSYSTEM = '的[\\u4e00-\\u9fff]{1,6}?(?:系统|模块|单元|组件|部分|总成)';
/** Between the whole and its first part: `由`, `主要由`, `则一般由`, `由体外的`, `ECMO系统由` (a class word after a name). */
const BY = new RegExp(`^(?:系统|设备|装置|整机|${SUBSYSTEM})?${HEDGE}由${PART_LEAD}$`);
/** `由三大系统构成：B、C和D`: the count and verb before a colon, the parts after it. */
const MADE_OF_COLON = new RegExp(
  `^${HEDGE}由[两二三四五六七八九十几多]?[大个]?(?:部分|系统|部件|模块|单元|组件)(?:组成|构成)[:：]$`,
);
/**
 * A Latin name joined to another by a slash or a hyphen (`MR` of `PET/MR`, `CT` of `CT/MR`) is half
 * of a hybrid device or one item of a slash list: never the whole of a composition by itself.
 */
const slashJoined = (text: string, start: number, end: number): boolean =>
  /[A-Za-z][/／\-－]$/.test(text.slice(Math.max(0, start - 2), start)) ||
  /^[/／\-－][A-Za-z]/.test(text.slice(end, end + 2));

/**
 * `A包括B、C`: a whole that lists its parts (never a class listing its members: those are equipment);
 * `A内设有B`, `A上设有B` (a patent's wording), and a count before the first part (`灯头内置多颗B和C`).
 */
const INCLUDES =
  /^(?:\([^()]{1,12}\))?[:：]?(?:内|上|里|里面)?(?:又|还|则|也|内部|却|均|都)*(?:主要|通常|一般)?(?:包括|包含|含有|内含|(?:集成|装有|配有|内置|搭载|配备)了?(?:[0-9一两二三四五六七八九十多数几]+[颗个只块片根组套枚条])?|设有|(?:主要|关键|核心)?(?:零部件|部件|组件)(?:有|包括)|(?:(?:由|从|自)[\u4e00-\u9fff]{1,4}(?:至|到|向|及)[\u4e00-\u9fff]{1,4})?依次(?:为|是|包括|设有|排列着?))[:：]?(?:[^，,。；;:：的]{1,8}的)?$/;
/**
 * `直线加速器（含多叶准直器、加速管）`, `医用直线加速器1台（含…）`: a bracket after a thing (and its count) that
 * says what it comes with. Its parts only: a device inside (`负压救护车（含车载呼吸机）`) is no part.
 */
const BRACKET_HOLDS = /^(?:[0-9]+[台套件个])?\((?:含|包括|包含|内含)[:：]?$/;
/**
 * `探针上通常有B、C和D`: what sits on or in a thing (bare 有 says too little); spoken, what is inside it or
 * set into it (`发射器里是蓝牙芯片和纽扣电池`, `叶轮里嵌了钕铁硼永磁体`).
 */
const HAS_ON =
  /^(?:上|内|中|里|里面|内部)(?:通常|一般|还|也|都|主要|则|大多)*(?:有|(?<=(?:里|里面))是|(?:嵌|埋)(?:了|有|着))[:：]?(?:[一两二三四五六七八九十几]+[颗个只块片根组套枚条])?$/;
/** `A可以分为B、C和D三大部分`: 分为 names parts only before a count of them (else kinds: `分为线阵探头、…`). */
const DIVIDES = /^[:：]?(?:又|还|则|也)?(?:可以|可)?分为[:：]?$/;
/** After a make-up verb, the words that add more parts to the same whole (`组成，另配A、B和C`). */
const ADDED =
  /^(?:组成|构成|拼成|(?:组合|组装|叠合|叠加|复合|拼接|拼装|集成|集束|串联|排列)而成)[,，](?:另外?|并|还|另外还)配(?:有|备)?[:：]?/;
/**
 * A gloss in brackets right after a whole's name (`磁共振成像设备（又称磁共振成像系统、MRI设备）`, `（DSA）`):
 * the whole's own aside, passed over to the words after it. Not a bracket that says what the thing holds.
 */
const GLOSS = /^[(（](?!含|包括|包含|内含|见|如)[^()（）]{1,30}[)）]/;
/** A part's own make-up right after its name (`由G、H和I组成`, `集成E、F和G`, `内置E`). */
const OWN_MAKE_UP =
  /^(?:则|一般|通常|主要|内部|内)*(?:由[^，,。；;:：]*(?:组成|构成|而成)|(?:集成|内置|装有|配有|包括|包含)了?)/;
/** A count of parts closing a list (`三大部分`, `四类关键部件`, a teardown's `六大块`). */
const PART_COUNT =
  /^(?:等)?[0-9两二三四五六七八九十几多]+(?:大|个|类|种|项)?(?:块|部分|系统|子系统|模块|单元|部件|组件|零部件|元件|器件|关键部件|核心部件|主要部件)/;
/**
 * A clause that says what the sentence's topic is made of without naming it again:
 * `透析器…，主要由B组成`, `脉冲发生器…，内部却集成了B、C`, `体外循环系统负责…，主要部件有B、C`, and the kind of
 * device it is built with (`梯度放大器为梯度线圈提供大电流，功率器件多为IGBT`).
 */
const TOPIC_CLAUSE =
  /^(?:(?:该|此|这一?|本)(?:产品|设备|装置|系统|仪器|器械|装备))?(?:内部)?(?:却|还|则|又|也)?(?:主要|一般|通常)?(?:由|包括|包含|含有|内含|(?:集成|装有|配有|内置|搭载|配备|采用)了?|(?:主要|关键|核心)?(?:零部件|部件|组件)(?:有|包括)|[\u4e00-\u9fff]{1,4}(?:器件|芯片|元件)(?:则|多|主要|一般|通常|大多|目前)*(?:为|是|采用|选用))[:：]?$/;
/** `A…，其B`, `A…，其内部的B`: a part the clause gives the sentence's topic. */
const POSSESSIVE = /^(?:但|而|且)?其(?:内部|中)?的?$/;
/**
 * What may open a sentence before its topic: a short lead clause (`其中，`, `影像方面，`), a count
 * (`一台`, `一款`) with a short modifier (`一款5.0T超导`), a relative clause (`用于冠状动脉介入治疗的`).
 */
const TOPIC_LEAD =
  /^(?:[0-9]{1,3}[.、]|\([0-9]{1,3}\)|[0-9]{1,2}(?:\.[0-9]{1,2}){1,3}(?![0-9]))?(?:[^,，。；;:：]{0,6}[,，])?(?:而|但|以)?(?:[^,，。；;:：]{0,16}(?:研制|研发|开发|推出|发布|展示|展出|引进|购置|采购)(?:了|出)?(?:国产|进口|首台|新型|新一代)?)?(?:[一每整][台套个条只款种][^,，。；;:：的]{0,8})?(?:[^,，。；;:：]{0,14}的)?$/;
/** What a part is made of, said right after its name (`通常采用Y`, `多用Y`, `由Y制成`). */
const MADE_WITH =
  /^(?:应当|应该|应|必须|须|宜)?(?:一般|通常|多|主要|大多|大都|均|则)?(?:采用|多用|选用|由(?=[^,，。;；]*(?:制成|制造|加工|而成))|用(?=[^,，。;；]*(?:制成|制造|加工|绕制|而成)))/;
/** Before a class the unnamed topic belongs to: `属`, `属于` (`属医学影像设备，主要由…组成`), not 金属, 所属 and the like. */
const BELONGS_TO = /(?:(?:^|[^金附专从归下所])属|属于)$/;
/**
 * Before a kind the topic is said to be (`一种医学影像设备，由…组成`): only a class of devices after it; a patent's
 * `一种管型吻合器，包括…` names the thing it claims.
 */
const ONE_KIND = /(?:一种|一类)$/;
const CLASS_HEAD = /(?:设备|装备|器械|仪器|产品)$/;
/** A whole pointed back to (`这类传感器`), whose own name stands elsewhere. */
const POINTED_BACK = /(?:这|该|此|这类|这种|此类|该类)$/;
/** `每条机械臂需要多个关节模组`, `每台透析机要用到二十多个电磁阀`: a count of parts a whole needs. */
const NEEDS =
  /^(?:需要|要用到|用到|要用|需|配有|装有|配备)[0-9两二三四五六七八九十百几多]+多?[个台套只条根片块组颗枚]$/;
/** `窥镜系统：核心是手柄和镜体`, `照明系统：主要是照明光源和传光束`, `CT的核心部件是球管`. */
const CORE =
  /^(?:[:：](?:其)?(?:核心|核心部件|关键部件|主要部件|主体)?(?:主要)?(?:是|为)|的(?:核心|核心部件|关键部件|主要部件)(?:是|为))[:：]?$/;
/**
 * `该产品由…`, `据介绍，这套机器人由…`, `其由…`, `整机主要由…`: a whole the sentence names only by pointing back to it,
 * after a short lead clause at most. The word after the pointer is a class word (any device) or a head
 * the device's name must end in (`这套机器人` means a robot).
 */
const POINTER = new RegExp(
  `^(?:[^,，。；;:：]{0,6}[,，])?(?:而|其中)?(?:(?:该|此|这|本)[一套台款种个部]?([\u4e00-\u9fff]{1,4}?)|其|它|(整机|整台设备|整套设备|整台机器))${HEDGE}由${PART_LEAD}$`,
);
/** Words after a pointer that may mean any device. */
const CLASS_WORD = /^(?:产品|设备|装置|系统|仪器|器械|装备|整机|器件)$/;
/**
 * What may sit inside a 由…组成 list besides its items: separators, glosses, 等, members left unnamed.
 * One character at a time: a bounded run inside the repeat backtracked exponentially over a long
 * stretch that fails (`、一种能够把…的器件（如CCD` cut at its comma).
 */
const LIST_FILLER = /^(?:[^，,。；;:：()]|[，,]以及|\([^()]*\))*$/;
/**
 * A class of parts after a pointer, then the verb that lists them: `其核心零部件包括`, `它的关键部件有：`,
 * `该设备的主要部件为` (normalised text, from the clause's start).
 */
const POINTED_CLASS =
  /^(?:而|其中)?(?:其|它的|(?:该|此|这)(?:一|台|款|类|种)?(?:设备|产品|装置|系统|仪器|装备|机型)的)(?:(?:最|最为)?(?:核心|关键|主要|重要)?的?(?:零部件|零组件|部件|元器件|组件|组成部分)|(?:产业链)?上游(?:的)?(?:核心|关键|主要)?(?:零部件|零组件|部件|元器件)?)(?:则|主要|通常|一般)*(?:包括|包含|有|为|是)[:：]?/;
/**
 * The same with no pointer, where the clause opens with a graded class of parts or with the upstream
 * (`核心零部件主要有B、C`, `上游主要为B、C等零部件`, `核心部件方面，B、C仍依赖进口`): the class or the chain is
 * still said of the one device named just before. An ungraded class (`部件有…`) says too little.
 */
const BARE_CLASS =
  /^(?:而|其中|另外|此外|同时)?(?:(?:最|最为)?(?:核心|关键)的?(?:零部件|零组件|部件|元器件|组件)(?:(?:则|主要|通常|一般)*(?:包括|包含|有|为|是)[:：]?|方面[，,])|(?:产业链)?上游(?:的)?(?:核心|关键|主要)?(?:零部件|零组件|部件|元器件)?(?:则|主要|通常|一般)*(?:包括|包含|有|为|是)[:：]?)/;
/** How far back a pointed-at device may be named: this many sentences. */
const POINTER_REACH = 3;
/** How far back the machine `整机` points to may be named, in any section. */
const MACHINE_REACH = 8;

/** A make-up said of several wholes at once (`A和B均包括C`, `A、B都由C组成`). */
const SHARED = /^(?:[，,:：]?(?:则|一般|通常)?(?:均|都))/;
/** What joins two wholes that share one make-up (`A和B`): a joiner alone. */
const SUBJECT_JOIN = /^(?:、|和|与|及)$/;
/** What may stand right before the first of several wholes: a clause mark or a line's opening, 所述 after it. */
const CLAUSE_OPEN = /(?:^|[，,；;：:。\n])(?:所述)?$/;

const WHOLE_LABELS = new Set(['Equipment', 'Component']);
const PART_LABELS = ['Component', 'Material'];

/** Composition edges of one sentence, gathered by `reader`. */
export const compositionEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const { listFrom, edge, broad } = reader;
  const s = model.sentences[sentence];
  if (!s) return;
  const isPart = (o: Occurrence | undefined): o is Occurrence =>
    o !== undefined && PART_LABELS.includes(labelOf(o.nodeId) ?? '');
  const isWhole = (o: Occurrence): boolean => WHOLE_LABELS.has(labelOf(o.nodeId) ?? '');
  /**
   * The parts of a `由B、C…组成` list starting at `occs[i]`: every outermost part up to the verb, when
   * nothing but separators, glosses, counts and names the reading did not know lie between them
   * (`由CCD(电荷耦合器件)/CMOS(…)光电传感器、显示器…组合而成`, `由B、C等两部分构成`).
   */
  const madeOf = (i: number): NodeId[] => {
    const first = occs[i];
    // A subsystem read as a device may open the list (`由样本处理系统、反应系统、光电倍增管…组成`): the
    // verb still says the list is parts, and only its parts are linked.
    if (!first || !(isPart(first) || isWhole(first))) return [];
    const verb = /组成|构成|拼成|(?:组合|组装|叠合|叠加|复合|拼接|拼装|集成|集束|串联|排列)而成/.exec(
      model.text.slice(first.start, s.end),
    );
    if (!verb) return [];
    const parts = spanParts(i, first.start + verb.index, true);
    // `由A、B…五部分组成，另配C、D和E`: the list after 另配 adds more parts of the same whole.
    const after = first.start + verb.index;
    const added = ADDED.exec(gapText(model, after, s.end));
    const next = added
      ? occs.findIndex((o) => o.start >= after && gapText(model, after, o.start) === added[0])
      : -1;
    return parts.length > 0 && next >= 0
      ? [...new Set([...parts, ...spanParts(next, addedEnd(next))])]
      : parts;
  };
  /** Where the list after 另配 that `occs[i]` opens ends: its clause's end, before a figure's reference. */
  const addedEnd = (i: number): number => {
    const end = clauseEnd(i);
    const ref = /[(（](?:见|如|详见)[^()（）]*[)）]\s*$/.exec(model.text.slice(occs[i]?.start ?? end, end));
    return ref ? end - ref[0].length : end;
  };
  /** Where the clause that `occs[i]` opens a list in ends; `，以及` goes on with the list. */
  const clauseEnd = (i: number): number => {
    const first = occs[i];
    if (!first) return s.end;
    const re = /[，,。；;:：]/g;
    re.lastIndex = first.end;
    for (let m = re.exec(model.text); m && m.index < s.end; m = re.exec(model.text))
      if (!(/[，,]/.test(m[0]) && model.text.startsWith('以及', m.index + 1))) return m.index;
    return s.end;
  };
  /** The parts of a list after 包括 or 核心是, up to the end of its clause. */
  const listed = (i: number): NodeId[] => spanParts(i, clauseEnd(i));
  /** The parts of a list up to the bracket that holds it (`（含B、C）`), else none. */
  const bracketed = (i: number): NodeId[] => {
    const first = occs[i];
    const close = first ? /[)）]/.exec(model.text.slice(first.end, s.end)) : null;
    return first && close ? spanParts(i, first.end + close.index) : [];
  };
  /** The parts of a list closed by a count of parts (`B、C和D三大部分`), else none. */
  const counted = (i: number): NodeId[] => {
    const end = clauseEnd(i);
    const inside = occs.filter((o) => o.start >= (occs[i]?.start ?? end) && o.end <= end);
    const last = inside.at(-1);
    if (!last || !PART_COUNT.test(gapText(model, last.end, end))) return [];
    return spanParts(i, end);
  };
  /**
   * Every outermost part from `occs[i]` up to `to`, when only fillers lie between them; `occs[i]` is a
   * part, or may be a device with `deviceFirst`.
   */
  const spanParts = (i: number, to: number, deviceFirst = false): NodeId[] => {
    const first = occs[i];
    if (!first || (!deviceFirst && !isPart(first))) return [];
    const inside = occs.filter((o) => o.start >= first.start && o.end <= to);
    const outer = inside.filter(
      (o) => !inside.some((x) => x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
    );
    let at = first.start;
    for (const o of outer) {
      if (o.start < at) continue;
      if (!LIST_FILLER.test(gapText(model, at, o.start))) return [];
      at = o.end;
    }
    if (!LIST_FILLER.test(gapText(model, at, to))) return [];
    return [...new Set(outer.filter((o) => isPart(o) && !broad(o.nodeId)).map((o) => o.nodeId))];
  };

  /**
   * The wholes joined to `occs[i]` right before it (`A和B均包括`, `A、B都由`), when the first of them opens its
   * clause (after a claim's pointer 所述 at most): a pair inside a longer phrase is no subject.
   */
  const sharedWholes = (i: number): Occurrence[] => {
    const out: Occurrence[] = [];
    for (let p = i - 1; p >= 0; p--) {
      const o = occs[p];
      const next = occs[p + 1];
      if (!o || !next || !isWhole(o) || o.end > next.start) break;
      if (!SUBJECT_JOIN.test(gapText(model, o.end, next.start))) break;
      out.push(o);
    }
    const opener = out.at(-1);
    const before = opener ? model.text.slice(Math.max(s.start, opener.start - 3), opener.start) : '';
    return opener && (opener.start === s.start || CLAUSE_OPEN.test(before)) ? out : [];
  };
  /** Whether `o` is said of a thing named before it in its clause (`A是…的主力设备`). */
  const predicateOfTopic = (o: Occurrence): boolean => {
    const before = model.text.slice(s.start, o.start);
    const clause = s.start + Math.max(...[...'，,。；;：:'].map((m) => before.lastIndexOf(m))) + 1;
    return occs.some(
      (t) =>
        t.start >= clause &&
        t.end <= o.start &&
        WHOLE_LABELS.has(labelOf(t.nodeId) ?? '') &&
        /^(?:是|为|作为|属于)/.test(gapText(model, t.end, o.start)),
    );
  };
  /**
   * The thing a table row's name cell names alone, the first such cell of the row before `at` (the row is
   * one line, its cells parted by tabs or pipes), if the cell holding `at` opens with the definition.
   */
  const definedTerm = (at: number): Occurrence | undefined => {
    const lineStart = model.text.lastIndexOf('\n', at - 1) + 1;
    const cellStart = Math.max(model.text.lastIndexOf('\t', at - 1), model.text.lastIndexOf('|', at - 1)) + 1;
    if (cellStart <= lineStart || !/^\s*(?:是|为)?(?:一种|一类|属于?)$/.test(model.text.slice(cellStart, at)))
      return undefined;
    let from = lineStart;
    for (const cell of model.text.slice(lineStart, cellStart).split(/[\t|]/)) {
      const start = from + (cell.length - cell.trimStart().length);
      const end = from + cell.trimEnd().length;
      from += cell.length + 1;
      const named = occs.find((o) => o.start === start && o.end === end);
      if (named && WHOLE_LABELS.has(labelOf(named.nodeId) ?? '')) return named;
    }
    return undefined;
  };
  for (let i = 0; i + 1 < occs.length; i++) {
    const whole = occs[i];
    const first = occs[i + 1];
    if (!whole || !first || !WHOLE_LABELS.has(labelOf(whole.nodeId) ?? '')) continue;
    // `电子内窥镜` holds the curated `内窥镜`: the longer name is the whole, not the one inside it.
    if (
      occs.some(
        (o) => (o.start < whole.start && o.end >= whole.end) || (o.start <= whole.start && o.end > whole.end),
      )
    )
      continue;
    if (slashJoined(model.text, whole.start, whole.end)) continue;
    // `一种医学影像设备，由B、C组成`, `属医学影像设备，主要由B组成`: a class the unnamed topic is said to be (a glossary's
    // or a catalogue's definition) is no whole; the parts are the defined term's.
    const before = model.text.slice(Math.max(s.start, whole.start - 4), whole.start);
    let owner = whole;
    if (
      BELONGS_TO.test(before) ||
      (ONE_KIND.test(before) && CLASS_HEAD.test(model.text.slice(whole.start, whole.end)))
    ) {
      // In a table's row, the defined term is the name cell before the definition cell
      // (`计算机断层扫描系统	…	一种医学影像设备，由B、C组成`).
      const term = definedTerm(whole.start);
      if (!term) continue;
      owner = term;
    }
    // The first part is the next occurrence that is not inside the whole.
    // A gloss after it (`（又称B、C）`) is passed over: the names inside are the whole's other names.
    const gloss = GLOSS.exec(model.text.slice(whole.end, Math.min(s.end, whole.end + 40)));
    const from = gloss ? whole.end + gloss[0].length : whole.end;
    let k = i + 1;
    while (occs[k] && (occs[k]?.start ?? 0) < from) k++;
    // The outermost name there: `图像处理器`, not the technique `图像处理` its first characters name.
    for (let x = k + 1; occs[x] && occs[x]?.start === occs[k]?.start; x++)
      if ((occs[x]?.end ?? 0) > (occs[k]?.end ?? 0)) k = x;
    const head = occs[k];
    if (!head) continue;
    const gap = gapText(model, from, head.start);
    // Only 由…组成 may open its list with a device (`电子内窥镜系统由内窥镜、图像处理器和冷光源组成`).
    if (!(isPart(head) || (BY.test(gap) && isWhole(head)))) continue;
    // `A是肿瘤放射治疗的主力设备，主要由B组成`: a whole said of the clause's topic is no whole of its own; the
    // clause after it speaks of the topic (`topicEdges`).
    if (/^[，,]/.test(gap) && predicateOfTopic(whole)) continue;
    // 包括 and 核心是 may list kinds after a device: they name parts only when the first item is one.
    const lists = labelOf(head.nodeId) === 'Component';
    // `一种管型吻合器，包括钉砧头、…`: a patent claim lists the parts of the thing it claims after a comma.
    // `生化分析仪的光学检测单元，包括B、C和D`: a part (a unit, not a device or a class) listing its own parts
    // after a comma; not the last of a list or of alternatives (`医用冷光源采用LED光源或氙灯，主要包括B`), which the
    // list's members would share.
    const partListing =
      labelOf(whole.nodeId) === 'Component' &&
      !broad(whole.nodeId) &&
      !reader.generic(whole.nodeId) &&
      !/[、和及与或]$/.test(model.text.slice(Math.max(s.start, whole.start - 1), whole.start));
    const claim =
      /^[，,](?:主要)?(?:包括|包含)[:：]?$/.test(gap) &&
      (partListing || CLAIMED.test(model.text.slice(s.start, whole.end)));
    const [rule, parts] = BY.test(gap)
      ? [COMPOSED_RULE, madeOf(k)]
      : MADE_OF_COLON.test(gap)
        ? [COMPOSED_RULE, listFrom(occs, k, PART_LABELS)]
        : (INCLUDES.test(gap) || HAS_ON.test(gap) || claim) && lists
          ? [INCLUDES_RULE, listed(k)]
          : BRACKET_HOLDS.test(gap) && lists
            ? [INCLUDES_RULE, bracketed(k)]
            : DIVIDES.test(gap) && lists
              ? [INCLUDES_RULE, counted(k)]
              : CORE.test(gap) && lists
                ? [CORE_RULE, listed(k)]
                : NEEDS.test(gap) && lists
                  ? [NEEDS_RULE, [head.nodeId]]
                  : ['', []];
    for (const p of parts) edge(p, owner.nodeId, rule, sentence);
    // `所述髋关节驱动模块和膝关节驱动模块均包括B和C`: the wholes joined before 均 each have the parts.
    if (owner === whole && SHARED.test(gap))
      for (const other of sharedWholes(i)) for (const p of parts) edge(p, other.nodeId, rule, sentence);
    // `4K电子胃肠镜系统由B、C和D三部分组成，镜体先端部集成E、F，插入部由G、H组成`: after the whole's make-up, a
    // clause that opens with a part and gives that part's own make-up speaks of a part of the whole.
    // The whole is the sentence's first name (its topic): a later part's make-up does not chain on.
    const topicWhole = !occs.some((x) => x.end <= whole.start);
    if (rule === COMPOSED_RULE && parts.length > 0 && topicWhole && !/^[,，]/.test(gap))
      for (const o of occs) {
        if (o.start <= head.start || labelOf(o.nodeId) !== 'Component' || parts.includes(o.nodeId)) continue;
        if (!/[，,]$/.test(model.text.slice(Math.max(s.start, o.start - 1), o.start))) continue;
        if (
          occs.some(
            (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
          )
        )
          continue;
        if (OWN_MAKE_UP.test(gapText(model, o.end, s.end)))
          edge(o.nodeId, whole.nodeId, CLAUSE_PART_RULE, sentence);
      }
    // `脉冲发生器的外壳通常采用钛合金`: a part of A, said what it is made of (never `这类传感器的弹性体`,
    // whose owner the text names elsewhere).
    if (
      gap === '的' &&
      lists &&
      MADE_WITH.test(model.text.slice(head.end, s.end)) &&
      !POINTED_BACK.test(model.text.slice(Math.max(s.start, whole.start - 3), whole.start))
    )
      edge(head.nodeId, whole.nodeId, OWNED_RULE, sentence);
  }

  /** The parts listed after a pointed class of parts opening the clause at `from` (`其核心部件包括B、C`). */
  const classListed = (from: number, bare = false): NodeId[] => {
    const m = (bare ? BARE_CLASS : POINTED_CLASS).exec(gapText(model, from, Math.min(s.end, from + 40)));
    if (!m) return [];
    // The class's own words may hold a name (`核心零部件`); the first part is the first name after them.
    const k = occs.findIndex((o) => o.start >= from && gapText(model, from, o.start).length >= m[0].length);
    const first = occs[k];
    if (!isPart(first) || gapText(model, from, first.start) !== m[0]) return [];
    return listed(k);
  };
  topicEdges(ctx, sentence, occs, reader, { isPart, madeOf, listed, classListed });

  // `血氧模块（双波长LED＋光电二极管传感器）`, `PET探测器模块（LYSO晶体＋硅光电倍增管）`: a bracket right after a
  // thing that holds two names or more joined by plus signs alone adds up what the thing is built of. Only
  // parts and materials: a device inside (`PET/CT（PET＋CT）`) makes the bracket no make-up.
  const outer = occs.filter(
    (o) => !occs.some((x) => x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
  );
  for (const whole of outer) {
    if (!isWhole(whole) || !/^[(（]/.test(model.text.slice(whole.end, whole.end + 1))) continue;
    const close = /[)）]/.exec(model.text.slice(whole.end + 1, s.end));
    if (!close) continue;
    const end = whole.end + 1 + close.index;
    const inside = outer.filter((o) => o.start > whole.end && o.end <= end);
    if (inside.length < 2 || !inside.every(isPart)) continue;
    const gaps = inside.map((o, k) =>
      gapText(model, k === 0 ? whole.end + 1 : (inside[k - 1]?.end ?? 0), o.start),
    );
    gaps.push(gapText(model, inside.at(-1)?.end ?? end, end));
    if (gaps.some((g, k) => g !== (k === 0 || k === gaps.length - 1 ? '' : '+'))) continue;
    for (const o of inside)
      if (!broad(o.nodeId) && !reader.generic(o.nodeId)) edge(o.nodeId, whole.nodeId, PLUS_RULE, sentence);
  }

  // `连续血糖监测系统（CGM）=传感器+发射器+接收端（手机App或阅读器）`: a thing (and its gloss) equal to names
  // joined by plus signs alone, up to the clause's end (a gloss of the last one aside), is their sum. Only
  // parts and materials, as in the bracket above.
  for (const whole of outer) {
    if (!isWhole(whole)) continue;
    const gloss = GLOSS.exec(model.text.slice(whole.end, Math.min(s.end, whole.end + 40)));
    const from = whole.end + (gloss?.[0].length ?? 0);
    if (!/^[=＝]/.test(model.text.slice(from, from + 1))) continue;
    const stop = /[。;；,，!！?？\n]/.exec(model.text.slice(from, s.end));
    const clauseEnd = from + (stop ? stop.index : s.end - from);
    const lastGloss = /[(（][^()（）]*[)）]$/.exec(model.text.slice(from, clauseEnd));
    const end = clauseEnd - (lastGloss?.[0].length ?? 0);
    const inside = outer.filter((o) => o.start > from && o.end <= end);
    if (inside.length < 2 || !inside.every(isPart)) continue;
    const gaps = inside.map((o, k) =>
      gapText(model, k === 0 ? from + 1 : (inside[k - 1]?.end ?? 0), o.start),
    );
    if (gaps.some((g, k) => g !== (k === 0 ? '' : '+')) || (inside.at(-1)?.end ?? 0) !== end) continue;
    for (const o of inside)
      if (!broad(o.nodeId) && !reader.generic(o.nodeId)) edge(o.nodeId, whole.nodeId, EQUALS_RULE, sentence);
  }

  // `手术机器人…。其核心零部件包括B、C`, `该设备的关键部件有B和C`: the whole is the one device the sentences
  // just before name.
  const lead = /^(?:[^,，。；;:：]{0,6}[,，])?/.exec(model.text.slice(s.start, s.end))?.[0] ?? '';
  const free = (from: number): boolean => !occs.some((o) => o.start < from);
  const withPointer = free(s.start + lead.length) ? classListed(s.start + lead.length) : [];
  const bare = withPointer.length > 0 ? [] : free(s.start) ? classListed(s.start, true) : [];
  const pointed =
    withPointer.length > 0 || bare.length > 0
      ? [...withPointer, ...bare]
      : free(s.start + lead.length)
        ? classListed(s.start + lead.length, true)
        : [];
  const found = pointed.length > 0 ? pointedDevice(ctx, sentence, reader) : undefined;
  // With no pointer, only a device the sentence before is about (`呼吸机行业集中度较高。上游主要为…`), never
  // one it mentions on the way (`医院新引进一台呼吸机。…上游为…`).
  const whole = withPointer.length > 0 || (found && topicOf(ctx, found)) ? found : undefined;
  if (whole) for (const p of pointed) edge(p, whole.id, POINTED_CLASS_RULE, sentence, whole.sentence);

  // `01 血液透析器` … `产品描述：通常由B、C组成`: the whole is the thing the section's heading names.
  // The first part is the first outermost name (`超声探头`, not its `超声`).
  const firstOuter = occs.findIndex((o) => !occs.some((x) => x !== o && x.start <= o.start && x.end > o.end));
  const opening = occs[firstOuter];
  const headed =
    opening && HEADED_LEAD.test(gapText(model, s.start, opening.start)) && headedWhole(ctx, sentence);
  if (headed)
    for (const p of madeOf(firstOuter))
      if (p !== headed.id) edge(p, headed.id, HEADED_RULE, sentence, headed.sentence);

  // `该产品由加速器系统和治疗系统两部分构成`: the whole is the one device of the sentences just before.
  const pointer = occs[0] && POINTER.exec(gapText(model, s.start, occs[0].start));
  if (!pointer) return;
  const head = pointer[1];
  /** `整机由…`: the pointer can mean only the machine, never a part named with it. */
  const machineOnly = pointer[2] !== undefined;
  const parts = madeOf(0);
  if (parts.length === 0) return;
  /** Whether the device `id` is one the pointer's word may mean. */
  const fits = (id: NodeId): boolean => {
    if (!head || CLASS_WORD.test(head)) return true;
    const entry = ctx.curated.lexicon.find((e) => e.id === id);
    const forms = entry
      ? [entry.name, ...entry.aliases]
      : model.discovered.filter((d) => d.id === id).map((d) => d.name);
    return forms.some((f) => f.endsWith(head));
  };
  // `整机由…` may open a section of a teardown whose machine the editor's note named (`本期拆解对象是一台A（B）`):
  // it reaches further back, past headings and sentences that name only parts.
  const reach = machineOnly ? MACHINE_REACH : POINTER_REACH;
  for (let back = sentence - 1; back >= Math.max(0, sentence - reach); back--) {
    if (!machineOnly && model.sentences[back]?.section !== s.section) break;
    const named = supplyOccurrences(model).get(back) ?? [];
    // Outermost names only: `电子内窥镜` is one device, not two with its `内窥镜`; a device's gloss in
    // brackets right after it (`笔记本式便携彩超（便携式彩色多普勒超声诊断仪）`) is that device again.
    const outer = named
      .filter((o) => labelOf(o.nodeId) === 'Equipment')
      .filter(
        (o) =>
          !named.some(
            (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
          ),
      );
    const unglossed = outer.filter(
      (o) => !outer.some((x) => x !== o && /^[(（]$/.test(model.text.slice(x.end, o.start))),
    );
    // For `整机`, a shorter name of the same machine (the title's `便携彩超` of `笔记本式便携彩超`) is that machine.
    const devices = new Set(
      unglossed
        .filter(
          (o) =>
            !machineOnly ||
            !unglossed.some((x) => {
              const [a, b] = [model.text.slice(o.start, o.end), model.text.slice(x.start, x.end)];
              return b.length > a.length && b.endsWith(a);
            }),
        )
        .map((o) => o.nodeId),
    );
    // A part named there may be what the pointer means (`CT球管是CT的核心部件。其由…组成`): the one that
    // opens that sentence as its subject, else no reading.
    const partNamed = named.some((o) => isPart(o));
    if (devices.size === 0 && (!partNamed || machineOnly)) continue;
    const subject = named.find((o) => !named.some((x) => x !== o && x.start <= o.start && x.end > o.end));
    if (
      partNamed &&
      !machineOnly &&
      subject &&
      labelOf(subject.nodeId) === 'Component' &&
      gapText(model, model.sentences[back]?.start ?? 0, subject.start) === '' &&
      /^(?:是|为|作为|即|负责)/.test(gapText(model, subject.end, subject.end + 2)) &&
      fits(subject.nodeId)
    ) {
      for (const p of parts) if (p !== subject.nodeId) edge(p, subject.nodeId, ANAPHOR_RULE, sentence, back);
      return;
    }
    const [only] = devices;
    if (devices.size === 1 && only && (!partNamed || machineOnly) && fits(only))
      for (const p of parts) edge(p, only, ANAPHOR_RULE, sentence, back);
    return;
  }
};

/** Whether the device is what its sentence is about: named first, after a short lead at most. */
const topicOf = (ctx: RuleContext, { id, sentence }: { id: NodeId; sentence: number }): boolean => {
  const { model } = ctx;
  const s = model.sentences[sentence];
  const first = (supplyOccurrences(model).get(sentence) ?? [])[0];
  if (!s || first?.nodeId !== id) return false;
  const start = Math.max(s.start, model.text.lastIndexOf('\n', first.start) + 1);
  return /^(?:[^,，。；;:：]{0,8}[,，])?[^,，。；;:：]{0,4}$/.test(gapText(model, start, first.start));
};

/**
 * The one device the sentences just before `sentence` name (outermost names, no class), with the
 * sentence naming it; none when the nearest sentence naming things names two devices, or a part.
 */
const pointedDevice = (
  ctx: RuleContext,
  sentence: number,
  reader: SupplyReader,
): { id: NodeId; sentence: number } | undefined => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  for (let back = sentence - 1; s && back >= Math.max(0, sentence - POINTER_REACH); back--) {
    if (model.sentences[back]?.section !== s.section) return undefined;
    const named = (supplyOccurrences(model).get(back) ?? []).filter(
      (o, _, all) =>
        !reader.generic(o.nodeId) &&
        !all.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ),
    );
    if (named.length === 0) continue;
    // `涡轮风机是呼吸机的心脏。其…`: a part that opens that sentence as its subject is what is pointed at.
    const [subject] = named;
    const from = model.sentences[back]?.start ?? 0;
    if (
      subject &&
      labelOf(subject.nodeId) === 'Component' &&
      gapText(model, from, subject.start) === '' &&
      /^(?:是|为|作为|即)/.test(gapText(model, subject.end, subject.end + 2))
    )
      return { id: subject.nodeId, sentence: back };
    if (named.some((o) => labelOf(o.nodeId) !== 'Equipment')) return undefined;
    const devices = new Set(named.map((o) => o.nodeId));
    const [only] = devices;
    return devices.size === 1 && only ? { id: only, sentence: back } : undefined;
  }
  return undefined;
};

interface ListReadings {
  readonly isPart: (o: Occurrence | undefined) => o is Occurrence;
  readonly madeOf: (i: number) => NodeId[];
  readonly listed: (i: number) => NodeId[];
  /** The parts listed after a pointed class of parts opening the clause at a text offset, else none. */
  readonly classListed: (from: number, bare?: boolean) => NodeId[];
}

/**
 * Clauses about the sentence's topic that do not name it again: `透析器俗称…，主要由B、C组装而成`,
 * `脉冲发生器体积…，内部却集成了B、C四类关键部件`, `血泵是…，其泵头由…组成`, `平衡腔是…，其内部的膜片…`.
 * The topic is the thing the sentence opens with; each such clause's parts are PART_OF it.
 */
const topicEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
  lists: ListReadings,
): void => {
  const { model, labelOf } = ctx;
  const { classListed } = lists;
  const s = model.sentences[sentence];
  if (!s) return;
  const text = model.text;
  // A heading without a full stop runs into the sentence after it (`血液灌流器：吸附材料决定疗效\n\n血液
  // 灌流器用于…`): the sentence's topic opens its last line before the first comma.
  const comma1 = text.slice(s.start, s.end).search(/[，,]/);
  const lineStart = text.lastIndexOf('\n', comma1 < 0 ? s.end : s.start + comma1) + 1;
  const start = Math.max(s.start, lineStart);
  const first = occs.findIndex((o) => o.start >= start);
  const topic = occs[first];
  if (!topic || !WHOLE_LABELS.has(labelOf(topic.nodeId) ?? '')) return;
  if (!TOPIC_LEAD.test(gapText(model, start, topic.start))) return;
  // The topic is the outermost name there (`电子内窥镜`, not its `内窥镜`).
  if (occs.some((o) => o !== topic && o.start <= topic.start && o.end > topic.end)) return;
  // `A是…，其核心零部件包括B、C`: a clause that opens with a pointed class of parts lists the topic's.
  for (let at = text.indexOf('，', topic.end); at !== -1 && at < s.end; at = text.indexOf('，', at + 1))
    for (const p of [...classListed(at + 1), ...classListed(at + 1, true)])
      reader.edge(p, topic.nodeId, POSSESSED_RULE, sentence);
  /** Whether a clause `其B…` gave the topic a part. */
  let possessed = false;
  for (let k = first + 1; k < occs.length; k++) {
    const o = occs[k];
    // `透析器俗称…，主要由中空纤维膜、外壳和端盖组装而成`: a list may open with a material, read below by 由.
    const material = labelOf(o?.nodeId ?? ('' as NodeId)) === 'Material';
    if (!o || !lists.isPart(o) || (labelOf(o.nodeId) !== 'Component' && !material)) continue;
    // The clause `o` stands in: from the comma before it, which must lie after the topic.
    // Looked for after the topic only: a text without a half-width comma was read back to its start.
    const after = Math.max(topic.end, start);
    const clause = text.slice(after, o.start);
    const cut = Math.max(clause.lastIndexOf('，'), clause.lastIndexOf(','));
    if (cut < 0) continue;
    const comma = after + cut;
    if (occs.some((x) => x.start > comma && x.end <= o.start)) continue;
    const lead = gapText(model, comma + 1, o.start);
    if (material) {
      if (lead.endsWith('由') && TOPIC_CLAUSE.test(lead))
        for (const p of lists.madeOf(k)) reader.edge(p, topic.nodeId, TOPIC_RULE, sentence);
    }
    // `其超导磁体和梯度线圈均由…`: every part of the list after 其 (the first one named as it is).
    else if (POSSESSIVE.test(lead)) {
      for (const p of new Set([o.nodeId, ...reader.listFrom(occs, k, ['Component'])]))
        if (!reader.generic(p)) reader.edge(p, topic.nodeId, POSSESSED_RULE, sentence);
      possessed = true;
    }
    // `其柔轮一般采用…，刚轮多用…`: the next clause that opens with a part and says what it is made of
    // goes on with the topic's parts.
    else if (
      possessed &&
      /^(?:而|则)?$/.test(lead) &&
      (MADE_WITH.test(gapText(model, o.end, s.end)) ||
        /^(?:则|一般|通常|主要)*由[^，,。；;]*(?:组成|构成)/.test(gapText(model, o.end, s.end)))
    )
      reader.edge(o.nodeId, topic.nodeId, POSSESSED_RULE, sentence);
    else if (TOPIC_CLAUSE.test(lead)) {
      const parts = lead.endsWith('由') ? lists.madeOf(k) : lists.listed(k);
      for (const p of parts) reader.edge(p, topic.nodeId, TOPIC_RULE, sentence);
    }
  }
};
