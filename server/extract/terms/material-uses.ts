// What a thing is made of, as feature texts say it: `其柔轮一般采用高强度合金钢`, `海波管材质为304不锈钢`,
// `背衬层由环氧树脂和钨粉混合制成`, `以聚对苯二甲酸乙二醇酯为原料`, `瓣叶取自牛心包`. The object of such a verb
// is a material when its name has a material's shape; the grammar here is shared by discovery (the
// names) and the supply rules (what each is used in).
import type { Range } from './coordination';
import { wholeDevice } from './heads';
import { implantToolShape, materialName, metalElement } from './material-names';

/** How the use is said: the verb decides what must close the list of materials. */
export type UseKind =
  | 'adopt'
  | 'is-made-of'
  | 'made-from'
  | 'from-raw'
  | 'made-with'
  | 'taken-from'
  | 'coat'
  | 'is'
  | 'is-spoken';

/**
 * Hedges between a user and its verb: `一般`, `多`, `长期`, `同样`, `则`; and a standard's modal verbs
 * (`靶面层应采用钨铼合金`), a closed class that opens the predicate (not the 应 of 供应, 响应, 对应…).
 */
const HEDGE =
  '(?:(?<![供响反效适相对感呼回理答])(?:应当|应该|应)|必须|须|宜|一般|通常|多数|大多|多|主要|长期|普遍|同样|则|均|也|有|常|往往|目前|大量|仍|基本|还|都|会|可|现|已|逐渐|逐步|开始|陆续|纷纷|正在|已经|率先|过去|现在|以前|此前|如今|当前)*';
/** The verb of each kind, as it opens the materials (normalised text). */
const LEADS: readonly (readonly [UseKind, string])[] = [
  // `黏弹剂的主要成分为透明质酸钠`: what a thing consists of is its material; graded too
  // (`氧合器的核心材料是聚甲基戊烯`, `支架的关键材料为镍钛合金`).
  [
    'is-made-of',
    `(?:核心|关键|基础|主体)?(?:材质|材料|原料|原材料|基材|芯材|成分|主要成分)${HEDGE}(?:为|是|采用|选用)`,
  ],
  // `叶轮用的是铝合金`: spoken Chinese's 用的是 is an adopt verb.
  [
    'adopt',
    `(?:采用|选用|使用|多用|常用|改用|改为|换用|选择|(?<![使采应作专医通适可多常改选费利信运享服食饮引借挪实家商日公军民])用的(?:是|为))`,
  ],
  ['made-from', '由'],
  ['from-raw', '以'],
  // `用环氧树脂浇铸成型`, `用铂钨合金丝绕制`: 用 alone (not 使用, 用于, 医用), closed by a process below.
  [
    'made-with',
    '(?<![使采应作专医通适可多常改选费利信运享服食饮引借挪实家商日公军民])用(?![于来途户量法品药作以])',
  ],
  ['taken-from', '取自'],
  ['coat', '(?:带有|覆有|涂有|喷涂|涂覆|镀有|衬有|覆盖|(?:衬|涂|镀|覆)(?:上)?一层)'],
  // `瓣叶为牛心包`, `导联夹为镀镍黄铜`, `背衬为无纺布与发泡聚乙烯`: a part's copula with a material, as parameter
  // lines and instructions for use write it; not 作为, 成为, 认为, 分为, 以…为, 为主.
  ['is', '(?<![作成认分以因称视列定转化更较最均皆同即])为(?![主了何止此])'],
  // `泵头外壳是聚碳酸酯做的`, `管路是医用聚氯乙烯的`: spoken Chinese says what a thing is made of with 是 and a
  // closing 的 (CLOSES); not 还是, 就是, 也是, 都是, 只是, 但是, 可是, 不是, 于是, 算是, 像是, 正是, 凡是.
  ['is-spoken', '(?<![还就也都只即总可但若要于不倒正算像凡])是'],
];
const LEAD = new RegExp(LEADS.map(([, re]) => `(${re})`).join('|'), 'g');

