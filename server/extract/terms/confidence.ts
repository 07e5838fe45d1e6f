// How sure the extractor is of a term it found by reading (props.confidence, 0..1): curated names
// are 1; a list completion or a head-noun term with a clean boundary starts high, repetition raises
// it, a long or numeric name lowers it. Terms below MIN_CONFIDENCE are reported, not graphed.

import { namesFirmBusiness, namesPeople } from './noise';

/** The rules that find terms, as recorded in props.foundBy. */
export type TermRule =
  | 'coordination:etc'
  | 'coordination:shared'
  | 'coordination:member'
  | 'coordination:counted'
  | 'head-noun'
  | 'head-noun:curated'
  | 'head-noun:technology'
  | 'heading:domain'
  | 'list:class'
  | 'list:propagated'
  | 'list:shape'
  | 'list:parts'
  | 'list:configuration'
  | 'label:parameter'
  | 'table:name-column'
  | 'shape:implant'
  | 'shape:polymer'
  | 'shape:material-prefix'
  | 'shape:polymer-context'
  | 'shape:material'
  | 'shape:material-context'
  | 'use:material'
  | 'use:part'
  | NoiseRule;

/**
 * Evidence against a term (terms/term-noise.ts): a mention that reads as a firm in a list of firms,
 * a product's model, or a clause. A term with a firm's or a model's is a candidate, whatever else
 * found it; one whose every mention reads as a clause is too.
 */
export type NoiseRule = 'noise:organisation' | 'noise:model' | 'noise:clause';

const isNoiseRule = (r: TermRule): r is NoiseRule => r.startsWith('noise:');

/** The confidence of a term with evidence against it: reported, below MIN_CONFIDENCE. */
const AGAINST = 0.4;

/** Terms below this go to the report's candidates, not into the graph. */
export const MIN_CONFIDENCE = 0.6;

const BASE: Record<TermRule, number> = {
  // `A、B等X`: the plan itself says that A and B are kinds of X.
  'coordination:etc': 0.8,
  // `A、B X`: the head is shared by position only; in texts other than plans most such readings are
  // wrong (`心脏、肝脏和肾脏辅助装置`), so at the threshold.
  'coordination:shared': 0.6,
  // A complete member of such a list (`气管支架` in `食道、胆道、气管支架`).
  'coordination:member': 0.75,
  // A member of a counted class (`水凝胶` in `…、水凝胶等22种材料`): the plan says it is one.
  'coordination:counted': 0.75,
  // A list member labelled by the class the list names (`聚氨酯、硅橡胶等高分子材料`, `核心部件……主要是A，B`)
  // and written with a head or the shape of its kind.
  'list:class': 0.75,
  // A member of a list that says what a thing is made of (`由物镜、目镜……等组成`): a part as written.
  'list:parts': 0.75,
  // A counted item of a machine's configuration list (`配置清单：扫描机架1套、…`): the layout says it is one
  // thing delivered with the machine, the count that it is a thing.
  'list:configuration': 0.7,
  // The label of a numbered parameter line (`2.5 检查床：最大承重≥205kg`): the figures say it is a thing, the
  // layout that it is a part of the machine described; its name is read from the line alone.
  'label:parameter': 0.65,
  // A cell of a table's name column (`装备名称`) that a device's head or a curated device ends: the layout
  // says it is one whole name, the head what it is.
  'table:name-column': 0.8,
  // A member without head or shape that takes the class of a list most of whose members fit it.
  'list:propagated': 0.65,
  // A member shaped like a material or an implant in a list most of whose members are (no class named).
  'list:shape': 0.65,
  // An implant named by 人工 and an organ (`人工心脏`) outside any list.
  'shape:implant': 0.6,
  // A polymer named as one word (`聚砜`) outside any list: the shape of its name says what it is, but
  // alone it is weak evidence; named twice or more in a plan it is one of its subjects (0.6).
  'shape:polymer': 0.5,
  // A polymer named as one word in a sentence that says what things are made of (`多为聚碳酸酯注塑件`,
  // `内衬聚四氟乙烯管`): the context makes it a material at the graph's threshold.
  'shape:polymer-context': 0.6,
  // A material of a strict shape written alone (`液氦`, `碘化铯`, `MP35N`), weighed as a polymer is.
  'shape:material': 0.5,
  'shape:material-context': 0.6,
  // A material that opens the name of a part or device (`镍钛合金固定翼`, `碘化铯平板探测器`): the text names
  // the thing by what it is made of; only the strict shapes (no bare 聚) count, so less sure than a use.
  'shape:material-prefix': 0.65,
  // A name shaped like a material as the object of a use verb (`柔轮一般采用高强度合金钢`, `材质为304不锈钢`):
  // the text says what the thing is made of, so the name is a material as written.
  'use:material': 0.8,
  // The thing right before such a verb (`其柔轮一般采用…`, `海波管材质为…`): what is made of a material is
  // a part or a device; its left edge is read from the text alone, so less sure than the material.
  'use:part': 0.7,
  // A short heading over a body of equipment, in a numbered list of such headings.
  'heading:domain': 0.8,
  // A head noun alone: 0.5, or 0.7 with a clean boundary (below).
  'head-noun': 0.5,
  // Modifiers before a curated name (`高清电子内窥镜`): as a head noun, the curated name is the head.
  'head-noun:curated': 0.5,
  // A run ending in 技术 whose core names a thing of the field (`全磁悬浮血泵技术`): as a head noun.
  'head-noun:technology': 0.5,
  'noise:organisation': 0,
  'noise:model': 0,
  'noise:clause': 0,
};

