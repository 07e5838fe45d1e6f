// Lists that say what a thing is made of: `该产品由加速器系统和治疗系统两部分构成`, `镜体由物镜、目镜……
// 等组成`, `加速器系统包括注入器系统、……`. Their members are parts (Component) named as written, even
// when they end in an equipment head (系统) or in no head at all (物镜, 导像束).
import type { Range } from './coordination';
import { partNoun, partNounOf } from './heads';
import { elementChar } from './material-names';
import { CLEAN_START_TAGS, type Word } from './segmenter';

export interface PartMember {
  /** The member as written, gloss included: its mention. */
  readonly span: Range;
  /** The name: the member less its glosses; a `CCD/CMOS光电传感器` member gives two names. */
  readonly names: readonly string[];
  /** A constituent of a reagent (`试剂由抗原、抗体、磁微粒组成`): a raw material, not a part. */
  readonly material?: true;
}

/** Tags of a last word that names a thing (`镜`, `电刀`, `系统`), not an activity. */
const THING_TAGS = new Set(['n', 'nz', 'ng', 'l', 'eng', 'un', 'nr']);
/** Tags of the pieces a whole's name is built of, before its last word (`泵/zg 头/n`). */
const NAME_PIECE_TAGS = new Set([...THING_TAGS, 'zg']);
/** Members that are people, organisations or places: a `由…组成` of those is not a device. A 机构 that
 * moves or drives (`泵送机构`, `推进机构`) is a mechanism, a part. */
const NOT_PARTS =
  /(?:企业|(?<!传动|驱动|推进|泵送|执行|运动|升降|夹持|蠕动|旋转|伸缩|锁紧|平移|俯仰|转向|调节|进给|挤压|推拉)机构|单位|部门|医院|专家|人员|公司|成员|委员|委员会|代表|学者|工作组|评审组|小组|办公室|科室|领域|产业|部分|服务|生产|制造|管理|误差|精度|范围|计划|注册|引导|指标|性能|流程|功能|参数|要求)$/;
/** Measure words after a count (`若干只`, `两个`, `一套`). */
const MEASURES = '只个台套件根片块组条支颗枚';
const COUNTERS = new Set([...MEASURES]);
/** A count the dictionary writes as one word with its measure word (`两颗`, `两根`, `3个`). */
const COUNT_WORD = new RegExp(`^(?:[0-9]+|[一两二三四五六七八九十几多]+|若干)[${MEASURES}]$`);
/** Wholes too generic to find again by name (`该产品由…组成`, then `产品性能指标包括…`). */
const GENERIC_WHOLE = /^(?:该|本|其)?(?:产品|系统|设备|装置|仪器|装备)$/;
/** A class noun after a known part's name that names the same part (`镜体` + `系统`). */
const PART_CLASS = /(?:系统|部分|模块|单元|组件)$/;
/** Wholes that are trades, bodies or plans, not things (`健康产业由健康服务和健康生产两部分组成`). */
const NOT_WHOLE = /(?:产业|行业|体系|领域|市场|规划|工作|团队|委员会|小组|联合体|集群|链)$/;
/** Tags that never end a part's name (`接口`, tagged a verb, may: `光束接口`). */
const NOT_NAME_END = new Set(['u', 'uj', 'p', 'c', 'd', 'r', 'm', 'q', 'x', 'f']);
/** Words between a whole and its 由 or 包括 (`电子内窥镜则一般由…`, `探头内部由…`, `电磁阀又包括…`). */
const HEDGES = new Set([
  ...['则', '一般', '通常', '主要', '均', '都', '大多', '也', '又', '却', '同样', '可以', '可', '还'],
  ...['内部', '内', '整体', '整体上', '上', '里', '里面'],
]);
/**
 * A patent claim's subject right before its comma (`一种腔镜直线切割吻合器，包括…`, `本发明公开了一种超声刀，包括…`):
 * 一种 and one name, the clause's whole.
 */
export const CLAIMED =
  /(?:^|[。；;：:，,])(?:本(?:发明|实用新型)(?:公开|提供|涉及)了?)?一种[^，,。；;：:、的]{2,24}$/;
/** Locatives after a whole: only a thing has an inside (`探头/v 内部由…`). */
const INSIDE = new Set(['内部', '内', '上', '里', '里面']);
/** Verbs that say what a thing holds (`治疗头内装有A、B`, `机架上还集成了A和B`, `探针上通常有A、B`): after a
 * locative, the list names the thing's parts. */
const HOLDS = new Set([
  '有',
  '装有',
  '配有',
  '设有',
  '内置',
  '安装有',
  '搭载',
  '集成',
  '集成有',
  '含有',
  '内含',
]);
/** One-character nouns that end parts' names though the segmenter tags them otherwise (`钨|靶/p`, `加样|针/p`). */
const PART_TAIL = new Set([...'针杯盘仓站罐壶箱槽盒座架罩环塞阀泵管剂靶轮元块杆']);
/**
 * A count of parts closing a list (`三大部分`, `四部分`, `四类关键部件`, `两个模块`, a teardown's `六大块`): the list
 * before it names parts whatever its verb, and the count is no part of the last member's name.
 */
const PART_COUNT =
  /^[0-9两二三四五六七八九十几多]+(?:大|个|类|种|项)?(?:块|大部分|部分|系统|子系统|模块|单元|部件|组件|零部件|元件|器件|关键部件|核心部件|主要部件)$/;
/** Names a whole is too vague to be a part by (`产品`, `设备`) or a device, not a part (`…机器人`). */
const NOT_PART_WHOLE = /(?:机器人|设备|装备|器械|仪器|产品)$/;
const SEPARATORS = new Set(['、', '和', '及', '与', '以及']);
/** Plus signs that add up a thing's make-up after an equals sign (`CGM=传感器+发射器+接收端`). */
const PLUSES = new Set(['+', '＋']);
/** Verbs of holding that may open a member (`内置锂电池`): where the part sits, not its name. */
const HELD = new Set(['内置', '内含', '自带', '配有', '带有', '附带']);
const MAX_MEMBER = 16;
/** Words that close a `由…` list: `组成`, `构成`, `组合而成`, `叠合而成`. */
const MADE_OF = /^(?:组成|构成|(?:组合|组装|叠合|叠加|复合|拼接|装配|封装)而成|集成)/;
/** Bodies a subjectless `由…组成` may list (`：由市卫健委、市发改委和市财政局组成`): a team, no thing. */
const BODY = /(?:委|局|厅|署|办|政府|公司|集团|大学|学院|协会|学会|医院|中心|机构|单位|企业|小组)$/;
/** The label of a field that says what a product is made of (`产品描述`, `结构及组成`, `主要组成`). */
const MAKE_UP_LABEL = /(?:产品描述|结构(?:及|和|与)?组成|主要组成|产品组成|产品结构|结构组成)$/;
/** After `包括`: the subject must be a known part or a thing that has parts. */
const INCLUDES = new Set(['包括', '包含', '主要包括', '分为', ...[...HOLDS].filter((v) => v !== '有')]);
/** Words that say the list after them is of parts, whatever the subject (`主要部件有`, `核心部件包括`). */
const PARTS_ARE = /^(?:主要|关键|核心)?(?:部件|零部件|组件|部分)$/;
/** Wholes that are assemblies, so a 包括 list after them names their parts (`起搏系统包括…`). */
const ASSEMBLY = /(?:系统|装置|组件|模块|总成|单元|机组)$/;
/** Classes of parts a name may follow (`脉冲发生器的核心部件可充电锂离子电池`). */
const KEY_PARTS = /^(?:核心|关键|主要)(?:零部件|部件|元器件)$/;
/** What a thing's possessions name besides parts (`其产品采用…`, `其技术采用…`). */
const NOT_A_PART = /(?:产品|技术|方案|设计|工艺|材料|原料|结构|方式|方法|型号|系列|业务|价格|成本)$/;
/** `X：核心是A和B`: the word before 是. */
const CORE_WORD = /^(?:核心|主要|主体|核心部件|关键部件)$/;
/** What a part is made of, said right after its name (`一般采用Y`, `多用Y`, `由Y制成`). */
const MADE_WITH =
  /^(?:应当?|须|必须|宜)?(?:一般|通常|多|主要|大多|大都|均|则)?(?:采用|多用|选用|由(?=[^,，。;；]*(?:制成|制造|加工|而成))|用(?=[^,，。;；]*(?:制成|制造|加工|绕制|而成)))/;
