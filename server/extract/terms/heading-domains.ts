// Domains from the headings of any plan's "key fields" sections: a short noun heading ending in a
// class noun (`1、医学影像设备。`, `（二）体外诊断产品`, `第一节 治疗设备`) over a body that names
// equipment is a field; so is a heading without a class noun (`## 医学影像`, `（一）医学影像领域`)
// among fields or under a heading of fields (`三、重点发展领域`).
import type { NodeId } from '../../../core/model/ids';
import { lowerBound } from '../lower-bound';
import type { Match } from '../matcher';
import { normalizeTerm } from '../normalize';
import type { DiscoveryConfig, Section } from '../types';
import { tagWords } from './segmenter';

export interface HeadingDomain {
  readonly section: number;
  readonly name: string;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The curated domain the heading names less its field word (`体外诊断馆`, `体外诊断领域`). */
  readonly known?: NodeId;
}

/** Class nouns that end a field's name. */
const DOMAIN_HEAD = /(?:装备|设备|器械|器具|产品|仪器|耗材)$/;
/** The robots a body names (`上肢康复机器人`), which make its heading a class of robots. */
const ROBOTS = /[\u4e00-\u9fff]{2,10}机器人/g;
/** A field's name: a few characters with no punctuation. */
const SHORT_NAME = /^[\u4e00-\u9fffA-Za-z0-9]{3,12}$/;
/**
 * A catalogue's category may join classes before its class noun (`10 输血、透析和体外循环器械`): the
 * catalogue's own division, so a field as written.
 */
const JOINED_NAME = /^[\u4e00-\u9fffA-Za-z0-9]{2,8}(?:[、和及与][\u4e00-\u9fffA-Za-z0-9]{2,10}){1,3}$/;
/** A field named without a class noun (`医学影像`): Chinese only, shorter. */
const BARE_NAME = /^[\u4e00-\u9fff]{2,8}$/;
/**
 * A class of products named by 类 (`1.血管介入类`, `（一）神经介入类`): what the products are for before
 * 类, never a grade or a count (`第三类`, `二类`, `甲类`, `其他类`) or a bare class noun (`耗材类`).
 */
const CLASS_TITLE = /^[\u4e00-\u9fff]{2,8}类$/;
const NOT_CLASS =
  /^(?:第|[一二三四五六七八九十两\d甲乙丙丁]|其他|其它|同|此|该|这|各|本|大|小|多|新)|^(?:医疗|医用)?(?:装备|设备|器械|耗材|产品|仪器|试剂|药品|材料|服务|工程|货物|项目|器材)类$/;
const isClassTitle = (t: string): boolean => CLASS_TITLE.test(t) && !NOT_CLASS.test(t);
/** A heading over classes of products (`（二）主要产品及用途`, `一、采购品种`, `3.2 细分产品类别`). */
const PRODUCTS_PARENT = /产品|品种|品类|品目|类别|分类|目录/;
/** A body that opens by listing its class's products (`手术床类产品包括A、B`, `主要产品为A和B`). */
const PRODUCTS_BODY = /^\s*[^。\n]{0,12}产品(?:主要)?(?:包括|包含|涵盖|有|为)/;
/** Names of things in the body: the field must name at least two. */
const THING =
  /装备|设备|仪|机|系统|器械|支架|导管|机器人|软件|装置|探头|探测器|试剂|材料|CT|MRI?|DR|PET|超声|[内腔窥]镜|假肢|假体|[人关]工关节|[螺骨]钉|接?骨板|缝合线|补片|球囊|敷料|结扎夹|人工晶[体状]|辅具|瓣膜|人工心脏|[\u4e00-\u9fff]器(?!械)/gi;
const SKIP_KINDS = new Set(['front', 'toc', 'title', 'box']);
/** A heading over fields (`三、重点发展领域`, `# 医疗器械重点领域`, `一、重点产品`, `一、支持方向`). */
const FIELDS_PARENT = /领域|重点产品|发展重点|(?:产品|重点|发展|支持|主攻|攻关)方向/;
/** Headings of context or measures, never fields (`（一）发展目标`, `## 保障措施`). */
const NOT_FIELD =
  /现状|形势|背景|需求|意义|基础|总体|总则|思想|原则|目标|愿景|思路|定位|布局|格局|市场|规模|概况|方向|范围|措施|任务|保障|机制|政策|环境|体系|能力|建设|工程|行动|专项|附则|说明|概述|前言|领域$|^(?:关键|核心|重点|主要)?(?:共性)?技术$/;