/**
 * Nouns of activity and organisation that end a phrase of policy (`城市急救体系建设`, `能力提升`,
 * `应用示范`): what is done or built, never a device, part or material.
 */
const ACTIVITY_END = /(?:建设|体系|能力|提升|示范|攻关|保障|行动|推广|布局)$/;

export interface TermEvidence {
  readonly rules: ReadonlySet<TermRule>;
  readonly mentions: number;
  /** At least one mention starts at a clean boundary with a noun-like word. */
  readonly clean: boolean;
  readonly name: string;
  /** Generic modifiers (新型, 高端...): written before a name they add length, not fragment risk. */
  readonly generic?: readonly string[];
  /** The head a list member was completed from (`生命支持设备` of `监护、麻醉等生命支持设备`). */
  readonly completedFrom?: string;
  /** Words that count a list's class (`各类`, `系列`): written before the head after 等, they are no part of it. */
  readonly quantifiers?: readonly string[];
}

/** The name less the generic modifiers it starts with (`新型高通量…装备` -> `高通量…装备`). */
const coreName = (name: string, generic: readonly string[]): string => {
  let core = name;
  for (let g = generic.find((x) => core.startsWith(x)); g; g = generic.find((x) => core.startsWith(x)))
    core = core.slice(g.length);
  return core;
};

/**
 * Modifiers that grade or place a thing among its kind (`传统探头多用…，高端探头则采用…`): before a bare
 * head they contrast two grades of the thing in view, not two kinds. Use words (医用, 专用, 智能, 精密)
 * name a class of products and are not among them (`医用导管`, `专用芯片`).
 */
const GRADE_MODIFIER =
  /^(?:传统|高端|先进|新型|主流|相关|重点|特殊|关键|核心|基础|配套|其他|现有|普通|常规|低端|中端|中低端|高性能)+/;

/** True when the name is a grade modifier and a bare head of two characters at most (`高端探头`). */
const gradeOnly = (name: string): boolean => {
  const m = GRADE_MODIFIER.exec(name);
  return m !== null && name.length - m[0].length <= 2;
};

/** A grade, standing or origin before a broad class noun alone (`主力设备`, `理想材料`, `基本设备`,
 * `进口设备`, `必备设备`): which of the things in view, never a kind, whatever reading found it. */
const GRADE_OF_CLASS =
  /^(?:传统|高端|先进|新型|主流|主力|重点|关键|核心|内核|基础|基本|必备|必需|常用|急需|紧缺|短缺|同类|同档|新优|进口|国产|配套|其他|现有|普通|常规|理想|大规模|大型|小型|通用|主要|重要|各类|各种|多种)+(?:零部件|部件|元器件|器件|设备|装备|器械|仪器|材料|产品|耗材|机型)$/;

/** A quantifier or pointer before a name (`各类附件`, `多种传感器`, `上述设备`, `该类探头`, `少量血液透析器`):
 * which or how many of the things in view, never a kind, whatever the noun after it (`大量程` is a range). */
const QUANTIFIED =
  /^(?:各类|各种|各式|各型|多种|多类|多款|一些|若干|诸多|众多|这类|此类|该类|这些|上述|其他|其它|(?:大量|少量|大批|海量)(?![程量]))/;