/** Modal verbs before a predicate (`应采用`, `须选用`, `宜采用`): a closed class. */
const MODAL = /^(?:应|应当|应该|须|必须|需|宜)$/;
/** Tags that may stand inside a part's name, a verb's among them (`柔/v 轮/zg`, `锂离子/nz`). */
const IN_NAME_TAGS = new Set([...NAME_PIECE_TAGS, 'v', 'vn', 'b', 'a', 'q']);
/** The end (exclusive) of the name starting at word `f`: its run of name pieces, at most 12 characters. */
const nameEnd = (words: readonly Word[], f: number): number => {
  // A bound morpheme the segmenter tags an adverb may open a name (`刚/d 轮/zg`).
  const opening = words[f];
  let t =
    opening?.tag === 'd' && opening.word.length === 1 && /^(?:zg|ng|n)$/.test(words[f + 1]?.tag ?? '')
      ? f + 1
      : f;
  const from = words[f]?.from ?? 0;
  while (
    t < words.length &&
    IN_NAME_TAGS.has(words[t]?.tag ?? '') &&
    !MADE_WITH.test(words[t]?.word ?? '') &&
    !/^(?:一般|通常|多|主要|大多|是|为|有)$/.test(words[t]?.word ?? '') &&
    // `其探测器应采用P`: a modal verb (a closed class) opens the predicate and is no piece of the name.
    !MODAL.test(words[t]?.word ?? '') &&
    (words[t]?.to ?? 0) - from <= 12
  )
    t++;
  return t;
};
/** A member for text [from, to), named as written. */
const named = (text: string, from: number, to: number): PartMember => ({
  span: [from, to],
  names: partNamesOf(text.slice(from, to)),
});
/** `这类传感器的弹性体`: the thing before 的 is pointed back to, so its part belongs to a thing not named here. */
const pointedBack = (words: readonly Word[], i: number): boolean => {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const x = words[k]?.word ?? '';
    if (/^(?:这|该|此|这类|这种|此类|该类)$/.test(x)) return true;
    if (!NAME_PIECE_TAGS.has(words[k]?.tag ?? '') && words[k]?.tag !== 'q') return false;
  }
  return false;
};
/** What follows 是 when its subject is a part: `Y最核心的部件`, `Y的关键零部件之一`. */
const PART_OF_PREDICATE =
  /^[^,，。;；:：是]{1,14}?(?:最|的)(?:核心|关键|重要|主要)?的?(?:零部件|部件|组件|元器件)(?:之一)?$/;
/** The text of the clause after word `i`, up to a comma or a sentence end. */
const clauseAfter = (words: readonly Word[], i: number): string => {
  let out = '';
  for (let k = i + 1; k < words.length && !/^[,，。;；:：]$/.test(words[k]?.word ?? ''); k++)
    out += words[k]?.word ?? '';
  return out;
};
/** Class words that close a list after 等 (`由A、B等组件构成`, `电容和电阻等元件`). */
const CLASS_AFTER_ETC = /^(?:组件|部件|部分|模块|单元|零部件|元件|元器件|器件)$/;

/** Pairs of letters that name a conversion or a direction, from one to the other (lower case). */
const CONVERSIONS = new Set(['a/d', 'd/a', 'ac/dc', 'dc/ac', 'dc/dc', 'i/o']);

/**
 * True when `X/Y` before a name says what the thing converts between (`A/D转换芯片`, `AC/DC电源模块`,
 * `I/O接口`), not two kinds of it: no `A转换芯片` is a sibling of `D转换芯片`.
 */
export const namesConversion = (pair: string, rest: string): boolean =>
  CONVERSIONS.has(pair.toLowerCase()) || /^(?:转换|变换)/.test(rest);

/** The names of a member as written, glosses dropped: `CCD(电荷耦合器件)/CMOS光电传感器` gives two. */
export const partNamesOf = (written: string): string[] => {
  const name = written.replace(/[(（][^()（）]*[)）]/g, '');
  // Latin names joined by a slash share the rest of the member, unless the slash joins the two ends
  // of a conversion (`A/D转换芯片` is one part).
  const slash = /^([A-Za-z0-9]+)\/([A-Za-z0-9]+)(.+)$/.exec(name);
  // `心电/呼吸模块`, `发射/接收电路`: two words of one length before a slash and after it share the rest;
  // not when the rest switches between the two (`手动/机控转换开关` is one switch).
  const words = /^([\u4e00-\u9fff]{2,4})\/([\u4e00-\u9fff]+)$/.exec(name);
  if (!slash && words?.[1] && words[2]) {
    const n = words[1].length;
    const rest = words[2].slice(n);
    if (/^(?:转换|切换)/.test(rest)) return [name];
    if (rest.length >= 2) return [`${words[1]}${rest}`, words[2]];
  }
  if (!slash || namesConversion(`${slash[1]}/${slash[2]}`, slash[3] ?? '')) return [name];
  return [`${slash[1]}${slash[3]}`, `${slash[2]}${slash[3]}`];
};

/** Name pieces of [from, to) without bracketed glosses. */
const ownText = (text: string, from: number, to: number): string =>
  text.slice(from, to).replace(/[(（][^()（）]*[)）]/g, '');

