// Fields named by headings that the first heading reading (terms/heading-domains.ts) leaves aside:
// a heading that calls itself a field (`（二）手术机器人领域。`), a class heading among fields that holds
// a shorter name (`2.体外诊断装备。` holds 体外诊断, `1.生化免疫分析设备。` holds the alias 生化,
// `（三）治疗与康复装备。` holds 康复装备) or is a curated class name (`1.放射治疗装备。` under
// （二）治疗装备), and each class of a heading that joins two (`第三节 医用耗材与生物医用材料`). Pure.
import { lowerBound } from '../lower-bound';
import { normalizeTerm } from '../normalize';
import type { PlanModel } from '../plan-model';
import { titleResolver } from '../plan-model';
import { sentenceAt } from '../sentences';
import { writtenText } from '../terms/read-terms';
import { tagWords } from '../terms/segmenter';
import type { Curated, Section } from '../types';
import type { NodeId } from '../../../core/model/ids';
import { BUILD_UP, siblingField, taskField } from '../terms/heading-domains';
import { SPECIALTY } from './domain-fields';

/** A field a heading names: its span is the name inside the heading line. */
export interface HeadingField {
  readonly section: number;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** The curated Domain the heading names (`专栏2 治疗装备重点发展方向`), when it names one. */
  readonly known?: NodeId;
}

/** Class nouns that end a field's name. */
const CLASS_END = /(?:装备|设备|器械|器具|产品|仪器|耗材)$/;
/** A field's name: a few characters with no punctuation. */
const SHORT_NAME = /^[\u4e00-\u9fffa-z0-9]{3,12}$/;
/** Names of things in a section's body: a field's section names at least two. */
const THING =
  /装备|设备|仪|机|系统|器械|支架|导管|机器人|软件|装置|探头|探测器|试剂|材料|CT|MRI?|DR|PET|超声|[内腔窥]镜|假肢|假体|[人关]工关节|[螺骨]钉|接?骨板|缝合线|补片|球囊|敷料|结扎夹|人工晶[体状]|辅具|起搏器|瓣膜|人工心脏|耳蜗|刺激器|植入物|[\u4e00-\u9fff]器(?!械)/gi;
/**
 * A review's section on what its subject is used in (`可降解材料在心血管器械中的应用`, `在骨科领域的应用`,
 * `心血管领域的应用进展`): the class or field, as group 1, ends the heading before 中的应用.
 */
const APPLIED =
  /(?:^|在)((?:(?!在)[\u4e00-\u9fff]){2,10}?(?:领域)?)(?:中|上|内|方面)?的?(?:临床)?(?:应用|研究)(?:进展|现状|研究)?$/;
/**
 * A field's heading says it is one (`体外诊断领域`, a segment's `软性内窥镜板块`) or names its chain
 * (`医学影像设备链`, `…产业链`).
 */
const CHAIN_OR_FIELD = /领域$|(?:业务)?板块$|(?:产业)?链(?:条)?$/;
/** A heading over fields (`三、重点发展领域`, `第二章 重点方向`, `一、重点产品`, `一、支持方向`). */
const FIELDS_PARENT = /领域|重点产品|发展重点|(?:产品|重点|发展|支持|主攻|攻关)方向/;
/**
 * A heading that calls itself a field (`（一）高端医学影像领域。`, `1）软性内窥镜板块。`), unless it is a
 * heading of fields.
 */
const FIELD_WORD = /^(.{2,12}?)(?:领域|(?:业务)?板块)$/;
/** Headings of fields or of context, never one field (`重点领域`, `应用领域`). */
const NOT_ONE_FIELD =
  /^(?:重点|主要|重点发展|发展|优势|新兴|应用|相关|其他|关键|各|各个|若干|[一二三四五六七八九十\d]+大?个?)$/;
const SKIP_KINDS = new Set(['front', 'toc', 'title', 'box']);
/** Two kinds of things joined under one heading (`微创介入与手术机器人`), the last a class or robots. */
const JOINED_FIELD =
  /^[\u4e00-\u9fff]{2,6}(?:与|和|及)[\u4e00-\u9fff]{2,8}(?:装备|设备|器械|产品|仪器|耗材|机器人)$/;
/** Robots and aids named by what they are for (`手术机器人`, `康复辅具`): a class as a class noun's phrase is. */
const FRAMED_CLASS = /^[\u4e00-\u9fff]{2,6}(?:机器人|辅具|器具)$/;
/**
 * A class joined with a bare class noun, no stem of its own (`植介入器械及材料`, `体外循环设备及耗材`,
 * `体外诊断仪器及试剂`): the joint widens one field, it does not name two.
 */