/** What the whole gap between a user and its first material may be (`的材质一般为`, `多选用`). */
export const USE_GAP = new RegExp(
  `^(?:的)?(?:${HEDGE})(?:${LEADS.filter(([k]) => k !== 'coat')
    .map(([, re]) => re)
    .join('|')})(?:经[^，,。；;的]{1,10}的|不同[^，,。；;的]{1,6}的)?$`,
);

/** The kind of use a gap names (see `USE_GAP`). */
export const useKindOf = (gap: string): UseKind | undefined => {
  for (const [kind, re] of LEADS)
    if (new RegExp(`${re}(?:经[^的]{1,10}的|不同[^的]{1,6}的)?$`).test(gap)) return kind;
  return undefined;
};

/** What joins two materials of one list: a separator, `掺` (a filler), or nothing (an apposition). */
export const MATERIAL_JOIN = /^(?:\([^()]*\))?(?:、|和|与|及|或|以及|掺|掺入|混合|加)?$/;

/** Processes written right after a material: its name ends there (`镍钛合金经激光切割制成`). */
const PROCESS =
  /^(?:经|激光|加工|绕制|制成|制造|制作|吹塑|共挤|热压|热熔|注塑|成型|切割|烧结|分段|压制|编织|铸造|锻造|烧制|精加工|机加工|混合|复合|浇铸|浇注|灌封|封装|挤出|拉制|拉拔|冲压|模压|车削|集束|缠绕|生长|3D打印|打印|共混|纺丝|为|作|做|的)/;
/** What must follow the materials for the kind to be a use, if anything. */
const CLOSES: Partial<Record<UseKind, RegExp>> = {
  'made-from': /^[^，,。；;]{0,8}?(?:制成|而成|成型|制造|烧结|压制|绕制)/,
  'from-raw':
    /^(?:为|作为)(?:主要|核心|基础|柔性|刚性|支撑)?(?:原料|原材料|材料|基材|基体|主材|载体|基底|衬底|骨架)|^为主|^(?:作|做|制作)|^[^，,。；;]{0,6}?(?:制成|制造|制备|编织|绕制)/,
  // A copula names a material only when the material ends the clause (`支架为镍钛合金，`), not a longer thing;
  // a closing bracket ends it too (`（…，背衬为无纺布与发泡聚乙烯）`), and so does a line's end (readMaterialUses).
  is: /^(?:$|[，,。；;:：)）])/,
  'is-spoken': /^(?:做|制成|制作|制造|造|加工)?的(?:$|[，,。；;:：)）])/,
  'made-with':
    /^[^，,。；;]{0,6}?(?:制成|制造|制作|绕制|浇铸|浇注|灌封|封装|成型|加工|编织|烧结|注塑|铸造|锻造|吹塑|挤出|压制|拉制|而成)/,
};
/** Lists closed by these are what a thing is made of as parts, not materials (`由A和B组成`). */
const PARTS_VERB = /^[^，,。；;]{0,3}?(?:组成|构成|组合|组装|叠合|集成)/;
/** After `采用M`: `的` before another name makes M a modifier of it, unless that name is a class or a
 * blend of the materials (`聚碳酸酯与ABS的合金`). */
const MODIFIER_OF = /^的(?!(?:复合)?材料|合金|共混物)/;

/**
 * Words that make a sentence one about what things are made of (`多为聚碳酸酯注塑件`, `内衬聚四氟乙烯管`),
 * or a chain's upstream, where its raw materials are listed (`试剂上游：抗原、抗体、磁微粒、吖啶酯`); a
 * chain map's arrow back from a thing to what it is made of (`A ⇐ 平板探测器（碘化铯闪烁体＋非晶硅）`).
 */
const MATERIAL_CONTEXT =
  /材质|材料|原料|采用|选用|多用|制成|注塑|挤出|吹塑|涂层|涂覆|内衬|衬有|护套|绕制|编织|共混|纺丝|包覆|包一层|镀|内核是|上游|[⇐⟸⟵←]/;

/** Whether the sentence `s` says what things are made of. */
export const materialContext = (s: string): boolean => MATERIAL_CONTEXT.test(s);