/** The members of a list that runs from word `start` up to (not including) word `end`, parted by `separators`. */
const membersOf = (
  text: string,
  words: readonly Word[],
  start: number,
  end: number,
  thingHead: (word: string) => boolean = () => false,
  separators: ReadonlySet<string> = SEPARATORS,
): PartMember[] | undefined => {
  const out: PartMember[] = [];
  let from = start;
  let depth = 0;
  for (let k = start; k <= end; k++) {
    const w = words[k];
    if (w && (w.word === '(' || w.word === '（')) depth++;
    if (w && (w.word === ')' || w.word === '）')) depth--;
    // `A、B，以及C`: a comma before 以及 joins the last member like the 以及 after it.
    const commaAnd = /^[,，]$/.test(w?.word ?? '') && words[k + 1]?.word === '以及';
    if (k < end && (depth > 0 || !w || (!separators.has(w.word) && !commaAnd))) continue;
    // `发射与接收电路`: an action alone joined to the next member by 与/和/及 shares its head, a part's
    // head after the next action; one name (not `端盖/v 和 灌封/v 胶`, whose 胶 is no part's head).
    const action = (x: Word | undefined): boolean => x?.tag === 'v' || x?.tag === 'vn';
    const sharedHead = words[k + 2];
    if (
      k < end &&
      k === from + 1 &&
      w &&
      w.word !== '、' &&
      action(words[from]) &&
      action(words[k + 1]) &&
      sharedHead !== undefined &&
      thingHead(sharedHead.word) &&
      (SEPARATORS.has(words[k + 3]?.word ?? '') || k + 3 >= end)
    )
      continue;
    // `若干只探头`, `两个电极`: the count before a member is no part of its name.
    if (words[from]?.tag === 'm' && from < k - 2 && COUNTERS.has(words[from + 1]?.word ?? '')) from += 2;
    else if (
      words[from]?.tag === 'm' &&
      from < k - 1 &&
      COUNT_WORD.test(words[from]?.word ?? '') &&
      CLEAN_START_TAGS.has(words[from + 1]?.tag ?? '')
    )
      from += 1;
    // `12.1英寸彩色液晶显示屏`: a size before a member grades the one part, no word of its name.
    const size = /^[0-9]+(?:\.[0-9]+)?(?:英寸|寸)/.exec(
      text.slice(words[from]?.from ?? 0, words[k - 1]?.to ?? 0),
    );
    if (size) {
      const to = (words[from]?.from ?? 0) + size[0].length;
      while (from < k - 1 && (words[from]?.to ?? 0) <= to) from++;
    }
    // `植入体内的脉冲发生器`: a clause before 的 says where or how; the name follows it.
    for (let d = k - 2; d > from; d--)
      if (words[d]?.word === '的' && depth === 0) {
        from = d + 1;
        break;
      }
    // `控制面板和内置锂电池`: a verb of holding before a member says where it sits, no word of its name.
    if (from < k - 1 && HELD.has(words[from]?.word ?? '')) from++;
    // `主机（内含无刷直流风机）`: a bracket after a member that says what it holds is no gloss of its name.
    let close = k - 1;
    if (depth === 0 && /^[)）]$/.test(words[close]?.word ?? '')) {
      let open = close - 1;
      while (open > from && !/^[(（]$/.test(words[open]?.word ?? '')) open--;
      if (open > from && /^(?:内含|含有|含|包括|包含)/.test(words[open + 1]?.word ?? '')) close = open - 1;
    }
    const a = words[from];
    const b = words[close];
    // `B和与之配套的C`: two joiners side by side leave no member between them.
    if (k === from && k < end && SEPARATORS.has(words[k - 1]?.word ?? '')) {
      from = k + 1;
      continue;
    }
    if (!a || !b || k === from) return undefined;
    const name = ownText(text, a.from, b.to);
    const lastAt = words
      .slice(from, close + 1)
      .findLastIndex((x) => !/^[()（）]$/.test(x.word) && x.to <= b.to);
    const last = words[from + lastAt];
    // A measure word after a noun or verb ends a name (`匹配/v 层/q`, `平衡/a 腔/q`); after a number
    // it is a count (`两/m 层/q`).
    const nameEndingMeasure = last?.tag === 'q' && lastAt > 0 && words[from + lastAt - 1]?.tag !== 'm';
    if (
      name.length < 2 ||
      name.length > MAX_MEMBER ||
      NOT_PARTS.test(name) ||
      (NOT_NAME_END.has(last?.tag ?? 'x') &&
        !nameEndingMeasure &&
        !(lastAt > 0 && PART_TAIL.has(last?.word ?? '')))
    )
      return undefined;
    out.push({ span: [a.from, b.to], names: partNamesOf(name) });
    from = commaAnd ? k + 2 : k + 1;
    if (commaAnd) k++;
  }
  return out.length >= 2 ? out : undefined;
};

/** A count of one part after 由 (`上百片`, `数十至上百根`): the make-up of a thing from many of one part. */
const COUNT_OF_ONE =
  /^(?:数十|数百|数千|数万|几十|几百|上百|上千|上万|[0-9两二三四五六七八九十百千万几]+多?)(?:至(?:数十|数百|数千|数万|几十|几百|上百|上千|上万|[0-9两二三四五六七八九十百千万几]+))?[个块片根只颗枚节条]/;
/** Ends of a counted part's name that name a concrete piece (`叶片`, `同轴电缆`, `加速腔`), not a stage or a step. */
const COUNTED_PIECE = /(?:[片丝线缆腔管板圈环芯柱棒珠镜晶针轮]|阵元|电极|元件|纤维)$/;

/**
 * `多叶准直器由上百片钨合金叶片组成`, `探头线缆由数十至上百根微型同轴电缆组成`: a list of one part after its count.
 * The part is a concrete piece (its head, or an end such as 片 or 缆), so `由三个阶段组成` names none.
 */
const countedMember = (
  text: string,
  words: readonly Word[],
  start: number,
  end: number,
  thingHead: (word: string) => boolean,
): PartMember[] | undefined => {
  const from = words[start]?.from;
  const to = words[end - 1]?.to;
  if (from === undefined || to === undefined) return undefined;
  const count = COUNT_OF_ONE.exec(text.slice(from, to));
  if (!count) return undefined;
  const name = text.slice(from + count[0].length, to);
  if (
    name.length < 2 ||
    name.length > 12 ||
    !/^(?:[\u4e00-\u9fff]|[A-Za-z0-9-])+$/.test(name) ||
    /[的和与及或等]/.test(name) ||
    NOT_PARTS.test(name) ||
    !(COUNTED_PIECE.test(name) || thingHead(name))
  )
    return undefined;
  return [{ span: [from + count[0].length, to], names: [name] }];
};

/** Where a count of parts closing the list that ends before word `end` starts (`三/m 大部分/m`), or `end`. */
const countStart = (text: string, words: readonly Word[], from: number, end: number): number => {
  const to = words[end - 1]?.to ?? 0;
  for (let c = end - 1; c > from; c--) {
    const w = words[c];
    if (!w || to - w.from > 8) break;
    if (w.tag === 'm' && PART_COUNT.test(text.slice(w.from, to))) return c;
  }
  return end;
};

/** A count of kinds of materials closing a list (`两类材料`, `三种原料`). */
const MATERIAL_COUNT = /^[两二三四五六七八九十几多]+大?(?:类|种)(?:[\u4e00-\u9fff]{0,4}(?:材料|原料))$/;

/** Where a count of materials closing the list that ends before word `end` starts, if one does. */
const materialCountStart = (
  text: string,
  words: readonly Word[],
  from: number,
  end: number,
): number | undefined => {
  const to = words[end - 1]?.to ?? 0;
  for (let c = end - 1; c > from; c--) {
    const w = words[c];
    if (!w || to - w.from > 8) break;
    if (w.tag === 'm' && MATERIAL_COUNT.test(text.slice(w.from, to))) return c;
  }
  return undefined;
};