const WITH_BARE_CLASS =
  /^[\u4e00-\u9fff]{2,8}(?:装备|设备|器械|产品|仪器|耗材|材料)(?:及|与|和)(?:材料|耗材|试剂|配件|附件|敷料)$/;
/** The joints of a heading that names two classes (`医用耗材与生物医用材料`). */
const JOINT = /与|和|及/g;
/**
 * A 专栏 box's title: a field, then what the box lists of it (`诊断检验装备发展重点`,
 * `治疗装备重点发展方向`, `医学影像装备`, `医学影像设备创新工程`). Not a box of use (`…应用示范工程`) or
 * of tasks.
 */
const BOX_FIELD =
  /^(.{3,12}?)((?:重点)?(?:创新)?(?:发展|攻关|突破)?(?:重点|方向|领域|产品|任务)|领域|产业链|(?:创新|攻关|研发|研制|产业化)(?:发展)?(?:工程|行动|专项))?$/;
/** What a bare field's name says its products do (`专栏2 高端医学影像重点发展方向`). */
const BARE_FIELD = /^[\u4e00-\u9fff]{3,8}$/;
const BARE_STEM = /影像|诊断|治疗|康复|监护|介入|检验|急救|护理|植入|生命支持/;
/** A bare name of a trade, a service or a capacity, not of a field of products (`诊断技术`). */
const BARE_NOT = /(?:技术|服务|应用|能力|水平|体系|产业|行业|企业|工作|环节|平台|基地|模式)$/;
/** The whole industry, no field of it. */
const WHOLE_INDUSTRY = /^(?:医疗|医用|医学|医药)?(?:装备|设备|器械|产品|耗材|仪器)$/;

/**
 * Fields named by headings that no other reading resolved. A heading among fields (a sibling or its
 * parent names a field, or the parent is a heading of fields) over a body naming at least two things
 * is a field when it is a short name ending in a class noun, whatever names lie inside it (放射治疗装备
 * is curated equipment; as a heading over four devices it is their field); a longer heading joining
 * two names gives each conjunct that ends in a class noun and is no curated name of another label.
 */