/** Materials the field writes as a bare word of two characters (`多用硅胶`, `表面涂覆硅油`, `与石墨复合`):
 * too short for a shape, a material as the object of a use verb. */
const BARE_MATERIAL = /^(?:硅胶|矽胶|硅油|矽油|石墨|乳胶|橡胶|陶瓷|玻璃|树脂|石英|钢材|蚕丝|无纺布)$/;
/** Coppers by kind or finish (`黄铜`, `无氧铜`, `镀镍黄铜`): contacts, clips and windings, as a use's object. */
const COPPER = /^(?:镀[镍锡银金铬])?(?:黄|紫|青|白|磷|铍|无氧)铜$/;

/** Whether `name` may be read as a material after a use verb. */
export const usedMaterial = (name: string): boolean =>
  // `用的是什么材料`: a question names no material.
  !QUESTION.test(name) &&
  (materialName(name) ||
    BARE_MATERIAL.test(name) ||
    COPPER.test(name) ||
    (/(?:材料|合金|纤维)$/.test(name) && name.length > 2));
/** Words that ask which thing (`什么材料`, `哪种合金`). */
const QUESTION = /^(?:什么|哪些|哪种|哪类|何种|啥)/;

/** Whether what follows a list of materials completes a use of `kind`. */
export const useCloses = (kind: UseKind, after: string): boolean => {
  if (PARTS_VERB.test(after)) return false;
  const close = CLOSES[kind];
  if (close) return close.test(after);
  return kind === 'adopt' || kind === 'is-made-of' ? !MODIFIER_OF.test(after) : true;
};

/** A run of name characters; words that join or govern (的, 以, 由, 和, 掺, 用 but 医用) end it. */
const NAME_RUN =
  /^(?:(?<=医)用|[^\P{Script=Han}的用以则由为是在将把被从向等与和或及掺也又还而并使让]|[a-zA-Z0-9-])+/u;
/** A count of kinds and what follows it (`两类材料`, `三种`): the end of a list of materials. */
const LIST_COUNT = /[两二三四五六七八九十几数多]大?[类种](?!植).*$/;
/** An amount written before a name (`20万吨`, `3.5公斤`, `60%`). */
const QUANTITY = /^[0-9]+(?:\.[0-9]+)?[十百千万亿]*(?:吨|公斤|千克|克|kg|t|件|个|台|套|%|元|米)/i;
/** Longer runs are clauses, not names. */
const MAX_NAME = 14;

/**
 * The material named at `at` of `s`: the longest material-shaped run there, either the whole run up
 * to a break or a shaped prefix that a process or another material follows (`镍钛合金经…`,
 * `低温超导线材铌钛`). [from, to) or undefined.
 */
const materialAt = (s: string, at: number, listed = false): Range | undefined => {
  // `钛合金两类材料`: a count closes the list; the class after it names no material of its own.
  const run = (NAME_RUN.exec(s.slice(at))?.[0] ?? '').replace(LIST_COUNT, '');
  // `年产量为20万吨聚乙烯`: a quantity is no part of a material's name.
  if (QUANTITY.test(run)) return undefined;
  // `以铂或金作导电层`, `以钛为原料`: a metal's one character, in a list of materials or closed by 为原料
  // (`以金作比喻` names no material).
  if (metalElement(run.slice(0, 1))) {
    const rest = s.slice(at + 1);
    if (
      /^(?:制成|为(?:主要)?原料)/.test(rest) ||
      (listed && /^(?:作|制成|制作|为)/.test(rest)) ||
      (/^(?:或|和|与|及|、)/.test(rest) && materialAt(s, at + 2, true))
    )
      return [at, at + 1];
  }
  for (let len = Math.min(run.length, MAX_NAME); len >= 2; len--) {
    const name = run.slice(0, len);
    if (!usedMaterial(name)) continue;
    const rest = run.slice(len);
    // `柔轮采用高强度合金钢40CrNiMoA加工`: a grade's code after the material is no part of its name.
    const code = /^[0-9A-Za-z][0-9A-Za-z-]{1,11}/.exec(rest)?.[0] ?? '';
    if (code !== '' && /[0-9]/.test(code) && materialName(name)) {
      const after = rest.slice(code.length);
      if (after === '' || PROCESS.test(after) || /^(?:和|与|及|或)/.test(after)) return [at, at + len];
    }
    // `由不锈钢管激光切割而成`: a tube drawn of the material, before a process, names the material.
    if (/^管(?!材)/.test(rest) && materialName(name) && PROCESS.test(rest.slice(1))) return [at, at + len];
    if (rest === '' || PROCESS.test(rest) || /^(?:和|与|及|或|掺)/.test(rest) || materialAt(s, at + len))
      // `MP35N镍钴合金丝绕制`: the material is the alloy; 丝 is the form it is drawn into.
      return name.endsWith('丝') && materialName(name.slice(0, -1)) ? [at, at + len - 1] : [at, at + len];
  }
  return undefined;
};