/** Verbs of building a field up, before its name (`培育壮大高端医学影像产业链`, `做强高端医学影像装备`). */
export const BUILD_UP = /^(?:培育|壮大|做强|做优|做大|做精|做实|打造|提升)+/;

/**
 * Verbs of a task a heading opens with before the field it works on (`（一）发展高端医学影像装备`,
 * `2.加快突破体外诊断设备`), and what it says it raises after the name (`提升体外诊断设备水平`,
 * `推动康复辅助器具创新发展`): the heading is a task of the plan and names the field of its body.
 */
const TASK_LEAD =
  /^(?:(?:大力|加快|加速|重点|着力|积极|全力|进一步|持续|全面|协同|聚力|集中)?(?:发展|突破|推动|推进|提升|提高|攻关|研发|研制|壮大|培育|做强|做优|做大|做精|打造|振兴|支持|强化|增强|促进|优化|夯实|拓展|扩大|布局|建设|补齐|补强|补足))+/;
const TASK_TAIL =
  /(?:的)?(?:创新发展|高质量发展|提质升级|迭代升级|升级换代|创新突破|发展|创新|突破|升级|产业化|攻关|研发|研制|供给|保障|能力|水平|质量|竞争力|产业集群|集群|产业链|产业|应用场景|应用示范|示范应用|应用|短板|弱项)+$/;
/** What a field's products do or its qualifier: a task's object without one is no field (`发展新型医疗装备`). */
const TASK_FIELD_STEM =
  /影像|诊断|治疗|康复|监护|介入|检验|检测|急救|救援|护理|植入|生命支持|手术|放疗|放射|透析|口腔|眼科|骨科|中医|养老|家用|家庭|可穿戴|保健|妇幼|体外|耗材|辅助|理疗|麻醉|重症|呼吸|病理|远程|高端|高性能|高值|智能|智慧|数字/;
/** The whole industry, with or without a qualifier: no field of it (`发展高端医疗装备` works on all). */
const TASK_WHOLE = /^(?:高端|先进|新型|创新)?(?:医疗|医用|医学|医药)?(?:装备|设备|器械|产品|耗材|仪器)$/;

/**
 * The field a task heading works on, as an offset and length in its (normalised) title: a verb of
 * the task before it or what the task raises after it, and a class phrase that says what its products
 * do (`发展高端医学影像装备` gives 高端医学影像装备 at 2). Undefined for a plain field heading
 * (`医学影像装备`, no task), the whole industry and anything without a class noun.
 */
export const taskField = (
  title: string,
  bare = false,
): { readonly at: number; readonly name: string } | undefined => {
  const t = title.replace(/[。.：:]+$/, '');
  const lead = TASK_LEAD.exec(t)?.[0].length ?? 0;
  const rest = t.slice(lead);
  const tail = TASK_TAIL.exec(rest)?.[0].length ?? 0;
  if (lead === 0 && tail === 0) return undefined;
  const name = rest.slice(0, rest.length - tail);
  // A bare name (`做大体外诊断产业`) is read only when asked: the caller checks that it is a field's name.
  if (
    bare ? !BARE_NAME.test(name) || DOMAIN_HEAD.test(name) : !SHORT_NAME.test(name) || !DOMAIN_HEAD.test(name)
  )
    return undefined;
  if (!/^[\u4e00-\u9fff]/.test(name)) return undefined;
  if (!TASK_FIELD_STEM.test(name) || TASK_WHOLE.test(name)) return undefined;
  return { at: lead, name };
};

/**
 * The field a heading names without the trailing 领域 (`医学影像设备领域`) or 板块 (`1）软性内窥镜板块。`,
 * a company's or a plan's segment), the chain an industrial-chain
 * map follows it by (`▌医学影像设备链`, `心血管介入耗材产业链`) or the hall an exhibition gives it
 * (`1.1H｜医学影像馆`, `体外诊断展区`).
 */