export const headingFields = (model: PlanModel, curated: Curated): HeadingField[] => {
  const resolve = titleResolver(curated);
  const labelOf = new Map(curated.lexicon.map((e) => [e.id, e.label] as const));
  const verbs = new Set([...curated.discovery.leadingVerbs, ...curated.discovery.stopTerms]);
  const { norm, sections } = model;
  const boxField = (s: Section): HeadingField | undefined => boxFieldOf(model, s, resolve, labelOf, verbs);
  // `（三）体外诊断领域。`, `▌体外诊断链`: what the heading calls the field or the chain of it is no part of its name.
  const clean = (s: Section): string =>
    normalizeTerm(s.title)
      .replace(/[。.：:]$/, '')
      .replace(CHAIN_OR_FIELD, '');
  const isField = (s: Section): boolean => {
    if (model.headingDomains.has(s.index)) return true;
    const id = resolve(clean(s));
    return id !== undefined && labelOf.get(id) === 'Domain';
  };
  const fieldSibling = siblingField(sections, isField);
  const amongFields = (s: Section): boolean => {
    const parent = s.parent === null ? undefined : sections[s.parent];
    if (parent && (isField(parent) || FIELDS_PARENT.test(normalizeTerm(parent.title)))) return true;
    return fieldSibling(s);
  };
  const out: HeadingField[] = [];
  for (const s of sections) {
    if (s.kind === 'box') {
      const box = boxField(s);
      if (box) out.push(box);
      continue;
    }
    if (SKIP_KINDS.has(s.kind) || s.catalogue === 'product') continue;
    let from = lowerBound(norm.starts, s.titleStart);
    const to = lowerBound(norm.starts, s.titleEnd);
    if (isField(s)) {
      // `（三）体外诊断领域。`: a curated field that its heading calls a field holds its section's equipment.
      const id = model.headingDomains.has(s.index) || resolve(s.title) ? undefined : resolve(clean(s));
      const length = clean(s).length;
      if (id && labelOf.get(id) === 'Domain' && norm.text.startsWith(clean(s), from)) {
        const start = norm.starts[from] ?? s.titleStart;
        out.push({
          section: s.index,
          name: writtenText(model.text, norm, from, from + length),
          start,
          end: norm.ends[from + length - 1] ?? s.titleEnd,
          sentence: sentenceAt(model.sentences, start),
          known: id,
        });
      }
      continue;
    }
    const task = taskFieldAt(model, s, from, to, resolve, labelOf);
    if (task) {
      out.push(task);
      continue;
    }
    // `（一）做强高端医学影像装备。`: a verb of building the field up is no part of its name.
    from += BUILD_UP.exec(norm.text.slice(from, to))?.[0].length ?? 0;
    // `## 2 可降解材料在心血管器械中的应用`, `三、在骨科领域的应用`: a review's section on what its
    // subject is used in names that class; its body names the devices.
    const use = APPLIED.exec(norm.text.slice(from, to).replace(/[。.：:]+$/, ''));
    if (use?.[1]) from += use.index + (use[0].startsWith('在') ? 1 : 0);
    const title = use?.[1] ?? norm.text.slice(from, to).replace(/[。.：:]+$/, '');
    const name = title.replace(CHAIN_OR_FIELD, '');
    // `（二）手术机器人领域。`: the heading says it names a field, whatever the name's own kind.
    const called = FIELD_WORD.exec(title)?.[1];
    const fieldWord =
      (called !== undefined && !NOT_ONE_FIELD.test(called) && /^[\u4e00-\u9fffa-z0-9]+$/.test(called)) ||
      (use !== null &&
        /^[\u4e00-\u9fff]+$/.test(name) &&
        (SPECIALTY.test(name) || (CLASS_END.test(name) && name.length >= 4)) &&
        [resolve(name)].every((id) => id === undefined || labelOf.get(id) === 'Domain'));
    if (name.length < (fieldWord ? 2 : 3) || !(fieldWord || amongFields(s))) continue;
    const body = model.text.slice(s.titleEnd, s.end);
    // Under a heading of fields a class heading over one thing is a field (`（二）体外诊断设备。重点发展A。`).
    const parent = s.parent === null ? undefined : sections[s.parent];
    const underFields =
      parent !== undefined && FIELDS_PARENT.test(normalizeTerm(parent.title)) && CLASS_END.test(name);
    if ((body.match(THING) ?? []).length < (underFields ? 1 : 2)) continue;
    const spans: [number, number][] = [];
    if (fieldWord) spans.push([0, name.length]);
    else if (SHORT_NAME.test(name) && CLASS_END.test(name)) {
      // The first reading left it aside for a name inside it or for its curated label: among fields
      // over things, a class heading names their field.
      spans.push([0, name.length]);
    } else if (s.catalogue === 'category' && SHORT_NAME.test(name)) {
      // `06-14 医用内窥镜` over `01 电子内窥镜`: a catalogue's category is its own division of products,
      // a field whatever its name ends in or the lexicon calls it.
      spans.push([0, name.length]);
    } else if (FRAMED_CLASS.test(name) && !(parent && isField(parent))) {
      // `（三）手术机器人。发展腹腔镜和骨科手术机器人`: robots or aids named by what they are for, as a
      // heading beside fields over things, are a field as a class heading is; under a field
      // (`（二）治疗装备 > 1.手术机器人`) they are a kind of its things, which stay the outer field's.
      spans.push([0, name.length]);
    } else if (WITH_BARE_CLASS.test(name)) {
      // `3. 植介入器械及材料`, `体外诊断仪器及试剂`: a class joined with a bare class noun names one field.
      spans.push([0, name.length]);
    } else if (/^[\u4e00-\u9fff与和及]{5,16}$/.test(name)) {
      let k = 0;
      for (const m of [...name.matchAll(JOINT), { index: name.length, 0: '' }]) {
        const part = name.slice(k, m.index);
        const id = resolve(part);
        if (CLASS_END.test(part) && part.length >= 3 && (id === undefined || labelOf.get(id) === 'Domain'))
          spans.push([k, m.index]);
        k = m.index + m[0].length;
      }
      // `（二）微创介入与手术机器人。`: no conjunct is a class of its own, the pair names one field.
      if (spans.length === 0 && JOINED_FIELD.test(name)) spans.push([0, name.length]);
    }
    for (const [a, b] of spans) {
      const part = name.slice(a, b);
      const first = tagWords(part)[0];
      // `发展应急医疗装备` is a task, not a field.
      if (!first || verbs.has(first.word) || verbs.has(part)) continue;
      const start = norm.starts[from + a] ?? s.titleStart;
      const end = norm.ends[from + b - 1] ?? s.titleEnd;
      out.push({
        section: s.index,
        name: writtenText(model.text, norm, from + a, from + b),
        start,
        end,
        sentence: sentenceAt(model.sentences, start),
      });
      // A heading gives one field to its section: the first class it names.
      break;
    }
  }
  return out;
};