/** A leading modifier of the material (`经抗钙化处理的`, `不同硬度的`): skipped. */
const MODIFIER =
  /^(?:经[^，,。；;的]{1,10}的|不同[^，,。；;的]{1,6}的|(?:可降解|可吸收|生物可降解|高纯度?|医用级|进口|国产)的|(?:数|几|上|[0-9一二三四五六七八九十百]+)[十百千万]*[根片块层条股束颗]|[一两单双多][层种])/;
/** Any short quality before 的 (`高透光率的`, `生物相容性更好的`): skipped only when a material follows it,
 * so `采用聚氨酯的导管` still names 聚氨酯. */
const QUALITY = /^[^，,。；;的、和与及或]{1,8}的/;
const GLOSS = /^\([^()]*\)/;

/** The materials listed from `at` on: the first, then each joined by `MATERIAL_JOIN`. */
export const materialsFrom = (s: string, at: number): Range[] => {
  const out: Range[] = [];
  let pos = at + (MODIFIER.exec(s.slice(at))?.[0].length ?? 0);
  const quality = QUALITY.exec(s.slice(pos))?.[0].length ?? 0;
  if (quality > 0 && !materialAt(s, pos) && materialAt(s, pos + quality)) pos += quality;
  for (;;) {
    const m = materialAt(s, pos, out.length > 0);
    if (!m) break;
    out.push(m);
    pos = m[1] + (GLOSS.exec(s.slice(m[1]))?.[0].length ?? 0);
    const join = /^(?:、|以及|和|与|及|或|掺入|掺|混合|加)?/.exec(s.slice(pos))?.[0] ?? '';
    if (join === '' && !materialAt(s, pos)) break;
    pos += join.length;
  }
  return out;
};

/** Where the list that starts at `at` ends, past its last gloss. */
export const listEnd = (s: string, list: readonly Range[]): number => {
  const last = list.at(-1);
  if (!last) return 0;
  return last[1] + (GLOSS.exec(s.slice(last[1]))?.[0].length ?? 0);
};

/** A side, layer or end of a thing (`袖带外层`, `导管表面`, `支架两端`): where a material is, not a part. */
const SIDE_OF = /(?:外层|内层|表层|中层|表面|外壁|内壁|外侧|内侧|两端|头端|尾端|端部)$/;
/**
 * A layer or a face of a thing (`插入管外层`, `蒸发室内壁`, `柔性电路板基底`): the material said of it is the
 * thing's own, and the thing is the subject (not its ends: `支架两端设置…` places a part).
 */
export const LAYER_OF = /(?:外层|内层|表层|外表面|内表面|表面|外壁|内壁|基底)$/;

/** `s` up to the end of the line that holds `at` (`endsLine(i)`: a line ends before `s[i]`): a clause ends
 * with its line, so the materials after a verb are read from the verb's line alone. */
const lineFrom = (s: string, at: number, endsLine: (i: number) => boolean): string => {
  let end = at + 1;
  while (end < s.length && !endsLine(end)) end++;
  return s.slice(0, end);
};