const fieldName = (title: string): string =>
  title.replace(
    /领域(?:的)?(?:重点|主要)?(?:发展)?(?:产品|方向)?$|(?:业务)?(?:板块|赛道)$|(?:产业)?链(?:条)?$|(?<=[\u4e00-\u9fff]{2})(?:展?馆|展区|专区)$/,
    '',
  );
/** A dash or a space parting a heading's name from what it says next (`高端医学影像设备——重点发展A`). */
const NAME_BREAK = /\s*(?:——|—|－－|\s)\s*/;

/**
 * Whether another heading of `s`'s parent and level is a field. Each group of siblings is read once:
 * a long plan has thousands of headings under one parent, and asking each heading about every other
 * one is quadratic.
 */
export const siblingField = (
  sections: readonly Section[],
  isField: (s: Section) => boolean,
): ((s: Section) => boolean) => {
  const field = new Map<Section, boolean>();
  const fieldOf = (s: Section): boolean => {
    let f = field.get(s);
    if (f === undefined) field.set(s, (f = isField(s)));
    return f;
  };
  const counts = new Map<string, number>();
  return (s) => {
    const key = `${s.parent}:${s.level}`;
    let n = counts.get(key);
    if (n === undefined) {
      n = 0;
      for (const x of sections) if (x.parent === s.parent && x.level === s.level && fieldOf(x)) n++;
      counts.set(key, n);
    }
    return n > (fieldOf(s) ? 1 : 0);
  };
};

/**
 * Whether a bare heading joins names that its body parts line by line (`▌骨科及康复链` over `骨科：A、B`
 * and `康复：C、D`): the heading groups two fields, it names none.
 */
const partedInBody = (title: string, body: string): boolean => {
  const parts = title.split(/[及与和、]/);
  const labels = body.split('\n').map((l) => l.replace(/^[\s\u3000]+/u, ''));
  return (
    parts.length > 1 &&
    parts.every((p) => p.length >= 2 && labels.some((l) => l.startsWith(`${p}：`) || l.startsWith(`${p}:`)))
  );
};