/** A manner of a word and 化 before a class noun alone (`网络化医疗设备`, `智能化设备`, `国产化装备`): how the
 * things in view are made or run, never a kind. One character before 化 names a process, a kind
 * (`雾化设备`, `净化设备`); a noun after the class noun names a kind too (`数字化X线摄影系统`). */
const MANNER_OF_CLASS = /^[\u4e00-\u9fff]{2}化(?:医疗|医用)?(?:设备|装备|器械|仪器|产品)$/;

/** A class of products before a class noun (`耗材器械`, `产品设备`, `药品医疗器械`): two classes, no kind. */
const CLASS_OF_CLASS =
  /^(?:耗材|产品|器材|物资|器械|药品|医药|药械)(?:医疗器械|器械|设备|装备|仪器|产品|耗材)$/;

/** A class noun alone (`系统`, `设备`, `材料`), left when what was written before it is a curated name or a
 * word the reader dropped (`低剂量电脑扫描|系统`): no kind of its own. */
const BARE_CLASS =
  /^(?:系统|设备|装备|装置|仪器|器械|器材|软件|材料|试剂|产品|耗材|部件|器件|零部件|元器件|整机|机|仪|模块|平台)$/;

/**
 * True when the evidence against a term holds for the name itself: a firm or a model is one wherever
 * it is written; a clause or a fragment is one mention's reading, so a name also read cleanly elsewhere
 * (`CT扫描仪` alone, and cut from `正电子及CT扫描仪（PET-CT）`) keeps its other mentions' confidence.
 */
const againstTerm = (rules: ReadonlySet<TermRule>): boolean =>
  rules.has('noise:organisation') ||
  rules.has('noise:model') ||
  ([...rules].some(isNoiseRule) && [...rules].every(isNoiseRule));

/** The longest common ending of two names: what the list's head lent to a member. */
const commonEnd = (a: string, b: string): string => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return a.slice(a.length - n);
};

/** A class noun that names no kind by itself once generic modifiers are dropped (`医疗设备`, `装备`). */
const CLASS_NOUN = /^(?:设备|装备|装置|器械|器材|仪器|产品|耗材|材料|试剂|用品)$/;

/** Class nouns that a head shared by position lends alone: a system and software name a class too. */
const SHARED_CLASS = /^(?:设备|装备|装置|器械|器材|仪器|产品|耗材|材料|试剂|用品|系统|软件)$/;

/**
 * How sure a member of `A、B X` completed with the last member's head is, when the head lends a class
 * noun alone (`门诊、住院和医技楼设备` -> `门诊设备`, `心脏、肝脏和肾脏辅助装置` -> `心脏装置`,
 * `质量、安全监管系统` -> `质量系统`): nothing but position says the members are kinds of the class and
 * not places, organs, firms or qualities, so a guess, a candidate unless repeated (0.55), as a short
 * member of `A、B等设备` is. A head that lends more than its class noun (`食道、胆道、气管支架`,
 * `腹腔镜和骨科手术机器人`) keeps the reading's own confidence.
 */
const sharedConfidence = (e: TermEvidence): number | undefined => {
  if (!e.completedFrom) return undefined;
  const lent = commonEnd(e.name, e.completedFrom);
  return SHARED_CLASS.test(coreName(lent, e.generic ?? [])) ? 0.55 : undefined;
};

/**
 * True when a member already names the first word of the head lent to it (`手术导航、术中成像等智能手术设备`
 * -> `手术导航手术设备`, `术中成像手术设备`: 术中 is 手术中): the member is an act of the head's field, not a
 * kind of the head, and the completion says the word twice. Only a head that lends more than a class
 * noun has a first word of its own (`手术设备`, not `设备`).
 */
const repeatsHead = (member: string, head: string): boolean => {
  if (head.length < 4 || CLASS_NOUN.test(head)) return false;
  const first = head.slice(0, 2);
  return member.includes(first) || (first === '手术' && /^术[中前后]/.test(member));
};