/** The end of a list that closes with `等` and a class word, or with `等` alone (`A、B等部件`). */
const beforeEtc = (words: readonly Word[], end: number): number => {
  if (words[end - 2]?.word === '等' && CLASS_AFTER_ETC.test(words[end - 1]?.word ?? '')) return end - 2;
  return words[end - 1]?.word === '等' ? end - 1 : end;
};

/** The word before `at` past hedges (`则`, `一般`, `内部`), and whether a locative (`内部`) was passed. */
const subjectBefore = (words: readonly Word[], at: number): { index: number; inside: boolean } => {
  let b = at - 1;
  let inside = false;
  while (b >= 0 && (words[b]?.tag === 'd' || HEDGES.has(words[b]?.word ?? ''))) {
    if (INSIDE.has(words[b]?.word ?? '')) inside = true;
    b--;
  }
  return { index: b, inside };
};

/**
 * The word before a gloss in brackets that ends at the word `index` (`A（又称B、C）`, `A（DSA）`), past the
 * hedges before it, else `index` as given. A bracket that says what the thing holds (`（含…）`) is no gloss.
 */
const pastGloss = (
  words: readonly Word[],
  before: { index: number; inside: boolean },
): { index: number; inside: boolean } => {
  if (!/^[)）]$/.test(words[before.index]?.word ?? '')) return before;
  let open = before.index - 1;
  while (open >= 0 && !/^[(（)）]$/.test(words[open]?.word ?? '')) open--;
  const inner = words.slice(open + 1, before.index).map((x) => x.word);
  if (open < 0 || !/^[(（]$/.test(words[open]?.word ?? '') || inner.length === 0) return before;
  if (/^(?:含|包括|包含|内含|见|如)/.test(inner.join('')) || inner.join('').length > 30) return before;
  return subjectBefore(words, open);
};

/** After a make-up verb, the words that add more parts to the same whole (`组成，另配A、B和C`). */
const ADDED =
  /^(?:组成|构成|(?:组合|组装|叠合|叠加|复合|拼接|装配|封装)而成|集成)[,，](?:另外?|并|还|另外还)配(?:有|备)?[:：]?/;

/**
 * `由A、B和C五部分组成，另配D、E和F（见图5-1）`: the list after 另配 names more parts of the whole the
 * make-up is of, up to its clause's end; a figure's reference in brackets closing it is no part of it.
 */
const addedParts = (
  text: string,
  words: readonly Word[],
  verbFrom: number,
  thingHead: (word: string) => boolean,
): PartMember[] => {
  const m = ADDED.exec(text.slice(verbFrom));
  if (!m) return [];
  const s = words.findIndex((x) => x.from >= verbFrom + m[0].length);
  if (s < 0) return [];
  let t = s;
  while (t < words.length && !/^[。;；,，:：]$/.test(words[t]?.word ?? '')) t++;
  if (/^[)）]$/.test(words[t - 1]?.word ?? '')) {
    let open = t - 2;
    while (open > s && !/^[(（]$/.test(words[open]?.word ?? '')) open--;
    if (/^(?:见|如|详见)/.test(words[open + 1]?.word ?? '')) t = open;
  }
  return membersOf(text, words, s, beforeEtc(words, t), thingHead) ?? [];
};

/** A make-up earlier in a sentence (`由A、B和C三部分组成`), closed by a clause mark after it. */
const MADE_UP_BEFORE = /(?:组成|构成|而成)[,，][^。；;]*$|(?:组成|构成|而成)$/;

/** The start of the name ending with word `b`: its noun pieces, at most 8 characters. */
const nameStart = (words: readonly Word[], b: number): number => {
  const end = words[b]?.to ?? 0;
  let a = b;
  // `碲/g 锌 镉 探测器`: an element's character is a piece of the name whatever its tag.
  const piece = (x: Word | undefined): boolean =>
    x !== undefined && (NAME_PIECE_TAGS.has(x.tag) || elementChar(x.word));
  while (a > 0 && piece(words[a - 1]) && end - (words[a - 1]?.from ?? 0) <= 8) a--;
  return a;
};

/** Tags of the words a line's label is built of (`主机/b`, `参数/n 模块/n`, `二氧化碳/nz 吸收/v 罐/n`). */
const LABEL_TAGS = new Set([...NAME_PIECE_TAGS, 'b', 'vn', 'v']);

/**
 * The label's last word when word `colon` is the colon after a numbered line's label (`（1）主机：`,
 * `2.3 参数模块：`): the label must start the sentence or follow the line's number, so a colon inside
 * running text (`结果表明：`) names no whole.
 */
const labelBefore = (words: readonly Word[], colon: number): number | undefined => {
  if (!/^[:：]$/.test(words[colon]?.word ?? '')) return undefined;
  const last = words[colon - 1];
  if (!last || (!THING_TAGS.has(last.tag) && last.tag !== 'b')) return undefined;
  let a = colon - 1;
  while (a > 0 && LABEL_TAGS.has(words[a - 1]?.tag ?? '') && colon - a < 4) a--;
  const opener = words[a - 1];
  const numbered =
    opener === undefined ||
    (/^[)）]$/.test(opener.word) && words[a - 2]?.tag === 'm') ||
    (/^[.．、]$/.test(opener.word) && words[a - 2]?.tag === 'm') ||
    (opener.tag === 'm' && words[a - 2]?.word === '.');
  return numbered ? colon - 1 : undefined;
};

/** A chain map's arrow back from a thing to its make-up (`呼吸机 ⇐ 涡轮风机、比例电磁阀`). */
const BACK_ARROW = /^(?:⇐|←|⟵|⟸)$/;
/** The branch mark of a node of a text tree and its run (`├─`, `└──`, `┣━`). */
const TREE_BRANCH = /[├└┣┗┠┖┞┟┡┢┝┕╟╙╠╚][─━═-]*/gu;
/**
 * What may stand on a node's line before an arrow back: one name, a gloss in brackets and marks of its
 * standing (`数字化X射线摄影系统（DR）`, `医用激光治疗仪 ★`).
 */
const ARROW_WHOLE =
  /^[\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9/-]{1,24}(?:[(（][^()（）]{1,16}[)）])?[\s\u3000★☆]*$/u;
/** Where the list after an arrow back ends: the drawing of the next node, another arrow, a full stop. */
const LIST_STOP = /[\n。;；⇐←⟵⟸→⇒⟶│┃┆┊║╎╏├└┣┗┠┖┞┟┡┢┝┕╟╙╠╚★☆]/u;
/** One-character ends of parts' names (`吸收罐`, `动脉壶`, `保护罩`, `显影环`, `单向阀`, `超声发生模块`); not 剂, an
 * agent's. */
const PART_END = /[罐壶罩环箱盒槽杯盘针靶轮塞阀泵管仓座架杆块]$/;
/** Modules that are no hardware (`课程模块`, `功能模块`, `软件模块`). */
const SOFT_MODULE = /(?:课程|教学|培训|功能|软件|程序|算法|业务|管理|服务|数据|知识)模块$/;

/**
 * True when a make-up list names parts by its members alone, whatever stands before it: every member a
 * short name (two to ten characters, no body, activity or measure; one of two characters ends as a part
 * does), and at least two members and two thirds of them end in a device's or part's head or a part's
 * one-character end (`吸气单向阀、…、二氧化碳吸收罐、储气囊和螺纹管`).
 */