/** Hedge words once each, read backwards from a verb. */
const HEDGES_BEFORE = new RegExp(`${HEDGE.replace(/\*$/, '+')}$`);
/** A subject as written right before its hedges: a short run after a clause mark, 的, 其 or a joiner. */
const SUBJECT = /(?:[^\P{Script=Han}的其则和与及是在为将对把这该]|[A-Za-z0-9-])+$/u;
/** Subjects that are people (`我们科`, `病人`), makers, products in general, times, body parts, positions or
 * topics (`研究方向为…`), not a part. */
const NOT_A_PART =
  /^(?:前者|后者|两者|二者|三者|其余|上述|以上|这些|那些|这种|该种|此类|这类|该类|每种|我|你|您|他|她|咱|大家)|者$|(?:产品|厂家|企业|公司|厂商|医生|患者|病人|家属|用户|品牌|市场|行业|目前|部分|方面|领域|工艺|技术|材料|原料|医院|国内|国外|牙|齿|器官|组织|部位|主流|机型|型号|版本|材质|研究|报道|文献|团队|课题组|学者|实验|试验|方案|方向|重点|目标|任务|内容|对象|范围|主题|课题|专业|难点|热点|特点|优势|用途)$|^(?:封装|灌封|加工|生产|制造|制作|包装|焊接|组装|装配|涂覆|成型)$|^(?:外层|内层|中间|表面|表层|底层|顶层|外侧|内侧|两端|头端|尾端|近端|远端|早期|主流|传统|高端|低端|国产|进口)$/;

/**
 * `股骨柄用钛合金、股骨头用…`, `，22个触点用铂铱合金，`: a short list of parts each with its material, as posts
 * and spoken Chinese write it, says what each part is made of with a bare 用 and no process after. Such a use
 * holds when the materials end the clause and the part opens it (`shortUser`).
 */
const SPOKEN_USE_END = /^(?:$|[，,。；;:：)）、])/;
/** A count before a part opening its clause (`22个|触点`): no word of its name. */
const LEADING_COUNT = /^(?:[0-9]+|[一二两三四五六七八九十几]+)[个根片只颗块条枚]/;
/**
 * A generation of a product (`老一代`, `第二代`), a process, a use, a field of care or a setting
 * (`3D打印用钛合金粉末`, `体外诊断用抗原`, `骨科用钛合金`, `临床用…`): what a material serves, as 医用 says,
 * no part made of it.
 */
const NOT_A_USER =
  /(?:代|打印|加工|制造|生产|诊断|检测|检验|治疗|成像|监测|制备|封装|焊接|成型|注塑|研发|试验|实验|临床|科研|教学|家庭|工业|手术|外科|内科|骨科|介入|透析|口腔|齿科|牙科|眼科|心血管|神经|植入|康复|急救|护理|影像|放疗)$/;