/**
 * How sure a member of `A、B等X` completed with the head X is, when the completion is less than a
 * reading (else undefined). A completion that leaves a short modifier of the head behind takes half a
 * word (`监护、麻醉等生命支持设备` -> `监护支持设备`, `心电贴和智能手表等可穿戴医疗设备` -> `智能手表医疗设备`),
 * and a member of a word or two (`监护`, `血管`, `超声、CT等设备`) is a kind of the head as written, not
 * a modifier of a part of it or of a class noun: a guess, a candidate unless repeated (0.55). A long
 * qualifier left out is the class's field (`…筛查分析等优生优育诊断分析软件`), and a class noun alone
 * lent to a member that names an activity (`中医诊断治疗、远程医疗等装备`) names a class as plans do:
 * names read from the list alone, at the threshold (0.6). Counting words and generic modifiers are no
 * part of the head (`各类检测仪器`, `系列医疗机器人`).
 */
const completionConfidence = (e: TermEvidence, rule: TermRule): number | undefined => {
  if (rule === 'coordination:shared') return sharedConfidence(e);
  if (rule !== 'coordination:etc' || !e.completedFrom) return undefined;
  const generic = e.generic ?? [];
  const lent = commonEnd(e.name, e.completedFrom);
  const left = coreName(e.completedFrom, [...generic, ...(e.quantifiers ?? [])]).length - lent.length;
  const classOnly = CLASS_NOUN.test(coreName(lent, generic));
  const short = e.name.length - lent.length <= 3;
  if (lent === '' || (left >= 1 && left <= 3) || (short && (left >= 1 || classOnly))) return 0.55;
  if (repeatsHead(e.name.slice(0, e.name.length - lent.length), coreName(lent, generic))) return 0.55;
  return left > 3 || classOnly ? 0.6 : undefined;
};

/** A steel or an alloy named by its grade's number (`304不锈钢`, `316L不锈钢`, `6061铝合金`): the number is the
 * grade, not a count run into the name. */
const GRADED_METAL = /^[0-9]{3,4}[A-Z]{0,2}(?:不锈钢|铝合金|钛合金|合金钢|钢)$/;

/** The confidence of a discovered term from its evidence, rounded to two decimals. */
export const termConfidence = (e: TermEvidence): number => {
  if (
    againstTerm(e.rules) ||
    ACTIVITY_END.test(e.name) ||
    (gradeOnly(e.name) && [...e.rules].every((r) => r.startsWith('use:'))) ||
    namesPeople(e.name) ||
    GRADE_OF_CLASS.test(e.name) ||
    MANNER_OF_CLASS.test(e.name) ||
    QUANTIFIED.test(e.name) ||
    CLASS_OF_CLASS.test(e.name) ||
    BARE_CLASS.test(e.name) ||
    namesFirmBusiness(e.name) ||
    // `发行人的主要产品`, `远端的内管`: 的 makes a phrase, whatever read it.
    e.name.includes('的')
  )
    return AGAINST;
  let c = Math.max(
    ...[...e.rules].map((r) =>
      Math.min(BASE[r] + (r.startsWith('head-noun') && e.clean ? 0.2 : 0), completionConfidence(e, r) ?? 1),
    ),
  );
  // Repetition raises a term only when one of its mentions has a clean boundary: an unclean span
  // repeated (`牵头医疗装备生产企业` twice) is the same fragment twice.
  const headOnly = [...e.rules].every((r) => r.startsWith('head-noun'));
  if (e.mentions >= 2 && (e.clean || !headOnly)) c += 0.1;
  if (e.mentions >= 3 && (e.clean || !headOnly)) c += 0.05;
  // Long names and numbers run into Chinese text (`专栏2医疗装备`, `10项`) are often fragments;
  // Latin abbreviations with digits (`SpO2`, `5G`, the `3D` of `生物3D打印`) are not.
  if (
    coreName(e.name, e.generic ?? []).length > 14 ||
    (/[\u4e00-\u9fff][0-9](?![0-9]*[A-Za-z])|(?:^|[^A-Za-z0-9])[0-9]+[\u4e00-\u9fff]/.test(e.name) &&
      !GRADED_METAL.test(e.name))
  )
    c -= 0.2;
  return Math.round(Math.min(0.95, Math.max(0, c)) * 100) / 100;
};

/** The rule reported for a term: the most confident one that found it; the evidence against it when
 * nothing else did. */
export const mainRule = (rules: ReadonlySet<TermRule>): TermRule =>
  [...rules].sort((a, b) => BASE[b] - BASE[a] || Number(isNoiseRule(a)) - Number(isNoiseRule(b)))[0] ??
  'head-noun';