/**
 * The field of a task heading (`（一）发展高端医学影像装备。重点突破A、B`, `2.提升体外诊断设备水平`) over a
 * body naming two things at least: the heading stays a task (a measure, `rules/measures.ts`) and its
 * field holds the equipment of its section. A curated name of another label (`发展放射治疗设备`) is
 * what the lexicon says, no field.
 */
const taskFieldAt = (
  model: PlanModel,
  s: Section,
  from: number,
  to: number,
  resolve: (title: string) => NodeId | undefined,
  labelOf: ReadonlyMap<NodeId, string>,
): HeadingField | undefined => {
  const { norm } = model;
  const classed = taskField(norm.text.slice(from, to));
  // `（二）做大体外诊断产业。`: a task on a field the lexicon names, without a class noun.
  const bare = classed ? undefined : taskField(norm.text.slice(from, to), true);
  const task = classed ?? bare;
  if (!task) return undefined;
  const id = resolve(task.name);
  if (id !== undefined && labelOf.get(id) !== 'Domain') return undefined;
  if (bare && id === undefined) return undefined;
  if ((model.text.slice(s.titleEnd, s.end).match(THING) ?? []).length < 2) return undefined;
  const a = from + task.at;
  const b = a + task.name.length;
  const start = norm.starts[a] ?? s.titleStart;
  return {
    section: s.index,
    name: writtenText(model.text, norm, a, b),
    start,
    end: norm.ends[b - 1] ?? s.titleEnd,
    sentence: sentenceAt(model.sentences, start),
    ...(id ? { known: id } : {}),
  };
};

/**
 * The field a 专栏 box's title names, over a body naming two things at least: a curated Domain
 * (`专栏3 监护与生命支持装备发展重点`) or a short class phrase that is not the whole industry
 * (`专栏1 医学影像装备`); the equipment of the box is in it, unless an inner heading names another.
 */
const boxFieldOf = (
  model: PlanModel,
  s: Section,
  resolve: (title: string) => NodeId | undefined,
  labelOf: ReadonlyMap<NodeId, string>,
  verbs: ReadonlySet<string>,
): HeadingField | undefined => {
  const { norm } = model;
  const from = lowerBound(norm.starts, s.titleStart);
  const to = lowerBound(norm.starts, s.titleEnd);
  const title = norm.text.slice(from, to).replace(/[。.：:\s]+$/, '');
  const boxed = BOX_FIELD.exec(title);
  const name = boxed?.[1];
  if (!name || !/^[\u4e00-\u9fffa-z0-9]+$/.test(name)) return undefined;
  const id = resolve(name);
  const known = id !== undefined && labelOf.get(id) === 'Domain' ? id : undefined;
  // Without a class noun, the title says it names a field (`高端医学影像重点发展方向`) and what its
  // products do.
  const bare =
    boxed?.[2] !== undefined && BARE_FIELD.test(name) && BARE_STEM.test(name) && !BARE_NOT.test(name);
  if (
    !known &&
    (id !== undefined ||
      !SHORT_NAME.test(name) ||
      !(CLASS_END.test(name) || bare) ||
      WHOLE_INDUSTRY.test(name))
  )
    return undefined;
  const first = tagWords(name)[0];
  if (!first || verbs.has(first.word) || verbs.has(name)) return undefined;
  // The box's body runs over the sections inside it (`1.光子计数CT` items close it early).
  const inside = (x: Section): boolean => {
    for (let p = x.parent; p !== null; p = model.sections[p]?.parent ?? null) if (p === s.index) return true;
    return false;
  };
  const bodyEnd = Math.max(s.end, ...model.sections.filter(inside).map((x) => x.end));
  if ((model.text.slice(s.titleEnd, bodyEnd).match(THING) ?? []).length < 2) return undefined;
  const start = norm.starts[from] ?? s.titleStart;
  const end = norm.ends[from + name.length - 1] ?? s.titleEnd;
  return {
    section: s.index,
    name: writtenText(model.text, norm, from, from + name.length),
    start,
    end,
    sentence: sentenceAt(model.sentences, start),
    ...(known ? { known } : {}),
  };
};