/** The part right before a bare 用, when it opens its clause (`，股骨柄|用`), less a leading count; or ''. */
const shortUser = (before: string): string => {
  const run = SUBJECT.exec(before)?.[0] ?? '';
  if (!/(?:^|[，,；;：:。(（、])$/.test(before.slice(0, before.length - run.length))) return '';
  const name = run.replace(LEADING_COUNT, '');
  return name.length >= 2 &&
    name.length <= 4 &&
    !NOT_A_PART.test(name) &&
    !NOT_A_USER.test(name) &&
    !materialName(name)
    ? name
    : '';
};
/** Whether a bare 用 after `before` and materials followed by `after` say what a part is made of. */
const spokenUse = (before: string, line: string, list: readonly Range[]): boolean =>
  SPOKEN_USE_END.test(line.slice(listEnd(line, list))) &&
  list.every(([f, t]) => materialName(line.slice(f, t))) &&
  shortUser(before) !== '';

export interface UseSubject {
  readonly from: number;
  readonly to: number;
  readonly label: 'Equipment' | 'Component';
  /** The first of a pair of subjects (`外壳和端盖采用…`): a thing only when the text named it already. */
  readonly paired?: true;
}

/**
 * The things said to be made of materials in `s`, named right before the verb (`其柔轮一般采用…`,
 * `海波管材质为…`, `中央螺丝则由…制成`). `headLabel` gives the label of a name that ends in a head
 * noun (`瓣膜支架` is equipment); any other is a part, as what a thing is made of is said of a part
 * or a device. A name that ends in a material's head is no user.
 */
export const readUseSubjects = (
  s: string,
  headLabel: (name: string) => 'Equipment' | 'Component' | 'Material' | undefined,
  endsLine: (i: number) => boolean = () => false,
  endsParagraph: (i: number) => boolean = () => false,
): UseSubject[] => {
  const out: UseSubject[] = [];
  for (const m of s.matchAll(LEAD)) {
    const kind = LEADS[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
    if (!kind || kind === 'coat') continue;
    const line = lineFrom(s, m.index + m[0].length, endsLine);
    const list = materialsFrom(line, m.index + m[0].length);
    const spoken = kind === 'made-with' && spokenUse(s.slice(0, m.index), line, list);
    if (list.length === 0 || !(useCloses(kind, line.slice(listEnd(line, list))) || spoken)) continue;
    let before = s.slice(0, m.index).replace(HEDGES_BEFORE, '');
    if (kind === 'is-made-of') before = before.replace(/的$/, '');
    let run = SUBJECT.exec(before)?.[0] ?? '';
    // `四万转⏎⏎叶轮用的是铝合金`: a subject opens its paragraph at the latest (a blank line, as between a
    // subtitle file's cues, parts what went before).
    for (let i = before.length - 1; i > before.length - run.length; i--)
      if (endsParagraph(i)) {
        run = before.slice(i);
        break;
      }
    // `其中柔性微电极多以P为基底`: 其中, 其次, 其余, 其他 are words of their own, so the subject starts after them.
    // `所述刀杆采用TC4钛合金`: a claim's 所述 (the said) points back at a part named before; the part is the rest.
    let name = spoken
      ? shortUser(before)
      : before.slice(0, before.length - run.length).endsWith('其') && /^[中次余他它]/.test(run)
        ? run.slice(1)
        : run.replace(/^所述/, '');
    // `插入管外层多采用TPU`: the thing whose layer it is, less the layer word.
    // Only a thing named by its head (`插入管`, `柔性电路板`): a bare stem (`管路`) may be no thing of its own.
    const found = spoken ? '' : (LAYER_OF.exec(name)?.[0] ?? '');
    const layer = found && headLabel(name.slice(0, name.length - found.length)) !== undefined ? found : '';
    const end = before.length - layer.length;
    name = name.slice(0, name.length - layer.length);
    if (name.length < 2 || name.length > 6 || NOT_A_PART.test(name) || materialName(name)) continue;
    // `支架为镍钛合金`: a copula says what a thing is made of only when the thing has a part's or a
    // device's head (not `发展重点为…`), or when the thing is a short name opening its clause right before
    // the copula (`芯丝为镍钛合金`, `，瓣叶为牛心包`, `人工心脏瓣膜的瓣叶为…`): what is made of a material
    // is a thing. Not a side or a layer of a thing (`袖带外层为尼龙面料`), which names no part by itself.
    const opens = /(?:^|[，,；;：:。(（、的])$/.test(before.slice(0, end - name.length));
    if (
      (kind === 'is' || kind === 'is-spoken') &&
      headLabel(name) === undefined &&
      !(opens && name.length <= 4 && !SIDE_OF.test(name))
    )
      continue;
    // `椎间融合器采用…`, `输液器以医用PVC为原料`: an implant or a device named by its shape, or one word names
    // whole, is no part.
    const label =
      headLabel(name) ?? (implantToolShape(name) || wholeDevice(name) ? 'Equipment' : 'Component');
    if (label === 'Material') continue;
    out.push({ from: end - name.length, to: end, label });
    const paired = pairedSubject(before.slice(0, end - name.length), headLabel);
    if (paired) out.push(paired);
  }
  return out;
};

/** `外壳和端盖一般采用…`: the other of a pair of subjects, right before the joiner, opening its clause. */
const PAIRED_SUBJECT =
  /(?:^|[，,；;：:。\n])((?:[^\P{Script=Han}的其则和与及是在为将对把这该由]|[A-Za-z0-9-]){2,6})(?:和|与|及|、)$/u;

/** The subject joined to the one read before `rest`'s end, when the pair opens the clause. */
const pairedSubject = (
  rest: string,
  headLabel: (name: string) => 'Equipment' | 'Component' | 'Material' | undefined,
): UseSubject | undefined => {
  const m = PAIRED_SUBJECT.exec(rest);
  const name = m?.[1];
  if (!m || !name || NOT_A_PART.test(name) || materialName(name)) return undefined;
  const label = headLabel(name) ?? (implantToolShape(name) ? 'Equipment' : 'Component');
  if (label === 'Material') return undefined;
  const to = rest.length - 1;
  return { from: to - name.length, to, label, paired: true };
};

/** `以钴铬合金作内冠`, `用复合材料制作宽频探头`: the thing the materials are made into, up to a break. */
const MADE_INTO = /^(?:作|制作|制成)([^\P{Script=Han}的和与及是为将把等了中]{2,6})(?=$|[，,。；;、(])/u;

/**
 * The parts said to be made of materials after them (`以M作A`): A is named as written, a part unless
 * its head says otherwise; a material, a class or a maker there is no part.
 */
export const readMadeInto = (
  s: string,
  headLabel: (name: string) => 'Equipment' | 'Component' | 'Material' | undefined,
): UseSubject[] => {
  const out: UseSubject[] = [];
  for (const m of s.matchAll(LEAD)) {
    const kind = LEADS[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
    // `以M作A`, `用M制作A`: what the materials are made into follows them.
    if (kind !== 'from-raw' && kind !== 'made-with') continue;
    const list = materialsFrom(s, m.index + m[0].length);
    if (list.length === 0) continue;
    const end = listEnd(s, list);
    const into = MADE_INTO.exec(s.slice(end));
    const name = into?.[1];
    if (!into || !name || NOT_A_PART.test(name) || materialName(name)) continue;
    const label = headLabel(name) ?? 'Component';
    if (label === 'Material') continue;
    const from = end + into[0].length - name.length;
    out.push({ from, to: from + name.length, label });
  }
  return out;
};

/** What a copula says of drugs, solutions, samples and methods (`涂层药物为紫杉醇`, `溶剂为乙醇`): no material. */
const NOT_OF_A_THING = /(?:药|药物|药品|剂|液|样本|标本|指标|项目|原理|方法|方式)$/;

/** Whether the words before a copula (`瓣叶为`) name a thing that may be made of a material. */
const copulaOfThing = (before: string): boolean => {
  const name = SUBJECT.exec(before.replace(HEDGES_BEFORE, ''))?.[0] ?? '';
  return name.length >= 2 && !NOT_A_PART.test(name) && !NOT_OF_A_THING.test(name) && !materialName(name);
};

/**
 * Materials named as the object of a use verb in the normalised sentence `s` (`采用M`, `材质为M`,
 * `由M和N混合制成`, `以M为原料`, `取自M`, `衬一层M`), whether or not the user is a known name.
 * `endsLine(i)` says that a line of the text as written ends before `s[i]` (the normalised text has no
 * breaks): a copula's material at a line's end ends its clause (`瓣叶为牛心包⏎研发支撑：…`).
 */
export const readMaterialUses = (s: string, endsLine: (i: number) => boolean = () => false): Range[] => {
  const out: Range[] = [];
  for (const m of s.matchAll(LEAD)) {
    const kind = LEADS[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
    if (!kind) continue;
    if ((kind === 'is' || kind === 'is-spoken') && !copulaOfThing(s.slice(0, m.index))) continue;
    const at = m.index + m[0].length;
    const line = lineFrom(s, at, endsLine);
    const list = materialsFrom(line, at);
    if (list.length === 0) continue;
    const after = line.slice(listEnd(line, list));
    if (!useCloses(kind, after) && !(kind === 'made-with' && spokenUse(s.slice(0, m.index), line, list)))
      continue;
    out.push(...list);
  }
  return out;
};