const partsByMembers = (list: readonly PartMember[], thingHead: (name: string) => boolean): boolean => {
  const names = list.flatMap((m) => m.names);
  if (names.some((n) => n.length < 2 || n.length > 10 || BODY.test(n) || NOT_PARTS.test(n))) return false;
  // A module of hardware (`超声发生模块`, `啁啾脉冲放大模块`), not of a course, a program or a function.
  const partLike = (n: string): boolean => (thingHead(n) || PART_END.test(n)) && !SOFT_MODULE.test(n);
  // `红光和红外发光二极管`: a short member without a part's end may share the next one's head; no clean list.
  if (names.some((n) => n.length <= 2 && !partLike(n))) return false;
  const things = names.filter(partLike).length;
  return things >= 2 && things * 3 >= names.length * 2;
};

/**
 * The part lists of one sentence. `isPart(name)` says whether an earlier list named `name` as a part
 * or a thing with parts (`加速器系统包括…` after `由加速器系统和治疗系统两部分构成`).
 */
export const readPartLists = (
  text: string,
  words: readonly Word[],
  isPart: (name: string) => boolean,
  thingHead: (name: string) => boolean = () => false,
  deviceHead: (name: string) => boolean = () => false,
  /** True when the word `w` ends a thing's name: a device's or a part's head, or a known device or part. */
  thingAt: (w: Word) => boolean = (w) => thingHead(w.word),
): { members: PartMember[]; wholes: string[] } => {
  const members: PartMember[] = [];
  const wholes: string[] = [];
  /** True when the word before word `i` ends a thing's name (thingAt). */
  const thingBefore = (i: number): boolean => {
    const w = words[i - 1];
    return w !== undefined && thingAt(w);
  };
  /**
   * A whole that is itself a part: pointed at by 其 (`其泵头由…组成`), named already in the sentence
   * (`需要多个关节模组，而关节模组由…`) or in an earlier list. It is a part as written.
   */
  const wholeAsPart = (a: number, b: number): void => {
    const wa = words[a];
    const wb = words[b];
    if (!wa || !wb) return;
    const name = text.slice(wa.from, wb.to);
    if (GENERIC_WHOLE.test(name) || NOT_PART_WHOLE.test(name) || NOT_PARTS.test(name)) return;
    if (name.length < 2) {
      clauseWhole(a, b);
      return;
    }
    const pointed = words[a - 1]?.word === '其';
    const namedBefore = text.slice(0, wa.from).includes(name);
    if (pointed || namedBefore || isPart(name)) {
      members.push({ span: [wa.from, wb.to], names: [name] });
      return;
    }
    clauseWhole(a, b);
  };
  /**
   * `…三部分组成，镜体先端部集成A、B，插入部由C、D组成`: a clause that opens with a thing's own make-up, after
   * a make-up earlier in the sentence, names a part of the sentence's whole, its modifiers verbs or not
   * (`插入/v 部`). Never a device (`…组成，呼吸机由…`).
   */
  const clauseWhole = (a: number, b: number): void => {
    const wa = words[a];
    const wb = words[b];
    if (!wa || !wb) return;
    let c = a;
    while (c > 0 && LABEL_TAGS.has(words[c - 1]?.tag ?? '') && wb.to - (words[c - 1]?.from ?? 0) <= 8) c--;
    const comma = words[c - 1];
    const full = text.slice(words[c]?.from ?? wa.from, wb.to);
    if (
      comma &&
      /^[,，]$/.test(comma.word) &&
      MADE_UP_BEFORE.test(text.slice(0, comma.from)) &&
      full.length >= 2 &&
      // `腿部还装有…`, `顶部`: one character and 部 names a place on the thing, not a part of it.
      !/^[\u4e00-\u9fff]部$/.test(full) &&
      !deviceHead(full) &&
      !NOT_PART_WHOLE.test(full) &&
      !NOT_PARTS.test(full) &&
      !NOT_WHOLE.test(full)
    )
      members.push({ span: [words[c]?.from ?? wa.from, wb.to], names: [full] });
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
    // `其中谐波减速器柔轮选用Y`, `血泵转子`: a part the field names by a bare noun (partNoun), written right
    // after a thing's name without 的, is that thing's part; not when a head glued after it names the part
    // (`叶轮组件`).
    const glued = words[i - 1];
    if (glued?.to === w.from && thingAt(glued)) {
      // The noun may be cut in two by the dictionary (`柔/v 轮/zg`).
      let j = i;
      while (
        j < i + 2 &&
        partNounOf(text.slice(w.from, words[j]?.to ?? 0)) !== text.slice(w.from, words[j]?.to ?? 0)
      )
        j++;
      const end = words[j];
      const next = words[j + 1];
      const noun = end ? text.slice(w.from, end.to) : '';
      if (
        end &&
        noun.length >= 2 &&
        partNounOf(noun) === noun &&
        !(next?.from === end.to && (next.word.length === 1 || thingHead(next.word)))
      ) {
        members.push(named(text, w.from, end.to));
        i = j;
        continue;
      }
    }
    if (BACK_ARROW.test(w.word)) {
      // `高频电刀 ⇐ 主机、电刀笔、中性电极`: a chain map's arrow back from a thing, alone on its line before
      // it, to the list of its make-up, up to the line's end; the members name parts by themselves.
      // The sentence is read without its line breaks: a node's line opens after its branch mark.
      const branch = [...text.slice(0, w.from).matchAll(TREE_BRANCH)].at(-1);
      if (!branch || !ARROW_WHOLE.test(text.slice(branch.index + branch[0].length, w.from))) continue;
      let e = i + 1;
      while (e < words.length && !LIST_STOP.test(words[e]?.word ?? '')) e++;
      let s = i + 1;
      while (s < e && /^\s+$/.test(words[s]?.word ?? '')) s++;
      let t = e;
      while (t > s && /^\s+$/.test(words[t - 1]?.word ?? '')) t--;
      const list = membersOf(text, words, s, t, thingHead);
      if (!list || !partsByMembers(list, thingHead)) continue;
      // A member's bracket holds its materials or its gloss, read on their own: no part of its span.
      for (const m of list) {
        const open = text.slice(m.span[0], m.span[1]).search(/[(（]/);
        members.push(open > 0 ? { ...m, span: [m.span[0], m.span[0] + open] } : m);
      }
      i = e;
      continue;
    }
    if (/^[=＝]$/.test(w.word)) {
      // `连续血糖监测系统（CGM）=传感器+发射器+接收端（手机App或阅读器）`: a thing that equals its pieces added
      // up names its parts by them, bare heads too; the members must name parts by themselves.
      const subject = words[pastGloss(words, { index: i - 1, inside: false }).index];
      if (!subject || !THING_TAGS.has(subject.tag)) continue;
      let t = i + 1;
      let depth = 0;
      for (; t < words.length; t++) {
        const x = words[t]?.word ?? '';
        if (/^[(（]$/.test(x)) depth++;
        if (/^[)）]$/.test(x)) depth--;
        if (depth === 0 && /^[。;；,，!！?？\n]$/.test(x)) break;
      }
      const list = membersOf(text, words, i + 1, t, thingHead, PLUSES);
      // A member's gloss in brackets (`接收端（手机App或阅读器）`) names things of its own: no part of its span.
      if (list && partsByMembers(list, thingHead))
        for (const m of list) {
          const open = text.slice(m.span[0], m.span[1]).search(/[(（]/);
          members.push(open > 0 ? { ...m, span: [m.span[0], m.span[0] + open] } : m);
        }
      i = t;
      continue;
    }
    if (w.word === '由' && w.tag === 'p') {
      // The list runs to the verb that says "made of"; a count of parts may come first.
      let e = i + 1;
      while (e < words.length && !MADE_OF.test(text.slice(words[e]?.from ?? 0, (words[e]?.from ?? 0) + 4))) {
        const x = words[e];
        if (!x || x.word === '。' || x.word === ';' || x.word === '；') break;
        e++;
      }
      const verb = words[e];
      if (!verb || !MADE_OF.test(text.slice(verb.from, verb.from + 4))) continue;
      const added = addedParts(text, words, verb.from, thingHead);
      // `由三大系统构成:A、B和C`: the members follow the verb.
      const counted = /^[0-9两二三四五六七八九十几多]+(?:大|个)?(?:系统|部分)$/.test(
        text.slice(words[i + 1]?.from ?? 0, verb.from),
      );
      if (counted) {
        let s = e + 1;
        while (s < words.length && /^[:：]$|^分别[为是]$/.test(words[s]?.word ?? '')) s++;
        let t = s;
        while (t < words.length && !/^[。;；]$/.test(words[t]?.word ?? '')) t++;
        const list = membersOf(text, words, s, t, thingHead);
        if (list) members.push(...list);
        i = t;
        continue;
      }
      // Drop the count of parts (`两部分`, `三大部分`) and a closing 等 from the list.
      // `由钴铬合金和可降解聚合物涂层两类材料构成`: a count of materials says the members are materials.
      const byMaterials = materialCountStart(text, words, i + 1, e);
      const end = beforeEtc(words, byMaterials ?? countStart(text, words, i + 1, e));
      const list =
        membersOf(text, words, i + 1, end, thingHead) ?? countedMember(text, words, i + 1, end, thingHead);
      if (list && byMaterials !== undefined) {
        members.push(...list.map((m) => ({ ...m, material: true as const })));
        i = e;
        continue;
      }
      // The thing before 由 is a whole; 则/一般/内部 may stand between (`电子内窥镜则一般由…`), and a gloss
      // in brackets after its name (`磁共振成像设备（又称磁共振成像系统、MRI设备）一般由…`).
      const before = pastGloss(words, subjectBefore(words, i));
      const { inside } = before;
      // `3.呼吸回路 由…组成`: a run-in label set apart by a space before 由 is the whole.
      let found = /^\s+$/.test(words[before.index]?.word ?? '')
        ? subjectBefore(words, before.index).index
        : before.index;
      // `01低中频治疗设备 | 通常由主机、输出导线和电极组成`: a row's description cell speaks of the thing its
      // name cell, right before the border, names.
      if (/^[|｜]$/.test(words[found]?.word ?? '')) {
        found--;
        while (found >= 0 && /^\s+$/.test(words[found]?.word ?? '')) found--;
      }
      // `透析器俗称…，主要由A、B和C组装而成`: a clause without a subject is about the sentence's topic.
      let b = /^[,，]$/.test(words[found]?.word ?? '')
        ? words.findIndex((x) => THING_TAGS.has(x.tag))
        : found;
      let subject = words[b];
      // `产品描述：通常由A、B和C组成`, `结构及组成：由A、B组成`: a catalogue's or a registration's field of
      // make-up has no subject; the product it describes is its entry's, and the members are its parts.
      // So is a sentence that opens with the colon of a label set apart as a line of its own
      // (`（1）主机` ⏎ `：由主控板、电源板和外壳组成`).
      if (
        list &&
        subject &&
        /^[:：]$/.test(subject.word) &&
        (MAKE_UP_LABEL.test(text.slice(0, subject.from)) || b === 0) &&
        !list.some((m) => m.names.some((n) => BODY.test(n)))
      ) {
        members.push(...list, ...added);
        i = e;
        continue;
      }
      // `（1）主机：由主控板、显示屏和外壳组成`: a numbered line's label is the whole its make-up is of.
      const labelled = labelBefore(words, b);
      if (labelled !== undefined) {
        b = labelled;
        subject = words[b];
      }
      // `1.2 流量控制系统` ⏎ `由流量计、配比系统和快速充氧阀组成`: a make-up sentence without a subject under
      // its thing's heading; the members name parts by themselves.
      if (list && !subject && found < 0 && partsByMembers(list, thingHead)) {
        members.push(...list, ...added);
        i = e;
        continue;
      }
      if (!list || !subject || NOT_WHOLE.test(subject.word)) continue;
      // `它由柔性探针、底座和医用胶贴构成`: a pronoun points back to a whole named before; the members
      // are its parts, the whole is not named here.
      // `整机主要由A、B和C构成`: the whole machine is the device the text is about.
      if (/^(?:它|其|整机|主机)$/.test(subject.word)) {
        members.push(...list, ...added);
        i = e;
        continue;
      }
      // A subject tagged a verb (`探头/v`, `控制台/v`) is a thing when it has an inside, ends a noun
      // phrase (`医生/n 控制台/v`) or was named as a part before.
      // `超声/v 探头/v 由…组成`: a word that is the head of a device or part names a thing as well.
      // `球/n 管/vn 由…`: a head cut in two is joined again.
      const prior = words[b - 1];
      const joinedHead = prior?.to === subject.from && thingHead(prior.word + subject.word);
      const verbThing =
        (subject.tag === 'v' || subject.tag === 'vn') &&
        (joinedHead ||
          (subject.word.length >= 2 &&
            (inside || THING_TAGS.has(prior?.tag ?? '') || isPart(subject.word) || thingHead(subject.word))));
      // `主机/b：`: a label the dictionary tags a distinguishing word names the thing all the same.
      if (!THING_TAGS.has(subject.tag) && !verbThing && !(labelled !== undefined && subject.tag === 'b')) {
        // `呼吸/v 回路/v 由吸气单向阀、…和螺纹管组成`: a whole the dictionary tags a verb, at the sentence's
        // start, is still a thing when its members name parts by themselves; it is not taken as a whole.
        let a = b;
        // `循环紧闭式|呼吸|回路`: the whole's modifiers, 式 among them, up to ten characters.
        const inWhole = (x: Word | undefined): boolean => LABEL_TAGS.has(x?.tag ?? '') || x?.word === '式';
        while (a > 0 && inWhole(words[a - 1]) && subject.to - (words[a - 1]?.from ?? 0) <= 10) a--;
        // The sentence's start, a comma or a colon, or a line's number (`3.`, `（2）`) before it.
        const opens =
          a === 0 ||
          /^[,，:：]$/.test(words[a - 1]?.word ?? '') ||
          (/^[.．、)）]$/.test(words[a - 1]?.word ?? '') && words[a - 2]?.tag === 'm' && a - 2 === 0);
        if ((subject.tag === 'v' || subject.tag === 'vn') && opens && partsByMembers(list, thingHead)) {
          members.push(...list, ...added);
          i = e;
        }
        continue;
      }
      // `医用高分子材料由高分子化合物基体与添加剂构成`: what a material is made of are its
      // constituents, not parts of a device.
      // `药物涂层由雷帕霉素与可降解聚合物构成`: nor of a coating, a resin or a glue.
      if (/(?:材料|合金|涂层|涂料|树脂|胶)$/.test(subject.word)) continue;
      // `化学发光试剂主要由抗原、抗体、标记物和磁微粒组成`: a reagent is made of raw materials.
      if (/试剂(?:盒)?$/.test(subject.word)) {
        members.push(...list.map((m) => ({ ...m, material: true as const })));
        i = e;
        continue;
      }
      members.push(...list, ...added);
      const a = nameStart(words, b);
      const whole = text.slice(words[a]?.from ?? subject.from, subject.to);
      if (!GENERIC_WHOLE.test(whole)) wholes.push(whole);
      wholeAsPart(a, b);
      i = e;
      continue;
    }
    // `A的核心部件B已实现国产`: the name right after the class of parts, closed by an adverb or a comma.
    if (KEY_PARTS.test(w.word) && words[i - 1]?.word === '的') {
      const t = nameEnd(words, i + 1);
      const last = words[t - 1];
      const closed = /^(?:[,，。;；]|已|正|仍|也|都|还)$/.test(words[t]?.word ?? '。');
      if (t > i + 1 && last && THING_TAGS.has(last.tag) && closed) {
        const span = named(text, words[i + 1]?.from ?? 0, last.to);
        if ((span.names[0] ?? '').length >= 3 && !NOT_A_PART.test(span.names[0] ?? '')) members.push(span);
      }
      continue;
    }
    // `为手术机器人配套谐波减速器`, `为透析机配套血泵和电磁阀`: what is supplied for a thing is its part.
    if (
      w.word === '配套' &&
      words.slice(Math.max(0, i - 6), i).some((x) => x.word === '为' && x.tag === 'p')
    ) {
      // `配套A、B的企业`: a 的 after the list makes it a modifier of what follows.
      let t = i + 1;
      while (t < words.length && !/^[,，。;；的]$/.test(words[t]?.word ?? '')) t++;
      const list = membersOf(text, words, i + 1, beforeEtc(words, t), thingHead);
      const one = nameEnd(words, i + 1);
      if (list) members.push(...list);
      else if (one === t && one > i + 1 && THING_TAGS.has(words[one - 1]?.tag ?? ''))
        members.push(named(text, words[i + 1]?.from ?? 0, words[one - 1]?.to ?? 0));
      i = t;
      continue;
    }
    // `其柔轮一般采用Y`, `脉冲发生器的外壳通常采用Y`, `其内部的膜片一般采用Y制成`: a thing
    // of a thing, said what it is made of, is a part.
    if (
      w.word === '其' ||
      (w.word === '的' &&
        (THING_TAGS.has(words[i - 1]?.tag ?? '') || thingBefore(i)) &&
        !pointedBack(words, i))
    ) {
      let f = i + 1;
      if (w.word === '其' && INSIDE.has(words[f]?.word ?? '') && words[f + 1]?.word === '的') f += 2;
      const t = nameEnd(words, f);
      if (t > f && MADE_WITH.test(clauseAfter(words, t - 1))) {
        const span = named(text, words[f]?.from ?? 0, words[t - 1]?.to ?? 0);
        const name = span.names[0] ?? '';
        if (name.length >= 2 && name.length <= 6 && !NOT_PARTS.test(name) && !NOT_A_PART.test(name))
          members.push(span);
        continue;
      }
      // `血细胞分析仪的鞘流池`, `谐波减速器的柔轮`: a part the field names by a bare noun (partNoun), owned by
      // a thing a device's or a part's head names, is that thing's part; not when a head glued after it
      // names the part (`叶轮组件`), which is the head-noun reading's.
      const owner = words[i - 1];
      if (w.word === '的' && owner && thingAt(owner)) {
        for (let e = t; e > f; e--) {
          const span = named(text, words[f]?.from ?? 0, words[e - 1]?.to ?? 0);
          const name = span.names[0] ?? '';
          if (!partNoun(name) || name.length > 8) continue;
          // A character or a head glued after the noun makes it a modifier (`内衬|层`, `叶轮|组件`).
          const next = words[e];
          const glued = next !== undefined && next.from === words[e - 1]?.to;
          const suffix = next?.word.length === 1 && /^(?:n|nz|ng|q|zg|k)$/.test(next.tag);
          if (!glued || !(suffix || thingHead(next.word))) members.push(span);
          break;
        }
      }
      continue;
    }
    // `窥镜系统：核心是手柄和镜体`, `照明系统：主要是A和B`: what follows names the parts of an assembly.
    if (
      w.word === '是' &&
      CORE_WORD.test(words[i - 1]?.word ?? '') &&
      /^[:：]$/.test(words[i - 2]?.word ?? '')
    ) {
      const subject = words[i - 3];
      const a = nameStart(words, i - 3);
      const whole = subject ? text.slice(words[a]?.from ?? 0, subject.to) : '';
      if (subject && THING_TAGS.has(subject.tag) && (ASSEMBLY.test(whole) || isPart(whole))) {
        let t = i + 1;
        while (t < words.length && !/^[。;；,，]$/.test(words[t]?.word ?? '')) t++;
        const list = membersOf(text, words, i + 1, beforeEtc(words, t), thingHead);
        if (list) members.push(...list);
        else {
          const e = nameEnd(words, i + 1);
          if (e === t && e > i + 1) members.push(named(text, words[i + 1]?.from ?? 0, words[e - 1]?.to ?? 0));
        }
        i = t;
      }
      continue;
    }
    // `起搏导线从内到外依次为A、B和C`, `探头由前到后依次是A、B`: layers or parts in their order.
    if ((w.word === '为' || w.word === '是') && words[i - 1]?.word === '依次') {
      let at = i - 1;
      if (/^[从由自]$/.test(words[at - 4]?.word ?? '') && words[at - 2]?.word === '到') at -= 4;
      else {
        // `从前|到|后`: the segmenter may glue 从 to the first place word.
        const order = /[从由自][^，,。;；]{1,3}[到至][^，,。;；]{1,3}$/.exec(
          text.slice(0, words[at]?.from ?? 0),
        );
        const k = order ? words.findIndex((x) => x.from === order.index) : -1;
        if (k >= 0) at = k;
      }
      const { index: b } = subjectBefore(words, at);
      const subject = words[b];
      const thing =
        subject !== undefined &&
        (THING_TAGS.has(subject.tag) || (subject.tag === 'v' && subject.word.length >= 2)) &&
        !NOT_WHOLE.test(subject.word) &&
        !NOT_PARTS.test(subject.word);
      let t = i + 1;
      while (t < words.length && !/^[。;；,，:：]$/.test(words[t]?.word ?? '')) t++;
      const list = thing ? membersOf(text, words, i + 1, beforeEtc(words, t), thingHead) : undefined;
      if (list) {
        members.push(...list);
        i = t;
      }
      continue;
    }
    // `主要部件有A、B`: the words say the list is of parts, whoever the subject.
    // `主要部件包括A、B`, `核心零部件主要包括…`: so do the words before 包括 (not 部分, which also means
    // "some").
    let classAt = i - 1;
    while (classAt > 0 && HEDGES.has(words[classAt]?.word ?? '')) classAt--;
    const partsAre =
      (w.word === '有' && PARTS_ARE.test(words[i - 1]?.word ?? '')) ||
      (INCLUDES.has(w.word) &&
        w.word !== '分为' &&
        // `主要原材料及零部件包括…`: a list of materials and parts is left to the list's labels.
        !words.slice(Math.max(0, classAt - 3), classAt).some((x) => /材料|原料/.test(x.word)) &&
        PARTS_ARE.test(words[classAt]?.word ?? '') &&
        !(words[classAt]?.word ?? '').endsWith('部分'));
    // `探针上通常有A、B和C`: 有 after a locative says what the thing holds; spoken, 是 right after 里 or 里面
    // (`发射器里是蓝牙芯片和纽扣电池`) and 嵌了 (`叶轮里嵌了…`) say so too.
    const spokenHolds =
      (w.word === '是' && /^(?:里|里面)$/.test(words[i - 1]?.word ?? '')) ||
      (w.word === '嵌' && /^(?:了|有|着)$/.test(words[i + 1]?.word ?? ''));
    const holdsAfterPlace = (w.word === '有' || spokenHolds) && subjectBefore(words, i).inside;
    // `X是Y最核心的部件`, `X是Y的关键零部件之一`: X is a part.
    if (w.word === '是' && PART_OF_PREDICATE.test(clauseAfter(words, i))) {
      const { index: b } = subjectBefore(words, i);
      const subject = words[b];
      const a = nameStart(words, b);
      const name = text.slice(words[a]?.from ?? 0, subject?.to ?? 0);
      if (subject && NAME_PIECE_TAGS.has(subject.tag) && name.length >= 2 && !NOT_PARTS.test(name))
        members.push({ span: [words[a]?.from ?? 0, subject.to], names: [name] });
      continue;
    }
    if ((INCLUDES.has(w.word) || partsAre || holdsAfterPlace) && i > 0) {
      let s = i + 1;
      while (s < words.length && /^[:：了]$/.test(words[s]?.word ?? '')) s++;
      if (w.word === '嵌' && /^(?:有|着)$/.test(words[s]?.word ?? '')) s++;
      let t = s;
      // The clause ends at a comma unless 以及 goes on with the list (`A、B，以及C`).
      while (
        t < words.length &&
        !/^[。;；]$/.test(words[t]?.word ?? '') &&
        // `有A、B和C：C多以…`: a colon after the list opens what is said of it.
        !(/^[:：]$/.test(words[t]?.word ?? '') && t > s) &&
        !(/^[,，]$/.test(words[t]?.word ?? '') && words[t + 1]?.word !== '以及')
      )
        t++;
      const counted = countStart(text, words, s, t);
      const end = beforeEtc(words, counted);
      // `主要部件有`: the subject stands before the words that say "parts"; so does a modifier of
      // the class written as a word of its own (`其|核心|零部件包括` names no part 核心).
      let at = i;
      while (
        partsAre &&
        at > 0 &&
        (PARTS_ARE.test(words[at - 1]?.word ?? '') ||
          HEDGES.has(words[at - 1]?.word ?? '') ||
          /^(?:核心|关键|重要)$/.test(words[at - 1]?.word ?? ''))
      )
        at--;
      const before = subjectBefore(words, at);
      const { inside } = before;
      // `一是光学系统，包括物镜、中继镜和目镜`: after a comma the list is of the clause's thing before it.
      // `（2）参数模块：包括A、B`: a numbered line's label is the thing whose parts the list names.
      // `一种腔镜直线切割吻合器，包括手柄组件、…`: a patent claim's 一种X, then its comma, claims X with the parts listed.
      const afterComma = /^[,，]$/.test(words[before.index]?.word ?? '');
      const claimed = afterComma && CLAIMED.test(text.slice(0, words[before.index]?.from ?? 0));
      const b =
        afterComma && (claimed || ASSEMBLY.test(words[before.index - 1]?.word ?? ''))
          ? before.index - 1
          : (labelBefore(words, before.index) ?? before.index);
      const subject = words[b];
      // A count of parts (`四类关键部件`) or a class of parts after 等 (`等部件`) says the list is of parts.
      let known =
        partsAre ||
        counted < t ||
        (end < counted && CLASS_AFTER_ETC.test(words[end + 1]?.word ?? '')) ||
        (claimed && INCLUDES.has(w.word) && w.word !== '分为');
      if (!known && subject && THING_TAGS.has(subject.tag)) {
        // `加速器系统包括A、B`: the subject is already known as a part or a whole, or is an assembly.
        // `治疗系统`: the subject's modifiers may be verbs; the known name is looked up inside it.
        let a = b;
        const inName = (x: Word | undefined): boolean =>
          x !== undefined && (THING_TAGS.has(x.tag) || x.tag === 'v' || x.tag === 'vn');
        while (a > 0 && inName(words[a - 1]) && subject.to - (words[a - 1]?.from ?? 0) <= 8) a--;
        const name = text.slice(words[a]?.from ?? subject.from, subject.to);
        // The subject ends in the known name (`,治疗系统`), or is it with a class noun (`镜体系统`).
        const bare = name.replace(PART_CLASS, '');
        for (let f = 0; f < name.length - 1 && !known; f++)
          known = isPart(name.slice(f)) || (bare.length - f >= 2 && isPart(bare.slice(f)));
        known ||= w.word !== '分为' && ASSEMBLY.test(name) && !NOT_WHOLE.test(name);
        // `先端部集成物镜、…和钳道开口`: a part the field names by a bare noun has parts of its own.
        known ||= w.word !== '分为' && partNoun(name);
        // `治疗头内装有…`: what a thing holds inside or on it are its parts.
        known ||=
          inside && (HOLDS.has(w.word) || spokenHolds) && !NOT_WHOLE.test(name) && !NOT_PARTS.test(name);
      }
      // `血液管路由…组成，含有泵管段、动脉壶、静脉壶和压力监测保护罩`: whatever the subject, a list whose members
      // name parts by themselves and none a device is of parts (not after 分为, which sorts kinds).
      // `上游原材料包括…`: a list the words before call materials is left to the list's labels.
      const ofMaterials = words.slice(Math.max(0, i - 4), i).some((x) => /材料|原料/.test(x.word));
      if (!known && w.word !== '分为' && !ofMaterials) {
        const clean = membersOf(text, words, s, end, thingHead);
        known =
          clean !== undefined &&
          partsByMembers(clean, thingHead) &&
          !clean.some((m) => m.names.some((n) => deviceHead(n)));
      }
      if (!known) continue;
      const list = membersOf(text, words, s, end, thingHead);
      if (list) {
        members.push(...list);
        // The thing a claim claims is the whole, whatever its title said of it before.
        if (subject && THING_TAGS.has(subject.tag) && !claimed) wholeAsPart(nameStart(words, b), b);
      }
      i = t;
    }
  }
  return { members, wholes };
};