/** Headings that name a field of the plan, when no curated domain or other name resolves them. */
export const headingDomains = (
  text: string,
  sections: readonly Section[],
  known: (title: string) => NodeId | undefined,
  config: DiscoveryConfig,
): HeadingDomain[] => {
  const stops = new Set([...config.leadingVerbs, ...config.stopTerms]);
  /** The heading's name: up to a dash or a space that parts it from a clause (`X——重点发展A`). */
  const headOf = (s: Section): string => {
    const raw = s.title.trim();
    const cut = NAME_BREAK.exec(raw);
    return cut && cut.index >= 3 && /[\u4e00-\u9fff]/.test(raw.slice(cut.index + cut[0].length))
      ? raw.slice(0, cut.index)
      : raw;
  };
  const titleOf = (s: Section): string => normalizeTerm(headOf(s)).replace(/[。.：:]$/, '');
  const isField = (s: Section): boolean => {
    const t = fieldName(titleOf(s));
    return known(t)?.startsWith('domain:') === true || (SHORT_NAME.test(t) && DOMAIN_HEAD.test(t));
  };
  const fieldSibling = siblingField(sections, isField);
  // `1.血管介入类` beside `2.结构性心脏病类` under `（二）主要产品及用途` (or over `X类产品包括A、B`):
  // classes of products side by side, each over its products (not classes of measures, `（一）财政补助类`).
  const classSibling = siblingField(sections, (s) => isClassTitle(fieldName(titleOf(s))));
  const out: HeadingDomain[] = [];
  for (const s of sections) {
    // A catalogue's product class (`01 血液透析设备`) is a product of its category, never a field.
    if (SKIP_KINDS.has(s.kind) || s.catalogue === 'product') continue;
    const full = titleOf(s);
    // `（一）做强高端医学影像装备。`: a verb of building the field up is no part of its name.
    const title = fieldName(full).replace(BUILD_UP, '');
    const curatedField = known(title);
    // `2.1H｜体外诊断馆`: a curated field with its hall's (or 领域, 链) word names that field; the title as
    // written resolves to nothing.
    if (curatedField?.startsWith('domain:') === true && fieldName(full) !== full && !known(full)) {
      out.push({
        section: s.index,
        name: title,
        titleStart: s.titleStart,
        titleEnd: s.titleEnd,
        known: curatedField,
      });
      continue;
    }
    if (curatedField || stops.has(title)) continue;
    const parent = s.parent === null ? undefined : sections[s.parent];
    const classed =
      ((SHORT_NAME.test(title) || (s.catalogue === 'category' && JOINED_NAME.test(title))) &&
        DOMAIN_HEAD.test(title)) ||
      (isClassTitle(title) &&
        ((parent !== undefined && PRODUCTS_PARENT.test(normalizeTerm(parent.title))) ||
          PRODUCTS_BODY.test(text.slice(s.titleEnd, s.end))) &&
        classSibling(s));
    // Without a class noun a heading is a field only among fields or under a heading of fields.
    const amongFields =
      BARE_NAME.test(title) &&
      !NOT_FIELD.test(title) &&
      ((parent !== undefined && FIELDS_PARENT.test(normalizeTerm(parent.title))) || fieldSibling(s));
    // `（二）康复机器人` over `重点发展上肢康复机器人、下肢外骨骼机器人`: robots are a class when the body
    // names two robots or more besides the title's own name.
    const robots =
      (SHORT_NAME.test(title) || JOINED_NAME.test(title)) &&
      title.endsWith('机器人') &&
      new Set((text.slice(s.titleEnd, s.end).match(ROBOTS) ?? []).filter((r) => !r.endsWith(title))).size >=
        2;
    if (!classed && !amongFields && !robots) continue;
    // `发展应急医疗装备` is a measure, `治疗设备` a field: only a leading verb of the plans' own list tells.
    // A bare name has no class noun to vouch for it: any verb first (`引领发展四类服务`) is a task. A
    // verbal noun first is one only as a task's verb (`发展服务`); as a thing it names a business
    // (`（三）生命信息与支持` among 医学影像 and 体外诊断, a company's segments).
    const first = tagWords(title)[0];
    const verbFirst = first?.tag.startsWith('v') === true && (first.tag !== 'vn' || TASK_LEAD.test(title));
    if (!first || stops.has(first.word) || (!classed && verbFirst)) continue;
    // What follows the name on its line is its body too (`X——重点发展A、B`).
    const body = text.slice(s.titleStart + headOf(s).length, s.end);
    if (!classed && partedInBody(title, body)) continue;
    // Under a heading of fields one thing named is enough (`（二）体外诊断设备。重点发展A。`).
    const underFields = parent !== undefined && FIELDS_PARENT.test(normalizeTerm(parent.title));
    if ((body.match(THING) ?? []).length < (classed && underFields ? 1 : 2)) continue;
    const titleEnd = s.titleStart + (text.slice(s.titleStart, s.titleEnd).lastIndexOf(title.slice(-1)) + 1);
    const titleStart = s.titleStart + fieldName(full).length - title.length;
    out.push({ section: s.index, name: title, titleStart, titleEnd });
  }
  return out;
};

/**
 * `5.1H｜智慧医疗与可穿戴馆`: the one lexicon match inside a heading's title when it is a curated field
 * joined (与, 和, 及) with a name of no curated term, as one whole side of the title: a piece of the
 * field's name. Undefined when the title holds no match, another curated name or more than one
 * (`提升体外诊断设备水平`, two curated fields joined): such a title is no field of its own.
 * `matches` are disjoint and sorted, `ends` their ends in the same order.
 */
export const joinedCuratedField = <M extends Match>(
  text: string,
  matches: readonly M[],
  ends: readonly number[],
  from: number,
  to: number,
): M | undefined => {
  const at = lowerBound(ends, from + 1);
  const m = matches[at];
  if (!m || m.from >= to || (matches[at + 1]?.from ?? to) < to) return undefined;
  if (!m.nodeId.startsWith('domain:') || m.from < from || m.to > to) return undefined;
  const joinedAfter = m.from === from && /^[与和及][\u4e00-\u9fff]{2,8}$/.test(text.slice(m.to, to));
  const joinedBefore = m.to === to && /^[\u4e00-\u9fff]{2,8}[与和及]$/.test(text.slice(from, m.from));
  return joinedAfter || joinedBefore ? m : undefined;
};
