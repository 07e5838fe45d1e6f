// Fields (Domains) named in running text, not only by headings: the class phrase after 等 that
// closes a list (`影像设备、医用机器人等高性能诊疗设备`), a qualified class of the whole industry
// (`智能医疗装备`, `高值医用耗材`), the members of a list of fields (`…、有源植介入器械等重点发展领域`)
// and X of `在X领域，重点发展A、B`. Pure; offsets are those of the plan's text.
import type { NodeId } from '../../../core/model/ids';
import { discoveredId } from '../node-ids';
import { normalizeTerm } from '../normalize';
import type { NodeLabel } from '../../../core/model/graph-model';
import type { PlanModel } from '../plan-model';
import { BUILD_UP } from '../terms/heading-domains';
import { holdsAcquisition, namesFirmBusiness } from '../terms/noise';
import { writtenText } from '../terms/read-terms';
import { tagWords as segment, type Word } from '../terms/segmenter';
import type { Curated, Occurrence } from '../types';
import { lowerBound } from '../lower-bound';
import { someOverlapping, someWithin } from '../occurrence-index';
import { sentenceAt } from '../sentences';
import { CLASS_COLUMN, fieldRows, ITEM_COLUMN } from './domain-columns';
import { BARE_COUNTED_ORDINAL, COUNTED_ORDINAL, ORDINAL_DIGIT } from './ordinals';
import { columnTables, occurrenceFinder, tableRows } from './domain-tables';
import { PRODUCT_POINTER } from './supply-headed';

/** Events that select products (`获批产品`, `中标设备`, `入选产品`): what they select is no field. */
const EVENT_LEAD = /^(?:获批|获准|批准|上市|注册|中标|采购|申报|入选|新增|拟)/;
/**
 * The product of an approval's or a registration's entry pointed at as a clause's subject, after a field's
 * label at most (`创新点：该产品`, `本产品`).
 */
export const POINTED_PRODUCT = new RegExp(`^(?:[^，,。；;：:]{1,8}[：:])?${PRODUCT_POINTER}$`);
/** The segmenter, remembered per string: the same short phrases are segmented again and again. */
const segmented = new Map<string, Word[]>();
const tagWords = (s: string): Word[] => {
  let words = segmented.get(s);
  if (!words) {
    if (segmented.size > 20_000) segmented.clear();
    words = segment(s);
    segmented.set(s, words);
  }
  return words;
};

export type FieldRule =
  | 'text:field-apposition'
  | 'text:field-class'
  | 'text:field-list'
  | 'text:field-word'
  | 'text:field-coordinated'
  | 'text:field-industry'
  | 'text:field-qualified'
  | 'text:field-table'
  | 'heading:domain';

/** How sure each reading is that the phrase names a field (props.confidence before repetition). */
export const FIELD_CONFIDENCE: Readonly<Record<FieldRule, number>> = {
  // `A、B等X`: the plan says A and B are kinds of X, and X is a qualified class or a field's stem.
  'text:field-apposition': 0.8,
  // `医学影像诊断类、放射治疗类产品`: 类 names a category of products.
  'text:field-class': 0.8,
  // A member of `A、B等重点发展领域` or of `领域共有六个：A、B`: the plan calls it a field.
  'text:field-list': 0.75,
  // X of `X领域` followed by the equipment of that field.
  'text:field-word': 0.75,
  // A class of products listed with a field (`植介入产品、康复产品和高性能体外诊断产品`) or before
  // 等 + a bare class (`口腔器材、康复医疗器械、医用导管等医疗器械`).
  'text:field-coordinated': 0.7,
  // `着力发展医学影像诊断装备产业`: the industry of a diagnostic or therapeutic class.
  'text:field-industry': 0.7,
  // 高性能医疗器械 alone: a field qualifier before the name of the whole industry.
  'text:field-qualified': 0.7,
  // The first cell of a table row whose other cells name equipment (`| 医学影像设备 | CT、MR |`).
  'text:field-table': 0.75,
  // A heading among fields that holds a field's name or joins two classes (rules/domain-headings.ts).
  'heading:domain': 0.8,
};

export interface FieldFinding {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly rule: FieldRule;
  /** The Domain already known under this phrase (curated, a heading's field, or qualified: 传统保健康复装备). */
  readonly known?: NodeId;
  /** The class noun a bare member was completed with (`高端医学影像` of `等系列产品`). */
  readonly completedFrom?: string;
  /** A short reference to a field named before (`在影像领域` after `高端医学影像…等系列产品`): a mention of `known`. */
  readonly refers?: boolean;
}

/** `A、B等X` with X a field: the members run over [listStart, listEnd) (the clause up to 等). */
export interface Apposition {
  readonly field: FieldFinding;
  readonly listStart: number;
  readonly listEnd: number;
}

const CLASS_NOUN = /^(.*?)(装备|设备|器械|耗材|产品|仪器|器材)$/;
/**
 * What a class of products is for: with a class noun, a field (`治疗设备`, `诊断器械`). Not 影像,
 * 检测 or 手术: `影像设备`, `检测设备` and `手术设备` name devices as often as fields.
 */
const FUNCTIONS = ['诊断', '治疗', '诊疗', '康复', '监护', '检验', '辅助', '护理', '急救', '保健'];
/** The industry's own words: a prefix before them narrows the industry to a field (`康复医疗器械`). */
const INDUSTRY = /^(.{2,8}?)(?:医疗器械|医疗设备|医疗装备|医用设备|医用耗材)$/;
/**
 * A qualified class of materials for medicine (`新型生物材料`, `先进医用材料`): a field when the text lists
 * materials as its examples. Without a qualifier (`生物医用材料`) it stays the curated material class.
 */
const MATERIAL_CLASS = /^(?:新型|先进|高端|高性能)(?:生物医用|生物|医用)材料$/;
/** What a class after 等 may be for, to be a field without a qualifier (`医学影像设备`, `体外诊断设备`). */
const HEAD_STEMS = /影像|诊断|治疗|康复|监护|介入|检验|急救|护理|植入|调控/;
/** Words that say nothing of what a class is (`创新产品`, `重大产品`). */
const VAGUE = [
  '创新',
  '重大',
  '重点',
  '关键',
  '相关',
  '主要',
  '优质',
  '先进',
  '新',
  '高质量',
  '自主',
  '国产',
  // A place in the chain or a relation says nothing of what the class is (`中游产品`, `配套设备`).
  '上游',
  '中游',
  '下游',
  '配套',
  '其他',
  '其它',
];
/** The bare class after 等 that leaves its members to say what they are (`等产品`, `等医疗器械`). */
const BARE_HEAD =
  /^(?:医疗器械|医疗设备|医疗装备|产品|设备|器械|装备)(?![\u4e00-\u9fff]?(?:设备|装备|器械|产品))/;
/** What a class of the whole industry may be for or used in: with the industry's name, a field. */
const USES = ['康复', '诊断', '治疗', '监护', '急救', '护理', '家用', '家庭', '可穿戴'];
/** `康复医疗器械`, `家用医疗设备`: a use before the name of the whole industry. */
const FUNCTION_INDUSTRY = new RegExp(
  `(${USES.join('|')})(医疗器械|医疗设备|医疗装备|医用设备)(?!产业|行业|企业|市场)`,
  'g',
);
const FUNCTION_INDUSTRY_NAME = new RegExp(`^(?:${FUNCTION_INDUSTRY.source})$`);
const FUNCTION_INDUSTRY_END = new RegExp(`(?:${FUNCTION_INDUSTRY.source})$`);
/** The left conjunct of `家用及康复医疗器械`. */
const LEFT_USE = new RegExp(`(${USES.join('|')})(?:及|和|与|、)$`);
/** Qualifiers that make a class of the whole industry a field (高端医疗装备, 高值医用耗材). */
const QUALIFIERS = ['高性能', '高端', '高值', '智能化', '智能', '智慧', '数字化', '移动'];
/** After 等 the plan states the class outright, so vaguer qualifiers also make a field. */
const HEAD_QUALIFIERS = [...QUALIFIERS, '新一代', '新型', '中高端', '中端'];
/** The whole industry under a class noun: a field only with a qualifier. */
const GENERIC = ['医疗健康', '生物医用', '医疗', '医用', '诊疗', '医学', '健康', '卫生'];
const STANDALONE = new RegExp(
  `(?:${QUALIFIERS.join('|')})+(?:${GENERIC.join('|')})(?:装备|设备|器械|耗材|产品)|高值耗材`,
  'g',
);
/** A bare class after 等, with a word of kind or number (`等系列产品`, `等各类产品`, `等产品`). */
const SERIES_HEAD =
  /^(?:系列|各类|各种|多种|几类)?(产品|装备|设备|器械)(?![\u4e00-\u9fff]?(?:设备|装备|器械|产品|产业|行业|企业|市场))/;
/** A count of fields closing their list (`三大领域`, `4个重点领域`, `四大板块`). */
const COUNTED_FIELDS =
  /[一二三四五六七八九十两\d]+(?:大|个|类)(?:重点|细分|主要|优势)?(?:发展)?(?:领域|方向|板块|赛道|产业链|产业(?![园区链基])|类别)|[一二三四五六七八九十两\d]+条(?:重点|细分|主要|优势)?(?:子链|产业链)|[一二三四五六七八九十两\d]+(?:大)?类(?:设备|装备|产品|器械)|[一二三四五六七八九十两\d]+大类(?![\u4e00-\u9fff])/g;
/** The number a count of fields opens with (`四个领域` is 4, `3大领域` is 3). */
const countOf = (count: string): number | undefined => {
  const digits = /^\d+/.exec(count);
  if (digits) return Number(digits[0]);
  const k = '一二三四五六七八九十'.indexOf(count[0] ?? '');
  if (count.startsWith('两')) return 2;
  return k === -1 || /^十[一二三四五六七八九]/.test(count) ? undefined : k + 1;
};
/** A field word closing a phrase (`高端医学影像方向`, `…板块`): the phrase is no name of its own. */
const FIELD_WORD_END = /(?:领域|方面|方向|板块|赛道|产业链|范畴)$/;
/** Quotes around a field's name (`「醫學影像」`, `“医学影像”`). */
const QUOTE_OPEN = /[「『“‘"]/;
const QUOTE_CLOSE = /[」』”’"]/;
/** A count opening a phrase (`三大类设备`, `4类产品`). */
const COUNT_START = /^[一二三四五六七八九十两几多\d]+(?:大|个|种)?类/;
/** A count closing a list before 领域 or 方向 (`康复辅具三个`): the list's, not a field's name. */
const COUNT_END = /[一二三四五六七八九十两\d]+(?:大|个|类)(?:重点|细分|主要|优势)?(?:发展)?$/;
/**
 * An ordinal opening a sentence or the list after its colon, and the class phrase after it, up to a
 * clause break (`一是医学影像装备，`, `部署了三方面任务：一是手术治疗装备，`); a counted class too (`第一类是X，`,
 * `第一類為X，`; not a grade of regulation, `第二类医疗器械`), and a speaker's count of parts (`第三块是X，`,
 * `第二个方面是X，`).
 */
const ORDINAL_FIELD = new RegExp(
  `(?:^|[：:；;])(?:${ORDINAL_DIGIT}是|其${ORDINAL_DIGIT}[，,：:、]?|第${ORDINAL_DIGIT}[，,：:、]|${COUNTED_ORDINAL})` +
    String.raw`在?([\u4e00-\u9fffa-z0-9]{2,12}?(?:装备|设备|器械|耗材|产品|仪器|器材))(?:领域|方面)?(?=[，,：:。；;]|$)`,
  'dg',
);
/**
 * What opens the examples of a class right after it (normalised text): `，如`, `，包括`, `，主要有`, a
 * bracket (`家用医疗器械（电子血压计、血糖仪）`), or 如 right after a class noun (`高端医疗器械如A、B`).
 * Not 如果, 如期, 如何 and the like.
 */
export const EXAMPLES_OPEN =
  /[，,](?:例如|比如|诸如|譬如|如(?![果期何实此下今同上])|主要包括|包括|主要有)|[（(](?!又称|又名|也称|亦称|俗称|简称|或称|又叫|也叫)(?:例如|比如|如(?![果期何实此下今同上])|包括)?(?=[\u4e00-\u9fffa-z0-9])|(?<=装备|设备|器械|耗材|产品|器材)(?:例如|比如|诸如|如(?![果期何实此下今同上能若需有要]))(?=[\u4e00-\u9fffa-z0-9])/g;
/**
 * An ordinal and a name without a class noun before a comma, a colon or the end of its sentence
 * (`一是高端医学影像，`, `三是手术机器人。重点发展A、B`).
 */
const ORDINAL_BARE_FIELD = new RegExp(
  `(?:^|[：:；;])(?:${ORDINAL_DIGIT}是|其${ORDINAL_DIGIT}|${COUNTED_ORDINAL}|${BARE_COUNTED_ORDINAL})` +
    String.raw`在?([\u4e00-\u9fff]{3,8}?)(?:领域|方面)?(?=[，,：:。]|$)`,
  'dg',
);
/** `，和A、B放在一类`: the things a clause puts in one class with those before it (normalised text). */
const SAME_CLASS =
  /^[，,](?:和|与|跟|同)([^，,。；;]{2,40}?)(?:放在|归为|归入|划为|划入|同属|同为|属于同)一类/;
/** `以A、B为代表的X`: the members between 以 and 为代表的, within one clause (normalised text). */
const REPRESENTED_TAIL = '为代表的';
const REPRESENTED = new RegExp(`以[^，,。；;：:]{2,60}?${REPRESENTED_TAIL}`, 'g');
/** `像A、B这样的X`, `诸如A、B之类的X`: the members between the opener and the closer, in one clause. */
const LIKE_THESE = /(?:像|诸如)([^，,。；;：:]{2,40}?)(?:这样|这些|这类|一类|之类)的?/g;
/**
 * `A、B、C这类X`, `A和B这些X`: a list pointed back to by a demonstrative before its class, without an
 * opener (the list is the members the clause holds before it).
 */
const THESE_CLASS = /(?:这类|这些|此类|这几类|这一类)的?/g;
/** Words before 方向 that make it a direction of work, not of a field (`发展方向`, `主攻方向`). */
const DIRECTION_OF = /(?:发展|主攻|重点|主要|攻关|支持|创新|技术|研究|努力|前进|的)$/;
/** An ordinal before a class phrase (`二是`, `其三`, `第四，`), not part of its name. */
const ORDINAL_LEAD = new RegExp(
  `^(?:${ORDINAL_DIGIT}是|其${ORDINAL_DIGIT}|${COUNTED_ORDINAL}|第${ORDINAL_DIGIT})`,
);
/** A counted ordinal anywhere in a name's span (`…第三块是X`): the name starts after it. */
const COUNTED_ORDINAL_ANYWHERE = new RegExp(COUNTED_ORDINAL);
/** What a class holds, after its name (`主要有`, `涉及`, `以A、B为主`), normalised text. */
const HOLDS_LEAD = /^(?:则|还|也)?(?:以[^，,。；;]{2,40}?为主(?!要)|涉及|主要有)/;
/** A class noun or a material class: such a curated name may be listed as a field. */
const CLASS_OR_MATERIAL = /(?:装备|设备|器械|耗材|产品|仪器|材料)$/;
/** A name ending like a device, never a field however it is listed (`呼吸机`, `监护仪`). */
const DEVICE_END = /(?:机|仪|器|镜|系统|机器人|支架|导管|装置|软件)$/;
/** Words of a report that walk the reader from topic to topic (`先看`, `再看`, `其次，`), normalised text. */
const WALK_LEAD = /^(?:先看|再看|来看|接着看|最后看|首先|其次|再次|最后)[，,]?/;
/** What ends a list clause before 等 or a head after it (normalised text). */
/** What before 类 makes a grade or a count, not a class of products (`第二类`, `二类`, `甲类`, `其他类`). */
const NOT_A_CLASS = /^(?:第|[一二三四五六七八九十两\d甲乙丙丁]|其他|其它|同|此|该|这|各|本|大|小|新)/;
const CLAUSE_BREAK = /[，。；：,;:！？!?]/;
const HEAD_CHAR = /[\u4e00-\u9fffa-z0-9]/;
/** The class a firm's business is in (`主营业务为医学影像设备的研发`), normalised text. */
export const BUSINESS_FIELD =
  /(?:主营业务|主要业务|主营)(?:为|是|聚焦于?|专注于?|集中于|涵盖)([\u4e00-\u9fffa-z0-9]{3,14}?)(?=的|[，,。；;、]|领域)/;
/** The firm's products listed after it (`主要产品包括`, `产品涵盖`). */
export const PRODUCTS_LISTED = /产品(?:主要)?(?:包括|涵盖|有|为)/;
/** What a row's head may say of its field after its name (`领域重点产品`, `类`), normalised text. */
export const ROW_HEAD_TAIL = /(?:领域(?:的)?(?:重点|主要)?(?:发展)?(?:产品|方向)?|类)$/;
/** What a class's industry did, opening its sentence, up to the comma (`产业持续壮大，`, `产业实现突破，`). */
export const INDUSTRY_LEAD = /^产业(?:集群)?[\u4e00-\u9fff]{2,8}[，,]/;
/**
 * Branches of medicine and the body systems their devices serve (`心血管`, `骨科`, `眼科`): a field
 * where the text calls one so (`在骨科领域，`, a heading `二、骨科领域`, a row under 应用领域), though 骨科
 * alone is also a unit of a hospital.
 */
export const SPECIALTY =
  /^(?:心血管|心脑血管|心脏|骨科|眼科|口腔|齿科|牙科|神经|神经外科|神经内科|脊柱|泌尿|妇产|妇科|消化|呼吸|肿瘤|外周血管|血管|外科|普外科|运动医学|耳鼻喉|皮肤|整形)(?:介入|植入)?$/;
/** The first cell of the first line of the pipe table a row at `start` stands in. */
const tableHeader = (text: string, start: number): string => {
  let top = text.lastIndexOf('\n', start - 1) + 1;
  for (let n = 0; n < 40 && top > 0; n++) {
    const prev = text.lastIndexOf('\n', top - 2) + 1;
    if (!text.slice(prev, top).includes('|')) break;
    top = prev;
  }
  return text.slice(top, text.indexOf('|', top + 1)).replace(/^\s*\|?/, '');
};
/** A phrase that says whose things they are (a firm's, `该`, `其`), not what kind. */
const OWNED = /^(?:该|本|其|这|此|那|各|我)|企业|公司|集团|厂商|厂家/;
/** The whole industry after a stock market, an origin or a place (`A股医疗器械`, `国产医疗设备`). */
const MARKET_INDUSTRY =
  /^(?:[a-z]股|港股|美股|科创板|创业板|国产|进口|国内|国外|全球|海外|境内|境外|我国|中国|全国|全省|全市|我省|我市|本市|本省)(?:医疗器械|医疗设备|医疗装备|医用设备|医用耗材|医疗耗材)$/;
/** Words after a class noun that make it a modifier of another noun (`高端医疗装备产业`). */
const NOUN_AFTER = /^(?:产业|行业|企业|市场|集群|基地|平台|公司|技术|标准|领域)/;

type Mode =
  | 'head'
  | 'standalone'
  | 'member'
  | 'word'
  | 'examples'
  | 'bare'
  | 'stem'
  | 'framed'
  | 'class'
  | 'category'
  | 'industry'
  | 'tallied';

/**
 * What a field named without a class noun is about (`医学影像`, `体外诊断`, `智能光电诊疗`): the
 * plan calls it a field (`在X领域`, `A、B等领域`), and the name says what the products do.
 */
const BARE_STEMS = [
  ...FUNCTIONS,
  '影像',
  '植介入',
  '介入',
  '医疗器械',
  '医用耗材',
  '微创',
  '外科',
  '血液净化',
  // What implants do to the body (`神经调控`).
  '调控',
];
/**
 * A bare name ending in these is a trade, a service, a capacity or a unit of a hospital (`影像科`,
 * `检验中心`), not a field of products; surgery (`微创外科`) is a field of its instruments.
 */
const NOT_BARE =
  /(?:技术|服务|应用|需求|行业|产业|市场|企业|机构|能力|水平|体系|模式|资源|工作|环节|领域|质量|性能|精度|效果|效率|成本|价格|功能|规模|安全|速度|(?<!外)科|室|中心|医院|院|所|站)$/;

interface Lookup {
  /** The Domain a whole phrase names (curated or found in this plan), if any. */
  domain: (norm: string) => NodeId | undefined;
  /** The Domain a phrase ends with after a modifier of at most two characters (传统保健康复装备). */
  domainAfter: (norm: string) => NodeId | undefined;
  /** True when a curated entity of another label has this name: curated names win. */
  otherLabel: (norm: string) => boolean;
  /** The normalised name of the curated entity of another label that this name or alias is (`poct`). */
  otherName: (norm: string) => string | undefined;
  stems: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
}

/**
 * `领域`/`方面`/`方向` that lead a clause of members: the clause ends there (`在X领域，`, `X方面：`) or a
 * verb of development or need follows (`X领域重点发展`, `X方向支持`, `X领域需要A`), or what its products
 * are (`X领域的代表产品包括`, `X领域以A、B为主`), not a description (`X领域最重要的设备`).
 */
export const FIELD_LEAD =
  /^(?:细分|子链)?(?:领域|方面|方向|板块|赛道|产业链|子链|范畴|展区)(?:方面|中|内|里|上)?(?:[，,：:]|的应用|的(?:主要|代表性?|典型|核心|重点)?(?:产品|设备|装备|器械)(?:主要)?(?:包括|包含|涵盖|为|有|是)|(?:要|将|应|需|则)?(?:需要|急需|亟需|希望有|以[^，,。；;]{2,40}?为(?:重点|主导|龙头|核心|主(?!要))|重点|着力|加快|大力|积极|优先|主要|发展|推进|推动|突破|攻关|研制|研发|开发|支持|鼓励|布局|培育|提升|包括|涵盖|覆盖|聚焦|新增|有))/;

/** A bare field name: Chinese only, with a stem that says what its products do, no verb first. */
const isBareField = (norm: string, look: Lookup, stemmed = false): boolean => {
  if (!/^[\u4e00-\u9fff]{3,8}$/.test(norm) || NOT_BARE.test(norm) || GENERIC.includes(norm)) return false;
  // Leading a clause of equipment, a half of a joined curated field names a field too (`生命支持` of
  // 监护与生命支持装备), verb or not; in a list of settings of use it does not (`养老、妇幼健康等领域`).
  if (stemmed && look.stems.has(norm)) return true;
  if (!BARE_STEMS.some((stem) => norm.includes(stem))) return false;
  const first = tagWords(norm)[0];
  // A verbal noun opens a name as a noun does (`检验/vn 检测`); a verb opens a task (`发展医学影像`).
  return first !== undefined && !look.verbs.has(first.word) && first.tag !== 'v';
};

/**
 * A curated name that is a class of things by what they are for (`医学影像设备`, `康复器械`): a class
 * noun after a Chinese stem that is not the whole industry. Followed by its examples it names a field.
 */
const isClassOfThings = (norm: string): boolean => {
  const m = CLASS_NOUN.exec(norm);
  const core = m?.[1] ?? '';
  return /^[\u4e00-\u9fff]{2,8}$/.test(core) && !GENERIC.includes(core) && !core.includes('的');
};

/**
 * A curated class of things that a clause frames as a field over two devices or more (`放射治疗设备方面，
 * 发展A和B`, `手术机器人领域聚焦A、B`, `在康复辅助器具方面，重点发展A、B`): a class noun, or robots and
 * aids named by what they are for. A device (`呼吸机`, `CT`) is never one.
 */
const isFramedClass = (norm: string): boolean =>
  isClassOfThings(norm) || /^[\u4e00-\u9fff]{2,6}(?:机器人|辅具|器具|植入物|用品)$/.test(norm);

/** A framed class by its own name or by the curated name it is an alias of (`POCT` of `即时检验设备`). */
const isFramedCurated = (norm: string, look: Pick<Lookup, 'otherName'>): boolean =>
  isFramedClass(norm) || isFramedClass(look.otherName(norm) ?? '');

const stripQualifiers = (s: string, qualifiers: readonly string[]): { quals: number; rest: string } => {
  let rest = s;
  let quals = 0;
  for (let again = true; again;) {
    again = false;
    for (const q of qualifiers)
      if (rest.startsWith(q) && rest.length > q.length) {
        rest = rest.slice(q.length);
        quals++;
        again = true;
        break;
      }
  }
  return { quals, rest };
};

/**
 * Whether a phrase names a field, and which: a known Domain, a new one (`new`), or none. The rule:
 * a class noun (装备/设备/器械/耗材/产品/仪器) closes it, and before it comes either the whole
 * industry with a field qualifier (`高性能` + `医疗器械`, `高值` + `医用耗材`), or the stem of a known
 * field (`移动医疗` + `产品`); a list of fields or `X领域` makes any such class phrase one. A curated
 * name of another label (放射治疗设备 is equipment) and the plans' stop terms are never fields.
 */
export const classifyField = (name: string, mode: Mode, look: Lookup): NodeId | 'new' | undefined => {
  const norm = normalizeTerm(name);
  // `主营业务及主要产品`, `发行人的主要产品`, `公院添置国产高端医疗设备`: a firm's business or a clause of buying.
  if (namesFirmBusiness(norm) || holdsAcquisition(norm) || norm.includes('的')) return undefined;
  const known = look.domain(norm);
  if (known) return mode === 'standalone' ? undefined : known;
  if (look.stops.has(norm)) return undefined;
  // `该企业产品覆盖A、B`, `公司产品包括…`: whose products they are names no class of them.
  if (OWNED.test(norm)) return undefined;
  // `三大类设备`, `两类产品`: a count of classes names none of them.
  if (COUNT_START.test(norm)) return undefined;
  // `A股医疗器械板块`, `国产医疗设备`, `我国医疗器械`: the whole industry of a market or a place.
  if (MARKET_INDUSTRY.test(norm)) return undefined;
  // `分为医用电子直线加速器、…、放疗质控与配套设备四个重点领域`: a count of fields that tallies its
  // members names each a field, whatever its head, unless it opens with a verb (a task).
  if (mode === 'tallied') {
    const first = tagWords(norm)[0];
    // Kinds of materials tallied as directions (`高分子材料、金属材料…三个重点方向`) stay materials.
    return first &&
      !look.verbs.has(first.word) &&
      norm.length >= 3 &&
      !/[0-9]/.test(norm) &&
      !/(?:材料|原料|材质|试剂|耗材)$/.test(norm)
      ? 'new'
      : undefined;
  }
  if (look.otherLabel(norm))
    return (mode === 'examples' && isClassOfThings(norm)) ||
      (mode === 'framed' && isFramedCurated(norm, look))
      ? 'new'
      : undefined;
  if (mode === 'framed') return undefined;
  // `家用医疗器械`, `康复医疗设备`: the industry narrowed by what its products are for.
  if (mode !== 'standalone' && FUNCTION_INDUSTRY_NAME.test(norm)) return 'new';
  const { quals, rest } = stripQualifiers(norm, mode === 'standalone' ? QUALIFIERS : HEAD_QUALIFIERS);
  // After 等 a short modifier keeps the known field (传统保健康复装备); a list of fields names its
  // members as written (有源植介入器械 is a field of its own).
  const restDomain = quals > 0 ? look.domain(rest) : mode === 'head' ? look.domainAfter(norm) : undefined;
  if (restDomain) return mode === 'standalone' ? undefined : restDomain;
  if (mode === 'category') return 'new';
  if (mode === 'examples' && MATERIAL_CLASS.test(norm)) return 'new';
  const m = CLASS_NOUN.exec(rest);
  if (!m)
    return (mode === 'bare' || mode === 'stem') && isBareField(norm, look, mode === 'stem')
      ? 'new'
      : undefined;
  const core = m[1] ?? '';
  const noun = m[2] ?? '';
  if (quals > 0 && (GENERIC.includes(core) || (core === '' && noun === '耗材'))) return 'new';
  // `三是医用耗材，扩大A、B的产能`: consumables are one part of the industry, a field where the text frames one.
  if ((mode === 'word' || mode === 'examples') && noun === '耗材' && /^(?:医用|医疗)$/.test(core))
    return 'new';
  if (mode === 'standalone' || core.length < 2) return undefined;
  // `呼吸机产品包括HK-V8重症呼吸机和HK-T3转运呼吸机`: the products of one kind of thing (a curated device or
  // part before 产品) are that thing's models, a product line, no field.
  if (noun === '产品' && look.otherLabel(core) && !look.stems.has(core)) return undefined;
  if (look.stems.has(core)) return 'new';
  // `PET/CT、PET/MR等高端医学影像设备`: after 等 a field qualifier before a class of things says the
  // members are kinds of a field (not 新型/新一代: `新型监护设备` is a device's name).
  if (mode === 'head' && quals > 0 && QUALIFIERS.some((q) => norm.startsWith(q)) && isClassOfThings(rest))
    if (!VAGUE.includes(core) && noun !== '仪器') return 'new';
  // `DSA、CT等医学影像设备`: a class of four characters or more that says what its things do is a
  // field after 等 without a qualifier (`影像设备` alone names devices as often as fields).
  if (
    mode === 'head' &&
    core.length >= 4 &&
    HEAD_STEMS.test(core) &&
    isClassOfThings(rest) &&
    noun !== '仪器'
  )
    return 'new';
  // `OCT、眼科超声乳化仪等眼科设备`: after 等 a branch of medicine before a class noun names the field of
  // the branch's things, as a class that says what its things do does (`骨科器械`, `口腔设备`).
  if (mode === 'head' && SPECIALTY.test(core) && isClassOfThings(rest) && noun !== '仪器') return 'new';
  // Only a class named by what it does: `特色医疗装备产业`, `医疗器械产业园` name no field.
  if (mode === 'industry')
    return FUNCTIONS.some((f) => core.includes(f)) && /^[\u4e00-\u9fff]+$/.test(core) && !core.includes('的')
      ? 'new'
      : undefined;
  if (FUNCTIONS.includes(core) && noun !== '仪器') return 'new';
  // `除颤器等急救与重症装备`: two settings of care joined under one class noun, one of them a function.
  const joined = /^([\u4e00-\u9fff]{2,4})(?:与|和|及)([\u4e00-\u9fff]{2,4})$/.exec(core);
  if (
    mode === 'head' &&
    joined &&
    noun !== '仪器' &&
    [joined[1], joined[2]].some((w) => FUNCTIONS.includes(w ?? ''))
  )
    return 'new';
  if (mode === 'class') {
    // A class of products, not a device: 产品/器材/耗材 with some content, or a prefix + the industry.
    const first = tagWords(norm)[0];
    if (!first || look.verbs.has(first.word)) return undefined;
    const content = stripQualifiers(core, [...HEAD_QUALIFIERS, ...VAGUE]).rest;
    if (/产品|器材|耗材/.test(noun) && content.length >= 2 && !VAGUE.includes(content)) return 'new';
    const ind = INDUSTRY.exec(norm);
    return ind?.[1] && !look.verbs.has(ind[1]) ? 'new' : undefined;
  }
  // 设备 and 仪器 name devices as often as classes (血液透析设备): a list of fields alone does not
  // make them fields.
  if (
    (mode === 'member' || mode === 'word' || mode === 'examples') &&
    !GENERIC.includes(core) &&
    !VAGUE.includes(core) &&
    // `广义的医疗设备`: a phrase with 的 describes a class, it does not name one.
    !core.includes('的') &&
    // Two classes joined under one noun may run longer where the text frames one field
    // (`一是医用消毒灭菌与医院物流装备。`); in a list of fields such a member may be two of them.
    (core.length <= 10 ||
      (mode !== 'member' &&
        core.length <= 14 &&
        /^[\u4e00-\u9fff]{2,8}[与和及][\u4e00-\u9fff]{2,8}$/.test(core))) &&
    // In a list of fields a short class of 设备/仪器 is named as a field (`制药装备与检测仪器等领域`).
    (mode !== 'member' || !/设备|仪器/.test(noun) || core.length <= 4)
  ) {
    // A list of fields names fields, but a member opening with a verb is a task (`发展应急医疗装备`);
    // a body system is no verb (`呼吸耗材包括A、B`).
    const first = tagWords(norm)[0];
    if (first && (!look.verbs.has(first.word) || SPECIALTY.test(first.word))) return 'new';
  }
  return undefined;
};

/** What a meeting hears (`调度会，通报医学影像装备、体外诊断装备…四条子链进展`): the fields follow the verb, which
 * the dictionary tags a noun and the plans' leading verbs lack. */
const REPORT_VERBS = ['通报', '汇报', '听取'];

const lookupOf = (model: PlanModel, curated: Curated): Lookup => {
  const domains = new Map<string, NodeId>();
  const others = new Map<string, string>();
  const stems = new Set<string>();
  for (const e of curated.lexicon)
    for (const f of [e.name, ...e.aliases]) {
      const n = normalizeTerm(f);
      if (e.label !== 'Domain') others.set(n, normalizeTerm(e.name));
      else {
        domains.set(n, e.id);
        const m = CLASS_NOUN.exec(n);
        stems.add(m?.[1] && m[1].length >= 2 ? m[1] : n);
        // Each half of a joined field names a field of its own (`生命支持设备` of 监护与生命支持装备).
        if (m?.[1])
          for (const half of m[1].split(/与|和|及/)) if (half.length >= 2 && half !== m[1]) stems.add(half);
      }
    }
  // A heading's field is known; a discovered equipment term of the same name is not a reason to refuse.
  for (const d of model.discovered) if (d.label === 'Domain') domains.set(normalizeTerm(d.name), d.id);
  for (const g of GENERIC) stems.delete(g);
  return {
    domain: (n) => domains.get(n),
    domainAfter: (n) => {
      for (let k = 1; k <= 2 && n.length - k >= 4; k++) {
        const d = domains.get(n.slice(k));
        if (d) return d;
      }
      return undefined;
    },
    otherLabel: (n) => others.has(n) && !domains.has(n),
    otherName: (n) => (domains.has(n) ? undefined : others.get(n)),
    stems,
    stops: new Set(curated.discovery.stopTerms.map(normalizeTerm)),
    verbs: new Set([
      ...curated.discovery.leadingVerbs,
      ...(curated.discovery.stopWords ?? []),
      ...REPORT_VERBS,
    ]),
  };
};

/**
 * Where a list member or an `X领域` phrase starts: after the first of the plans' leading verbs and
 * stop words in it and the verbs and function words right after (`把目光放在智能制造装备`,
 * `着力发展医学影像诊断类`). The first, not the last: 制造 is also a verb of the list, inside a name.
 */
const trimLead = (s: string, verbs: ReadonlySet<string>): number => {
  const words = tagWords(s);
  let k = words.findIndex((w) => verbs.has(w.word)) + 1;
  while (
    k < words.length &&
    (verbs.has(words[k]?.word ?? '') || /^[pcurd]/.test(words[k]?.tag ?? '') || words[k]?.word === '的')
  )
    k++;
  return words[k]?.from ?? s.length;
};

/**
 * Where the first member of a list starts when its clause runs into it (`鼓励具备条件的医疗机构加快医学影像`,
 * `此次更新主要集中在医学影像`): after the last of the plans' leading verbs or a preposition in it.
 */
const lastLead = (s: string, verbs: ReadonlySet<string>): number => {
  const words = tagWords(s);
  let k = -1;
  words.forEach((w, i) => {
    // A verb the plans' list lacks (`锁定`) opens the member too, when a name of three or more follows.
    if (verbs.has(w.word) || w.tag === 'p' || (w.tag === 'v' && s.length - w.to >= 3)) k = i;
  });
  return words[k + 1]?.from ?? 0;
};

/** True when a leading verb of `s` comes after a noun: `s` is a clause (its subject, then the verb). */
const isClause = (s: string, verbs: ReadonlySet<string>): boolean => {
  const words = tagWords(s);
  const verb = words.findIndex((w) => verbs.has(w.word));
  return verb > 0 && words.slice(0, verb).some((w) => w.tag.startsWith('n'));
};

/**
 * The length of the class phrase that opens `after` (the text after 等): it ends at a word boundary
 * after a class noun, not before another noun (`…装备产业`) or another class noun (`装备产品`).
 */
const headLength = (after: string): number | undefined => {
  let run = 0;
  while (run < after.length && run < 16 && HEAD_CHAR.test(after[run] ?? '')) run++;
  for (const w of tagWords(after.slice(0, run))) {
    if (!/(?:装备|设备|器械|耗材|产品|仪器|器材)$/.test(after.slice(0, w.to))) continue;
    const rest = after.slice(w.to, run);
    if (/^(?:装备|设备|器械|耗材|产品)/.test(rest)) continue;
    if (NOUN_AFTER.test(rest) && !rest.startsWith('领域')) return undefined;
    return w.to;
  }
  return undefined;
};

/**
 * The length of the curated class of things of another label that `after` opens with (`骨科植入物`,
 * `手术机器人`, `POCT`), when no noun follows that makes it a modifier (`手术机器人企业`).
 */
const framedHeadLength = (after: string, look: Lookup): number | undefined => {
  let run = 0;
  while (run < after.length && run < 16 && HEAD_CHAR.test(after[run] ?? '')) run++;
  for (let n = run; n >= 3; n--) {
    const name = after.slice(0, n);
    if (!look.otherLabel(name)) continue;
    if (!isFramedCurated(name, look)) return undefined;
    return NOUN_AFTER.test(after.slice(n)) || /^(?:产品|设备|装备|器械|系统)/.test(after.slice(n))
      ? undefined
      : n;
  }
  return undefined;
};

/**
 * Where the examples opened at `at` of `s` end (normalised text): at the clause end after a comma, at
 * the closing bracket after a bracket, which must hold a list or say 如/包括 (`（DR）` is a gloss).
 */
export const examplesEnd = (s: string, at: number, opener: string): number | undefined => {
  if (!/^[（(]/.test(opener)) {
    const end = s.slice(at).search(/[。；;]/);
    return end === -1 ? s.length : at + end;
  }
  const close = s.slice(at).search(/[）)]/);
  if (close === -1) return undefined;
  const inside = s.slice(at + 1, at + close);
  return opener.length > 1 || /[、,，]|和|及|与/.test(inside) ? at + close : undefined;
};

/** Fields the sentences of `model` name, and the appositions that put equipment in them. */
export const readFields = (
  model: PlanModel,
  curated: Curated,
): { fields: FieldFinding[]; appositions: Apposition[] } => {
  const look = lookupOf(model, curated);
  const labels = new Map<NodeId, NodeLabel>([
    ...curated.lexicon.map((e) => [e.id, e.label] as const),
    ...model.discovered.map((d) => [d.id, d.label] as const),
  ]);
  const { norm } = model;
  const fields: FieldFinding[] = [];
  const appositions: Apposition[] = [];
  const orig = (from: number, to: number): [number, number] => [
    norm.starts[from] ?? 0,
    norm.ends[to - 1] ?? 0,
  ];
  const add = (
    sentence: number,
    from: number,
    to: number,
    rule: FieldRule,
    mode: Mode,
    completion = '',
  ): FieldFinding | undefined => {
    // A bullet or mark before a name is no part of it (`●医学影像设备：`).
    while (from < to && !HEAD_CHAR.test(norm.text[from] ?? '')) from++;
    const [start, end] = orig(from, to);
    const name = writtenText(model.text, norm, from, to) + completion;
    const c = classifyField(name, mode, look);
    if (!c) return undefined;
    const f: FieldFinding = {
      name,
      start,
      end,
      sentence,
      rule,
      ...(c === 'new' ? {} : { known: c }),
      ...(completion ? { completedFrom: completion } : {}),
    };
    fields.push(f);
    return f;
  };
  /** True when a name of another kind than a field lies in normalised [from, to) (`呼吸机`, `CT`). */
  const thingInside = (from: number, to: number): boolean => {
    const [start, end] = orig(from, to);
    return someOverlapping(model.occurrences, start, end, (o) => labels.get(o.nodeId) !== 'Domain');
  };
  const nameOf = new Map<NodeId, string>([
    ...curated.lexicon.map((e) => [e.id, normalizeTerm(e.name)] as const),
    ...model.discovered.map((d) => [d.id, normalizeTerm(d.name)] as const),
  ]);
  /**
   * Whether a device of sentence `si` within [start, end) of the text is named by the class's own
   * class phrase (`平衡功能检查训练康复装备` under `专用康复装备`): a list sharing the head names kinds of it.
   */
  const sharesHead = (si: number, start: number, end: number, head: string): boolean => {
    const tail = normalizeTerm(head).slice(-4);
    return deviceMentions(si, start, end).some((o) => nameOf.get(o.nodeId)?.endsWith(tail) === true);
  };
  /** A curated class of things of another label (`手术机器人`, `康复辅具`), in normalised text. */
  const framedClass = (name: string): boolean => look.otherLabel(name) && isFramedClass(name);
  /** How many different devices sentence `si` names within [start, end) of the text. */
  /** The device mentions of sentence `si` within [start, end). */
  const deviceMentions = (si: number, start: number, end: number) =>
    (model.bySentence.get(si) ?? []).filter(
      (o) => o.start >= start && o.end <= end && labels.get(o.nodeId) === 'Equipment',
    );
  const devicesIn = (si: number, start: number, end: number): number =>
    new Set(deviceMentions(si, start, end).map((o) => o.nodeId)).size;
  /**
   * How many different devices sentence `si` names within [start, end), a name inside a longer device
   * name not counted (`轮椅` of `电动轮椅`).
   */
  const outerDevicesIn = (si: number, start: number, end: number): number => {
    const inRange = deviceMentions(si, start, end);
    return new Set(
      inRange
        .filter(
          (o) =>
            !inRange.some(
              (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
            ),
        )
        .map((o) => o.nodeId),
    ).size;
  };
  /**
   * A curated class of things heading a list of two devices or more in normalised [from, to) is a
   * field there (`骨科植入物：A、B`, `康复辅具包括A、B`, `A、B等骨科植入物`): the list shows the name
   * is a class of them. [cs, ce) is the list in the text.
   */
  const framedOver = (
    si: number,
    from: number,
    to: number,
    cs: number,
    ce: number,
  ): FieldFinding | undefined =>
    outerDevicesIn(si, cs, ce) >= 2 && !underField(si)
      ? add(si, from, to, 'text:field-word', 'framed')
      : undefined;
  /**
   * Whether sentence `si` stands under a field already: a section headed by one, or a line led by one
   * (`智能康复辅具。…开发A、B等康复辅具`, `——新型智慧医疗装备。开发A、B等系列医疗机器人`). There a curated
   * class of things is a kind of device of that field, as under a heading (`（二）治疗装备 > 1.手术机器人`).
   */
  const underField = (si: number): boolean => {
    const sentence = model.sentences[si];
    if (!sentence) return false;
    for (let k: number | null = sentence.section; k !== null; k = model.sections[k]?.parent ?? null)
      if (model.headingDomains.has(k)) return true;
    const lineStart = model.text.lastIndexOf('\n', sentence.start - 1) + 1;
    return someWithin(
      model.occurrences,
      lineStart,
      sentence.start,
      (o) =>
        labels.get(o.nodeId) === 'Domain' &&
        /^[\s—\-●◆■▌*#（()）)一二三四五六七八九十0-9、.．]*$/.test(model.text.slice(lineStart, o.start)),
    );
  };
  /**
   * `在医学影像领域，国产替代推进最快。医院新购的A、B…`: when sentence `si` opens its line and names no
   * device, the devices of the sentences after it on the line (none when it names one).
   */
  const paragraphDevices = (si: number): number => {
    const sentence = model.sentences[si];
    if (!sentence || devicesIn(si, sentence.start, sentence.end) > 0) return 0;
    const lineStart = model.text.lastIndexOf('\n', sentence.start - 1) + 1;
    if (model.text.slice(lineStart, sentence.start).trim() !== '') return 0;
    const lineEnd = model.text.indexOf('\n', sentence.end);
    let n = 0;
    for (let k = si + 1; k < model.sentences.length; k++) {
      const next = model.sentences[k];
      if (!next || (lineEnd !== -1 && next.start >= lineEnd)) break;
      // `此外，…`: a sentence that turns to another topic ends the paragraph's field.
      if (/^\s*(?:同时|此外|另外|与此同时|另一方面|而|但)/.test(model.text.slice(next.start, next.end)))
        break;
      n += devicesIn(k, next.start, next.end);
    }
    return n;
  };
  /**
   * The field named before sentence `si` that a short name refers to: a field read in this text or a
   * Domain mentioned in it whose name (less its class noun) is or ends with the name (`影像` of
   * `高端医学影像产品`, `神经调控`), the latest first. Two characters at least.
   */
  // Each call reads the names of the fields and mentions before it: normalise each name once.
  const cores = new Map<string, { n: string; core: string }>();
  const coreOf = (written: string): { n: string; core: string } => {
    let c = cores.get(written);
    if (!c) {
      const n = normalizeTerm(written);
      c = { n, core: CLASS_NOUN.exec(n)?.[1] ?? n };
      cores.set(written, c);
    }
    return c;
  };
  // The fields and Domain mentions a name refers to, found once per name: fields only grow, so each
  // call reads the fields added since the last call with that name.
  const domainOccurrences = model.occurrences.filter((o) => labels.get(o.nodeId) === 'Domain');
  const sentencesInOrder = domainOccurrences.every(
    (o, i) => i === 0 || (domainOccurrences[i - 1]?.sentence ?? 0) <= o.sentence,
  );
  const referring = new Map<string, { fields: FieldFinding[]; read: number; mentions: Occurrence[] }>();
  const referent = (name: string, si: number): NodeId | undefined => {
    if (!/^[\u4e00-\u9fff]{2,8}$/.test(name)) return undefined;
    const refers = (written: string): boolean => {
      const { n, core } = coreOf(written);
      return n === name || (core.length > name.length && core.endsWith(name)) || core === name;
    };
    let r = referring.get(name);
    if (!r) {
      r = {
        fields: [],
        read: 0,
        mentions: domainOccurrences.filter((o) => refers(model.text.slice(o.start, o.end))),
      };
      referring.set(name, r);
    }
    for (; r.read < fields.length; r.read++) {
      const f = fields[r.read];
      if (f && !f.refers && refers(f.name)) r.fields.push(f);
    }
    const field = r.fields.findLast((f) => f.sentence < si);
    if (field) return field.known ?? discoveredId('Domain', field.name);
    // The last one only: reading every earlier mention made each call go through the whole plan.
    const { mentions } = r;
    if (!sentencesInOrder) return mentions.findLast((o) => o.sentence < si)?.nodeId;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid]?.sentence ?? 0) < si) lo = mid + 1;
      else hi = mid;
    }
    return mentions[lo - 1]?.nodeId;
  };
  model.sentences.forEach((sentence, si) => {
    const sf = lowerBound(norm.starts, sentence.start);
    const st = lowerBound(norm.starts, sentence.end);
    const s = norm.text.slice(sf, st);
    if (
      !/等|领域|范畴|板块|赛道|类|产业|、|方面|包括|包含|涵盖|如|\(|为代表|方向|[一二三四五六七八九十]是|围绕|聚焦|[：:]|重点|着力|优先/.test(
        s,
      ) &&
      s.search(STANDALONE) === -1 &&
      s.search(FUNCTION_INDUSTRY) === -1
    )
      return;
    /** Where the clause holding position `i` of `s` starts. */
    const clauseStart = (i: number): number => {
      let k = i;
      while (k > 0 && !CLAUSE_BREAK.test(s[k - 1] ?? '')) k--;
      return k;
    };
    /**
     * Where the list before the 等 at `at` starts, from `from`: after an earlier `等X` of the clause
     * and the joint after its class (`CT、超声等医学影像设备和呼吸机、监护仪等生命支持设备`: the second
     * list is 呼吸机、监护仪, not CT).
     */
    const afterEarlierList = (from: number, at: number): number => {
      const earlier = s.lastIndexOf('等', at - 1);
      if (earlier < from) return from;
      const joint = /以及|和|及|与|、/.exec(s.slice(earlier + 1, at));
      return joint ? earlier + 1 + joint.index + joint[0].length : from;
    };
    /** Members of the list [from, to) of `s`, split at 、 and ， (and 和/及/与 in the last one). */
    const members = (from: number, to: number, splitLast = true): [number, number][] => {
      const out: [number, number][] = [];
      let k = from;
      // `医学影像（CT、DR）、体外诊断（…）和生命支持（…）三大领域`: a member's examples in brackets are
      // no members of the list, and no part of the member's name.
      let depth = 0;
      for (let i = from; i <= to; i++) {
        const c = s[i] ?? '';
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        if (i === to || (depth === 0 && /[、，,]/.test(c))) {
          const chunk = s.slice(k, i);
          const joint = /以及|和|及|与/.exec(chunk.replace(/\([^()]*\)/g, (x) => '_'.repeat(x.length)));
          if (splitLast && joint && i === to && joint.index > 0) {
            out.push([k, k + joint.index], [k + joint.index + joint[0].length, i]);
          } else out.push([k, i]);
          k = i + 1;
        }
      }
      // `锁定「高阶医学影像」、「智慧医材」两大领域`: a quoted member is its name, less the quotes.
      return out
        .map(([a, b]): [number, number] => {
          const bracket = /\([^()]*\)$/.exec(s.slice(a, b));
          return bracket && bracket.index > 0 ? [a, a + bracket.index] : [a, b];
        })
        .map(([a, b]): [number, number] => {
          const open = Math.max(
            s.lastIndexOf('「', b - 1),
            s.lastIndexOf('“', b - 1),
            s.lastIndexOf('『', b - 1),
          );
          const closed = QUOTE_CLOSE.test(s[b - 1] ?? '');
          return closed && open >= a ? [open + 1, b - 1] : [a, b];
        })
        .filter(([a, b]) => b > a);
    };
    const listOfFields = (from: number, to: number, count?: number, fieldWord = false): void => {
      const read: number[] = [];
      const unread: [number, number, number][] = [];
      // `…、近距离放射治疗设备、放疗质控与配套设备四个重点领域`: where the count tallies the list only with
      // its last member whole, 与 joins two words of one field's name, not two fields.
      const split = members(from, to);
      const whole = count !== undefined && split.length === count + 1 ? members(from, to, false) : split;
      const all = whole.length === count ? whole : split;
      // `医学影像、放射治疗、体外诊断、康复辅具四个领域`: a count that tallies the members names each a field.
      const tallied = count === all.length;
      // A classification (分为, 分成) tallied by a word of fields (领域, 方向, 板块, 赛道) vouches for every
      // member, also one named like a device (`按技术形态分为医用电子直线加速器、…四个重点领域`). A list run
      // across cells or lines (`…| 市发改委 | 市经信局、…`) is no list of one clause.
      const vouched =
        tallied &&
        fieldWord &&
        all.length >= 2 &&
        /(?:分为|分成|划分为)/.test(s.slice(from, all[0]?.[1] ?? from)) &&
        all.every(([a, b]) => !/[|｜\n\t；;：:]/.test(s.slice(a, b)));
      // `广泛应用于骨科、齿科和心血管等领域`: a list of branches of medicine alone names each a field, short
      // or not; beside fields of products a branch is a setting of use (`呼吸、麻醉等领域` of a plan).
      const branches =
        all.length >= 2 &&
        all.every(([a, b], i) =>
          [0, i === 0 ? lastLead(s.slice(a, b), look.verbs) : 0].some((l) =>
            SPECIALTY.test(s.slice(a + l, b)),
          ),
        );
      for (const [i, [a, b]] of all.entries()) {
        // `…和生命支持（A、B）三大领域`: in a tallied list a half of a joined curated field keeps its
        // verb-like word (支持); in a list of settings it names none (`健康养老、…等领域`).
        // The first member may run on from its clause (`产品线分为生命支持`): its last four characters
        // or three may be the stem.
        const tail = [4, 3].find((n) => b - a >= n && look.stems.has(s.slice(b - n, b)));
        const stemmed = tallied && (look.stems.has(s.slice(a, b)) || (i === 0 && tail !== undefined));
        let lead = !stemmed
          ? trimLead(s.slice(a, b), look.verbs)
          : look.stems.has(s.slice(a, b))
            ? 0
            : b - a - (tail ?? 0);
        // A clause running into the first member (`此次更新主要集中在医学影像`) ends at its last verb.
        // (Segmenting again costs: only the first member is read so.)
        const last = i === 0 ? lastLead(s.slice(a, b), look.verbs) : 0;
        // `产业链按医学影像装备、…三条子链推进`: a preposition before a tallied class ends the clause.
        const byPreposition =
          tallied && i === 0 && last > 0 && tagWords(s.slice(a, a + last)).at(-1)?.tag === 'p';
        if (
          !stemmed &&
          lead < last &&
          b - a - last >= 3 &&
          (!CLASS_NOUN.test(s.slice(a + lead, b)) || byPreposition)
        )
          lead = last;
        const branch = branches ? [lead, last].find((l) => SPECIALTY.test(s.slice(a + l, b))) : undefined;
        if (branch !== undefined && add(si, sf + a + branch, sf + b, 'text:field-list', 'category')) {
          read.push(i);
          continue;
        }
        if (b - a - lead < 3) continue;
        // `在超声仪、X线机、监护仪等中端产品领域`: a member named like a device is equipment of the
        // field the list closes on, never a field itself.
        // A class noun (`检测仪器`) names a class, not a device.
        const named = s.slice(a + lead, b);
        // A curated class of robots or aids is left to the reading of the members below.
        // `高分子材料、金属材料、无机非金属材料这三个重点方向`: the demonstrative before the count is no part of
        // the last member.
        const end = vouched ? b - (/(?:这|这些)$/.exec(s.slice(a, b))?.[0].length ?? 0) : b;
        if (vouched && add(si, sf + a + lead, sf + end, 'text:field-list', 'tallied')) {
          read.push(i);
          continue;
        }
        if (DEVICE_END.test(named) && !CLASS_NOUN.test(named) && !framedClass(named)) continue;
        // A member without a class noun is a field when it says what its products do (智能光电诊疗).
        if (
          add(si, sf + a + lead, sf + b, 'text:field-list', 'member') ??
          add(si, sf + a + lead, sf + b, 'text:field-list', stemmed ? 'stem' : 'bare')
        )
          read.push(i);
        else unread.push([i, a + lead, b]);
      }
      // `覆盖心血管介入、神经调控和医学影像等领域`: a bare member between two fields of the list is one too.
      const [first, last] = [Math.min(...read), Math.max(...read)];
      for (const [i, a, b] of unread) {
        const name = s.slice(a, b);
        const word = tagWords(name)[0];
        // `聚焦高端医学影像、手术机器人、体外诊断、康复辅具等重点领域`: a curated class of things in a
        // list that names two fields or more is a field there too, wherever it stands.
        const framed = framedClass(name) && read.length >= 2;
        // A tally vouches for the list only when the list holds a field already.
        const inside = framed || (tallied && read.length > 0) || (i >= first && i <= last);
        if (!inside || !/^[\u4e00-\u9fff]{3,10}$/.test(name) || NOT_BARE.test(name)) continue;
        if (!framed && (!word || look.verbs.has(word.word) || word.tag === 'v')) continue;
        // A curated class of another kind listed among fields is named a field there (`在体外诊断、
        // 生物医用材料、制药装备等领域`: 生物医用材料 is a material elsewhere); a device is not. A tally
        // vouches for a whole curated name of another kind too (`康复辅具` of `…康复辅具四个领域`).
        const vouched = framed || (look.otherLabel(name) && (CLASS_OR_MATERIAL.test(name) || tallied));
        if (thingInside(sf + a, sf + b) && !vouched) continue;
        const [start, end] = orig(sf + a, sf + b);
        fields.push({
          name: writtenText(model.text, norm, sf + a, sf + b),
          start,
          end,
          sentence: si,
          rule: 'text:field-list',
        });
      }
    };
    /**
     * `重点支持高端医学影像、体外诊断、……、康复理疗等系列产品`: a list under a bare class that holds a
     * known field names fields; a member without a class noun is completed with it (高端医学影像产品).
     */
    const fieldSeries = (from: number, to: number, noun: string): boolean => {
      // Only the first member carries the clause's verb (`重点支持高端医学影像`); 支持 inside
      // `生命信息支持` is part of a name.
      const list = members(from, to)
        .map(([a, b], i): [number, number] => [i === 0 ? a + trimLead(s.slice(a, b), look.verbs) : a, b])
        .filter(([a, b]) => b - a >= 2);
      const knownField = ([a, b]: [number, number]): boolean => {
        const c = classifyField(s.slice(a, b), 'head', look);
        return c !== undefined && c !== 'new';
      };
      if (list.length < 2 || !list.some(knownField)) return false;
      for (const [a, b] of list) {
        const name = s.slice(a, b);
        if (knownField([a, b]) || CLASS_NOUN.test(name)) add(si, sf + a, sf + b, 'text:field-list', 'class');
        else if (
          /^[\u4e00-\u9fff]{2,10}$/.test(name) &&
          !thingInside(sf + a, sf + b) &&
          !DEVICE_END.test(name)
        )
          add(si, sf + a, sf + b, 'text:field-list', 'class', noun);
      }
      return true;
    };
    /**
     * `加快医学影像、放射治疗、远程诊疗、手术机器人等医疗装备更新`: members without a class noun that say
     * what their products do name fields of the bare class after 等, when two of them do.
     */
    const bareMembers = (from: number, to: number): void => {
      const list = members(from, to).map(([a, b], i): [number, number] => [
        i === 0 ? a + lastLead(s.slice(a, b), look.verbs) : a,
        b,
      ]);
      const bare = list.filter(
        ([a, b]) =>
          !CLASS_NOUN.test(s.slice(a, b)) &&
          !thingInside(sf + a, sf + b) &&
          classifyField(s.slice(a, b), 'bare', look) === 'new',
      );
      if (bare.length >= 2) for (const [a, b] of bare) add(si, sf + a, sf + b, 'text:field-list', 'bare');
    };
    /**
     * Members of [from, to) as class phrases, each after its leading verbs. A member whose verb
     * follows a noun is a clause, subject and predicate (`医用高分子材料主要用于医用耗材`), and names
     * no class: it is left out (as an empty member).
     */
    const classes = (from: number, to: number, rule: FieldRule, known: boolean): void => {
      const list = members(from, to).map(([a, b]): [number, number] =>
        isClause(s.slice(a, b), look.verbs) ? [b, b] : [a + trimLead(s.slice(a, b), look.verbs), b],
      );
      // With `known`, only a list that holds a known field makes its other classes fields.
      const isKnown = ([a, b]: [number, number]): boolean => {
        const c = b > a ? classifyField(s.slice(a, b), 'head', look) : undefined;
        return c !== undefined && c !== 'new';
      };
      if (known && !list.some(isKnown)) return;
      if (list.length < 2) return;
      for (const [a, b] of list) if (b - a >= 3) add(si, sf + a, sf + b, rule, 'class');
    };
    for (const m of s.matchAll(/等/g)) {
      const at = m.index;
      if (s[at + 1] === '等' || s[at - 1] === '等') continue;
      const after = s.slice(at + 1);
      const series = SERIES_HEAD.exec(after);
      if (series?.[1] && fieldSeries(clauseStart(at), at, series[1])) continue;
      if (BARE_HEAD.test(after)) {
        // `口腔器材、康复医疗器械、医用导管等医疗器械`: the members say what they are; classes are fields.
        classes(clauseStart(at), at, 'text:field-coordinated', false);
        bareMembers(clauseStart(at), at);
        continue;
      }
      // `…等重点发展领域`, `…等高端装备领域`, an expo's `…等主题展区`: the list names fields, unless the class before 领域
      // is a field itself (`…等高性能诊疗设备领域`: the members are its equipment, read below).
      const fieldWord =
        /^(?:重点)?(?:发展)?(?:的)?([\u4e00-\u9fff]{0,8}?)(?:领域|板块|赛道|展区|产业集群|产业(?![园区链基]))/.exec(
          after,
        );
      // `…等有源植入器械打造产业集群`: a class closed by its noun before a verb is the members' class, and
      // the industry after the verb is what is built of it, no word of fields.
      const classThenVerb = /(?:装备|设备|器械|耗材|产品|仪器|器材)(?=[\u4e00-\u9fff])/.test(
        fieldWord?.[1] ?? '',
      );
      if (fieldWord && !classThenVerb && !(fieldWord[1] && classifyField(fieldWord[1], 'head', look))) {
        // `围绕诊断检验装备、……、有源植介入器械等重点发展领域`: every member is a field.
        listOfFields(clauseStart(at), at);
        continue;
      }
      const best = headLength(after);
      if (best === undefined) {
        // `人工髋关节、人工膝关节等骨科植入物`: a curated class of things without a class noun.
        const framed = framedHeadLength(after, look);
        if (framed === undefined) continue;
        const [listStart, listEnd] = orig(sf + afterEarlierList(clauseStart(at), at), sf + at);
        const field = framedOver(si, sf + at + 1, sf + at + 1 + framed, listStart, listEnd);
        if (field) appositions.push({ field, listStart, listEnd });
        continue;
      }
      // `等诊断器械、治疗器械和辅助器械`: several fields share the members; none is said to hold which.
      const heads: [number, number][] = [[0, best]];
      for (let pos = best; /[、和及与]/.test(after[pos] ?? '');) {
        const h = headLength(after.slice(pos + 1));
        if (h === undefined) break;
        heads.push([pos + 1, pos + 1 + h]);
        pos += 1 + h;
      }
      if (heads.length > 1) {
        for (const [a, b] of heads)
          add(si, sf + at + 1 + a, sf + at + 1 + b, 'text:field-apposition', 'head');
        continue;
      }
      const [listStart, listEnd] = orig(sf + afterEarlierList(clauseStart(at), at), sf + at);
      // `血液透析机、连续性肾脏替代治疗设备等血液净化设备`: a curated class of things with its class noun
      // heads two devices or more after 等 as `A、B等骨科植入物` does; not members that share its head
      // (`平衡功能检查训练、语言评估与训练等专用康复装备`: kinds of 康复装备, each named by the head).
      const head = after.slice(0, best);
      const field =
        add(si, sf + at + 1, sf + at + 1 + best, 'text:field-apposition', 'head') ??
        (framedClass(head) && !sharesHead(si, listStart, listEnd, head)
          ? framedOver(si, sf + at + 1, sf + at + 1 + best, listStart, listEnd)
          : undefined);
      if (field) appositions.push({ field, listStart, listEnd });
    }
    // `以PET-CT、医用内窥镜为代表的高端诊疗设备`: the members stand for the class after 为代表的, as
    // they do before 等; a curated class of things is a field there too (`以CT、MR为代表的医学影像设备`).
    for (const m of s.matchAll(REPRESENTED)) {
      const at = m.index + m[0].length;
      const best = headLength(s.slice(at));
      if (best === undefined) continue;
      const [listStart, listEnd] = orig(sf + m.index + 1, sf + at - REPRESENTED_TAIL.length);
      // `以电子腹腔镜、胶囊内窥镜为代表的医用内窥镜`: a curated class of things over two devices or more.
      const field =
        add(si, sf + at, sf + at + best, 'text:field-apposition', 'examples') ??
        framedOver(si, sf + at, sf + at + best, listStart, listEnd);
      if (field) appositions.push({ field, listStart, listEnd });
    }
    // `CT、磁共振成像系统均属于医学影像设备`, `血液透析器属于血液净化器具`: the members said to belong
    // to a class stand for it as they do before 等.
    for (const m of s.matchAll(/(?:均|都|也|同|皆)?属于/g)) {
      const at = m.index + m[0].length;
      const after = s.slice(at);
      const best = headLength(after);
      const from = clauseStart(m.index);
      const [listStart, listEnd] = orig(sf + from, sf + m.index);
      const framed = best === undefined ? framedHeadLength(after, look) : undefined;
      const field =
        best !== undefined
          ? add(si, sf + at, sf + at + best, 'text:field-apposition', 'head')
          : framed !== undefined
            ? framedOver(si, sf + at, sf + at + framed, listStart, listEnd)
            : undefined;
      // `创新点：该产品属于高端医学影像设备`: an entry's product pointed at belongs as a device named would
      // (rules/domain-apposition.ts finds the entry's thing).
      if (field && (devicesIn(si, listStart, listEnd) >= 1 || POINTED_PRODUCT.test(s.slice(from, m.index))))
        appositions.push({ field, listStart, listEnd });
      // `呼吸机属于急救与生命支持设备，和除颤器、体外膜肺氧合系统放在一类`: what the clause after it puts in
      // one class with the member belongs to the class too.
      const headEnd = at + (best ?? framed ?? 0);
      const same = field ? SAME_CLASS.exec(s.slice(headEnd)) : null;
      if (field && same?.[1]) {
        const open = headEnd + same[0].indexOf(same[1]);
        const [ls, le] = orig(sf + open, sf + open + same[1].length);
        if (devicesIn(si, ls, le) >= 1) appositions.push({ field, listStart: ls, listEnd: le });
      }
    }
    // `像CT、MR这样的大型影像设备`, `诸如A、B之类的X`: spoken forms of the same apposition, read as 等
    // reads its head (a qualified class, or one that says what its things do).
    for (const m of s.matchAll(LIKE_THESE)) {
      const at = m.index + m[0].length;
      const best = headLength(s.slice(at));
      if (best === undefined || !/[、和及与]/.test(m[1] ?? '')) continue;
      const field = add(si, sf + at, sf + at + best, 'text:field-apposition', 'head');
      if (field) {
        const open = m.index + m[0].indexOf(m[1] ?? '');
        const [listStart, listEnd] = orig(sf + open, sf + open + (m[1]?.length ?? 0));
        appositions.push({ field, listStart, listEnd });
      }
    }
    // `CT、超声诊断设备、监护仪、呼吸机这类中端医疗设备`: the same apposition without an opener.
    for (const m of s.matchAll(THESE_CLASS)) {
      const from = clauseStart(m.index);
      const list = s.slice(from, m.index);
      if (!/[、和及与]/.test(list) || /像|诸如/.test(list)) continue;
      const at = m.index + m[0].length;
      const best = headLength(s.slice(at));
      if (best === undefined) continue;
      const field = add(si, sf + at, sf + at + best, 'text:field-apposition', 'head');
      if (field) {
        const [listStart, listEnd] = orig(sf + from, sf + m.index);
        appositions.push({ field, listStart, listEnd });
      }
    }
    // `聚焦高端医学影像、体外诊断和康复器械三大领域`, `…康复辅具三个方向`: a counted list of fields, without 等.
    for (const m of s.matchAll(COUNTED_FIELDS)) {
      const at = m.index;
      if (s[at - 1] !== '等' && /[、和及与]/.test(s.slice(clauseStart(at), at)))
        listOfFields(clauseStart(at), at, countOf(m[0]), /(?:领域|方向|板块|赛道)$/.test(m[0]));
    }
    // `公司主营业务为医学影像设备的研发、生产和销售，主要产品包括A、B`: the class a firm's business is
    // in holds the products it lists after.
    const business = BUSINESS_FIELD.exec(s);
    if (business?.[1]) {
      const from = business.index + business[0].length - business[1].length;
      const products = PRODUCTS_LISTED.exec(s.slice(from));
      const [cs, ce] = orig(sf + from + (products?.index ?? s.length), st);
      if (products && devicesIn(si, cs, ce) >= 1)
        add(si, sf + from, sf + from + business[1].length, 'text:field-word', 'examples');
    }
    // `以高端医学影像设备、体外诊断设备为重点方向`: the list before 为重点方向/领域 names fields; not
    // `以早期、精准、微创诊疗为方向`, which names qualities.
    for (const m of s.matchAll(/以([^，,。；;：:以]{4,60}?)为重点(?:发展)?(?:方向|领域)/g))
      if (/[、和及与]/.test(m[1] ?? '')) listOfFields(m.index + 1, m.index + 1 + (m[1]?.length ?? 0));
    // `一、支持重点领域突破。重点发展医学影像设备、体外诊断设备和康复辅助器具，…`: a short lead on the
    // same line that announces fields vouches for the classes the next sentence lists first.
    const prev = model.sentences[si - 1];
    const announced =
      prev !== undefined &&
      prev.end - prev.start <= 16 &&
      model.text.slice(prev.start, prev.end).includes('领域') &&
      !model.text.slice(prev.end, sentence.start).includes('\n');
    const firstList = announced ? /^(?:重点|着力|优先|加快)?发展([^，,。；;：:]+)/.exec(s) : null;
    if (firstList?.[1] && /[、和及与]/.test(firstList[1])) {
      const from = firstList[0].length - firstList[1].length;
      const list = members(from, firstList[0].length);
      // Only classes: every member closes on a class noun (`康复辅助器具` names its things by 器具).
      if (list.every(([a, b]) => /(?:装备|设备|器械|器具|耗材|产品)$/.test(s.slice(a, b))))
        listOfFields(from, firstList[0].length, list.length);
    }
    for (const m of s.matchAll(
      /领域|方面|方向|板块|赛道|产业链|子链(?!方面)|范畴|展区|产业(?![园区链基])|(?:的)?(?:主要|代表性?|典型|核心)(?:产品|设备|装备|器械)(?:主要)?(?:包括|包含|涵盖|有|为|是)|(?:则|还|也)?(?:主要|重点)?(?:包括|包含|涵盖|覆盖)/g,
    )) {
      const at = m.index;
      // `医学影像主要产品包括A、B`, `体外诊断的代表产品有C`: what a field's products are leads its clause
      // as `X领域的主要产品为A` does; the name before it is read as before 领域.
      const products = /^(?:的)?(?:主要|代表|典型|核心)/.test(m[0]);
      // `医用耗材产业持续壮大，A、B产量…` (a work report): a class's industry opening its sentence, what
      // it did, then a comma: the clause after it speaks of its things.
      const industry = m[0] === '产业';
      if (industry && !INDUSTRY_LEAD.test(s.slice(at))) continue;
      // `高端医学影像方向重点发展A、B`: a direction names its field as 领域 does; `发展方向` does not.
      if (m[0] === '方向' && DIRECTION_OF.test(s.slice(0, at))) continue;
      // Plans and their news also call a field a board, a track or a chain (`高端医学影像板块`, `在X赛道`,
      // `培育壮大高端医学影像产业链，重点发展A`); Hong Kong writes 范畴 (`在醫療影像範疇，`).
      const fieldWord = /^(?:领域|方向|板块|赛道|产业链|子链|范畴|展区)$/.test(m[0]);
      const aspect = m[0] === '方面' || products;
      // `领域共有六个：A、B…`: the list after the colon names fields.
      const colon = fieldWord
        ? /^领域[^。；、：:]{0,8}?(?:[：:]|包括|主要有|涵盖|分别是|分别为|是|为)/.exec(s.slice(at))
        : null;
      if (colon) {
        let end = at + colon[0].length;
        while (end < s.length && !/[。；;：:]/.test(s[end] ?? '')) end++;
        listOfFields(at + colon[0].length, end);
      }
      // `重点抓三个方向：A、B、C，…`, `分为四大板块：A、B、C和D，每个板块…`: a counted direction, board or
      // track before a colon announces its fields as `领域：` does. The list ends at the first clause
      // break where its members tally the count, else at the first.
      const counted =
        !colon && /^(?:方向|板块|赛道)[：:]/.test(s.slice(at)) ? COUNT_END.exec(s.slice(0, at)) : null;
      const count = counted ? countOf(counted[0]) : undefined;
      if (count !== undefined && count >= 2) {
        const from = at + m[0].length + 1;
        const breaks: number[] = [];
        for (let k = from; k <= s.length; k++)
          if (k === s.length || /[，,。；;：:]/.test(s[k] ?? '')) {
            breaks.push(k);
            if (!/[，,]/.test(s[k] ?? '')) break;
          }
        const end = breaks.find((e) => members(from, e).length === count) ?? breaks[0];
        if (end !== undefined && end > from) listOfFields(from, end, count, true);
      }
      // `在X领域，重点发展A、B`, `X方面，重点…A`, `X主要包括A、B`: X is a field when equipment
      // follows in the clause.
      // `在「醫學影像」領域`: a field's name may stand in quotes.
      const quoted = QUOTE_CLOSE.test(s[at - 1] ?? '') ? 1 : 0;
      // `医学影像设备细分领域中，`: 细分 says the field is a segment, no part of its name.
      // `医学影像装备子链方面，`: a chain's sub-chain (子链) is the field it is named after.
      const segment = s.slice(at - 2, at);
      const nameEnd =
        at -
        quoted -
        (!quoted && ((fieldWord && segment === '细分') || ((fieldWord || aspect) && segment === '子链'))
          ? 2
          : 0);
      let k = nameEnd;
      while (k > 0 && k > nameEnd - 14 && HEAD_CHAR.test(s[k - 1] ?? '') && s[k - 1] !== '等') k--;
      if (quoted && !QUOTE_OPEN.test(s[k - 1] ?? '')) continue;
      // `聚乳酸在心血管领域主要用于A`: the subject before 在 is no part of the field's name.
      const inAt = s.slice(k, nameEnd).lastIndexOf('在');
      if (inAt > 0 && !/[正现存所实内外自潜]/.test(s[k + inAt - 1] ?? '') && nameEnd - (k + inAt) >= 3)
        k += inAt;
      // `第二块是检验，就是…`: a speaker's ordinal and its copula are no part of the name after them.
      const ordinal = COUNTED_ORDINAL_ANYWHERE.exec(s.slice(k, nameEnd));
      if (ordinal) k += ordinal.index + ordinal[0].length;
      const x = s.slice(k, nameEnd);
      if (COUNT_END.test(x)) continue;
      // `鱼跃医疗主要产品有A`: a firm's name before its products is no field.
      if (products && /(?:医疗器械|医疗|医药|科技|股份|集团|公司|企业|厂家|厂商)$/.test(x)) continue;
      if (industry && k > 0 && !CLAUSE_BREAK.test(s[k - 1] ?? '')) continue;
      // A field's stem is no verb phrase, whatever verbs it holds (`在生命支持方面`: 支持 is in the name).
      const stem = /^(?:在|于)?(.+)$/.exec(x)?.[1] ?? x;
      const stemCore = CLASS_NOUN.exec(stem)?.[1] ?? stem;
      let lead = look.stems.has(stemCore) ? x.length - stem.length : trimLead(x, look.verbs);
      lead += BUILD_UP.exec(x.slice(lead))?.[0].length ?? 0;
      // `在影像领域，…`, `影像方面，…`: a short name of a field the text named before refers to it.
      // `医学影像类产品包括A、B` after a list that named 医学影像: the category is the field named before.
      // The field's name may hold a verb (`生命信息与支持类产品`): read the whole phrase first.
      const whole = /^([\u4e00-\u9fff]{2,10})类(?:产品|设备|器械|装备|耗材)?$/.exec(stem)?.[1];
      if (whole !== undefined && !fieldWord && !aspect && referent(whole, si)) lead = x.length - stem.length;
      const category = /^([\u4e00-\u9fff]{2,10})类(?:产品|设备|器械|装备|耗材)?$/.exec(x.slice(lead))?.[1];
      const earlier =
        fieldWord || aspect
          ? referent(x.slice(lead), si)
          : category !== undefined
            ? referent(category, si)
            : undefined;
      // `影像展区：` refers to a field the page named before (`分为医学影像、体外诊断…等主题展区`); an
      // exhibition's zone names no new field.
      if (m[0] === '展区' && !earlier) continue;
      // `在骨科领域，…`: a branch of medicine the text calls a field names the field of its devices.
      const specialty = fieldWord && SPECIALTY.test(x.slice(lead));
      if ((x.length - lead < 3 && !earlier && !specialty) || s[k - 1] === '等') continue;
      // `获批产品包括A、B`: the things of an event (approved, tendered, listed) make no field.
      if (EVENT_LEAD.test(x.slice(lead))) continue;
      // `在诊断检验装备和治疗装备领域`: two fields share the word, neither leads the clause alone. One
      // shorter field inside is the stem of a class (`在体外诊断设备领域`: 体外诊断 of the lexicon).
      const [xs, xe] = orig(sf + k + lead, sf + nameEnd);
      // `手术和治疗设备方面，`: two uses joined under one class noun name one class.
      const joinedClass =
        /^[\u4e00-\u9fff]{2,4}(?:和|与|及)[\u4e00-\u9fff]{2,4}(?:装备|设备|器械|产品)$/.test(x.slice(lead));
      const coordinated =
        (/[和及或、]/.test(x.slice(lead)) && !joinedClass) ||
        (model.bySentence.get(si) ?? []).filter(
          (o) =>
            o.start >= xs && o.end <= xe && o.end - o.start < xe - xs && labels.get(o.nodeId) === 'Domain',
        ).length > 1;
      if (coordinated) {
        // `在骨科、心血管和口腔领域，A用于B、C`: each branch of medicine of the list is a field; which
        // device is in which the text does not say.
        let from = nameEnd;
        while (from > 0 && /[\u4e00-\u9fff、]/.test(s[from - 1] ?? '') && !/[在于]/.test(s[from - 1] ?? ''))
          from--;
        from += lastLead(s.slice(from, nameEnd), look.verbs);
        const list = fieldWord ? members(from, nameEnd) : [];
        if (list.length >= 2 && list.every(([a, b]) => SPECIALTY.test(s.slice(a, b))))
          for (const [a, b] of list) add(si, sf + a, sf + b, 'text:field-list', 'category');
        continue;
      }
      let clauseEnd = at;
      while (clauseEnd < s.length && !/[。；;]/.test(s[clauseEnd] ?? '')) clauseEnd++;
      const [cs, ce] = orig(sf + at, sf + clauseEnd);
      const equipmentAfter =
        (model.bySentence.get(si) ?? []).some(
          (o) => o.start >= cs && o.end <= ce && labels.get(o.nodeId) === 'Equipment',
        ) ||
        // `在医学影像领域，国产替代推进最快。医院新购的A、B…`: a field opening its paragraph, over two
        // devices of the sentences after it.
        // A short name of a field named before, opening a line its sentence began on the line before
        // (a caption without a full stop, `▲ 7.1馆影像展区现场` over `影像展区：…`), opens its paragraph too.
        ((/^(?:在|于)?$/.test(s.slice(0, k).trim()) ||
          (earlier !== undefined &&
            model.text.slice(model.text.lastIndexOf('\n', xs - 1) + 1, xs).trim() === '')) &&
          (fieldWord || aspect) &&
          paragraphDevices(si) >= 2);
      // `医学影像领域的光子计数CT、超导磁共振等产品`: 领域的 right before a list of equipment leads it too.
      const [ds] = orig(sf + at + 3, sf + at + 4);
      const listAfter =
        s.startsWith('领域的', at) &&
        (model.bySentence.get(si) ?? []).some((o) => o.start === ds && labels.get(o.nodeId) === 'Equipment');
      const leads = products || (fieldWord || aspect ? FIELD_LEAD.test(s.slice(at)) || listAfter : true);
      if (!equipmentAfter || !leads) continue;
      // An industry's sentence vouches for its class only over two devices or more.
      if (industry && (devicesIn(si, cs, ce) < 2 || /[省市县区州国我全]/.test(x))) continue;
      if (earlier) {
        const name = writtenText(model.text, norm, sf + k + lead, sf + nameEnd);
        fields.push({
          name,
          start: xs,
          end: xe,
          sentence: si,
          rule: 'text:field-word',
          known: earlier,
          refers: true,
        });
        continue;
      }
      // 领域, 方向 and 方面 leading a clause of equipment call a name without a class noun a field when
      // it says what its products do (`在医学影像领域`, `生命支持方面，推动A`); `X包括` needs the class noun.
      if (add(si, sf + k + lead, sf + nameEnd, 'text:field-word', 'word')) continue;
      if ((fieldWord || aspect) && !add(si, sf + k + lead, sf + nameEnd, 'text:field-word', 'stem')) {
        // A curated class framed as a field holds the devices of its clause: two at least.
        const framed =
          devicesIn(si, cs, ce) >= 2 && add(si, sf + k + lead, sf + nameEnd, 'text:field-word', 'framed');
        if (!framed && specialty) add(si, sf + k + lead, sf + nameEnd, 'text:field-word', 'category');
      } else if (!fieldWord && !aspect && !industry && /包括|包含|涵盖|覆盖/.test(m[0]))
        // `骨科植入物包括A、B`, `康复辅具涵盖A、B`: what a curated class of things holds, two devices or more.
        framedOver(si, sf + k + lead, sf + nameEnd, cs, ce);
    }
    // `监护与生命支持设备是国产化程度最高的领域。多家医院的A、B…`: a class that opens its paragraph and
    // is called a field names the field of the devices after it on the line, two at least.
    const called = /^([\u4e00-\u9fffa-z0-9]{3,14}?)是[^，,。；;]{0,24}领域(?:之一)?[。！!]?$/.exec(s);
    if (called?.[1] && paragraphDevices(si) >= 2) {
      const to = called[1].length;
      if (
        !add(si, sf, sf + to, 'text:field-word', 'word') &&
        !add(si, sf, sf + to, 'text:field-word', 'stem')
      )
        add(si, sf, sf + to, 'text:field-word', 'framed');
    }
    // `一是医学影像装备，重点发展CT、…；二是…`: a class phrase right after an ordinal, with equipment
    // after it in the sentence or the next one, names the field of its paragraph.
    // `二是高端医学影像，重点发展A、B`: a bare name that says what its products do reads the same way.
    // Each item of `一是X，…；二是Y，…` is read, not only the first.
    const classedAt = new Set<number>();
    for (const [re, mode] of [
      // An item frames its class as a field as its examples do (`二是康复装备，发展A`).
      [ORDINAL_FIELD, 'examples'],
      [ORDINAL_BARE_FIELD, 'bare'],
    ] as const)
      for (const ordinal of s.matchAll(re)) {
        if (!ordinal[1] || ordinal[0].length <= ordinal[1].length || classedAt.has(ordinal.index)) continue;
        // `一是在医学影像方面，`: 在 and 方面/领域 frame the name, no part of it.
        const [from, to] = ordinal.indices?.[1] ?? [0, 0];
        const end = ordinal.index + ordinal[0].length;
        const [cs] = orig(sf + end, sf + end + 1);
        const next = model.sentences[si + 1];
        const until =
          next && !model.text.slice(sentence.end, next.start).includes('\n') ? next.end : sentence.end;
        const equipmentAfter = someWithin(
          model.occurrences,
          cs,
          until,
          (o) => labels.get(o.nodeId) === 'Equipment',
        );
        if (equipmentAfter && add(si, sf + from, sf + to, 'text:field-word', mode))
          classedAt.add(ordinal.index);
        // `二是手术机器人，包括A、B`: over two devices of its item an ordinal frames a curated class of
        // things as a field, as `手术机器人方面，` does.
        // An item whose sentence is its head alone (`三是手术机器人。重点发展A、B。`) counts the devices of
        // the sentence after it on its line.
        else if (
          equipmentAfter &&
          devicesIn(si, cs, sentence.end) +
            (until !== sentence.end && cs >= sentence.end - 1
              ? devicesIn(si + 1, next?.start ?? 0, until)
              : 0) >=
            2
        )
          if (add(si, sf + from, sf + to, 'text:field-word', 'framed')) classedAt.add(ordinal.index);
      }
    // `围绕高端医学影像设备，支持企业攻关A、B`: a class phrase framed by 围绕/聚焦 before a comma, with
    // equipment after it in the sentence, names the field of what follows.
    for (const m of s.matchAll(/(?:围绕|聚焦|针对|对于|面向)([\u4e00-\u9fffa-z0-9]{3,14})[，,]/g)) {
      const from = m.index + m[0].length - 1 - (m[1]?.length ?? 0);
      const [cs, ce] = orig(sf + m.index + m[0].length, st);
      const equipmentAfter = (model.bySentence.get(si) ?? []).some(
        (o) => o.start >= cs && o.end <= ce && labels.get(o.nodeId) === 'Equipment',
      );
      // `围绕高端医学影像，…`: a bare name framed so is a field when it says what its products do; not a
      // need, a disease or a chain (`围绕重大疾病诊断，`, `围绕医疗器械产业链，`).
      const framedBare = !/产业|链|需求|疾病|病|临床|患者|群众/.test(m[1] ?? '');
      if (equipmentAfter)
        for (const mode of framedBare ? (['word', 'bare'] as const) : (['word'] as const))
          if (add(si, sf + from, sf + from + (m[1]?.length ?? 0), 'text:field-word', mode)) break;
    }
    // `发展院内物流装备，重点突破A、B和C`, `推动智能药房装备产业化，支持A、B研制`: a class of equipment that a
    // verb of development opens its clause with, before a clause that names what it develops first, names
    // the field of the devices after it. A class only (`word`): `发展高端医疗，支持A` names no field.
    for (const m of s.matchAll(
      /(?<=^|[；;，,：:。|｜\s])(?:发展|推动|推进|加快发展|大力发展|做强|做优|培育|壮大|培育壮大)([\u4e00-\u9fff]{3,14}?)(?:产业化|产业|发展|建设)?[，,](?=(?:重点|着力|优先)(?:发展|突破|攻关|研制|研发|开发|推进|推动|支持)|支持|加快)/g,
    )) {
      const start = m.index + m[0].indexOf(m[1] ?? '', 2);
      const after = m.index + m[0].length;
      const rest = s.slice(after).search(/[。；;|｜]/);
      const [cs, ce] = orig(sf + after, rest === -1 ? st : sf + after + rest);
      if (devicesIn(si, cs, ce) >= 2)
        add(si, sf + start, sf + start + (m[1]?.length ?? 0), 'text:field-word', 'word');
    }
    // `医学影像设备重点发展A、B；治疗设备重点发展C`: a class phrase opening its clause before a verb
    // of development, with equipment after it in the clause, names the field of what follows.
    for (const m of s.matchAll(
      /(?<=^|[；;，,：:])((?:其中)?[\u4e00-\u9fffa-z0-9]{3,12}?)(?=(?:要|将|应|需)?(?:(?:重点|着力|优先)(?:发展|突破|攻关|研制|研发|开发|推进|推动|支持)|加快|大力发展|积极发展)|(?:则|还|也)?(?:以[^，,。；;]{2,40}?为(?:重点|主攻方向|核心|主(?!要))|覆盖|涵盖|涉及|主要有))/g,
    )) {
      // `…两大领域，其中高阶医学影像以A、B为重点`: 其中 points into the fields named before.
      const among = m[1]?.startsWith('其中') ? 2 : 0;
      const name = (m[1] ?? '').slice(among);
      const from = m.index + among;
      const rest = s.slice(from + name.length);
      const end = rest.search(/[。；;]/);
      const [cs, ce] = orig(sf + from + name.length, end === -1 ? st : sf + from + name.length + end);
      const equipmentAfter = (model.bySentence.get(si) ?? []).some(
        (o) => o.start >= cs && o.end <= ce && labels.get(o.nodeId) === 'Equipment',
      );
      if (
        equipmentAfter &&
        !add(si, sf + from, sf + from + name.length, 'text:field-word', 'word') &&
        // `高端医学影像方向重点发展A`: a name closed by a field word is read with that word above.
        // What a class holds (`X主要有A`, `X涉及A`, `X以A为主`) needs a class, not a bare name
        // (`检验包件以IVD设备为主` is a lot of a tender).
        (FIELD_WORD_END.test(name) ||
          HOLDS_LEAD.test(rest) ||
          !add(si, sf + from, sf + from + name.length, 'text:field-word', 'stem')) &&
        devicesIn(si, cs, ce) >= 2
      )
        add(si, sf + from, sf + from + name.length, 'text:field-word', 'framed');
    }
    // `医学影像设备：重点发展高端CT、…`: a class phrase opening its sentence before a colon, with
    // equipment after it, names the field of what follows.
    // So does one after a semicolon or another colon (`重点产品包括：医学影像设备：A、B；治疗设备：C`).
    for (const colonLead of s.matchAll(/(?<=^|[；;：:])([^，。；：:、,;\n]{3,12})[：:]/g)) {
      // `治疗设备类：A、B`: the class, less 类 (and less `领域重点产品`, as on a row), and less a word that
      // walks the reader to it (`再看医学影像设备：`).
      const walk = WALK_LEAD.exec(colonLead[1] ?? '')?.[0].length ?? 0;
      const name = (colonLead[1] ?? '').slice(walk).replace(ROW_HEAD_TAIL, '');
      const at = colonLead.index + walk;
      const end = s.slice(at + (colonLead[0].length - walk)).search(/[。；;]/);
      const [cs, ce] = orig(
        sf + at + (colonLead[0].length - walk),
        end === -1 ? st : sf + at + (colonLead[0].length - walk) + end,
      );
      const equipmentAfter = (model.bySentence.get(si) ?? []).some(
        (o) => o.start >= cs && o.end <= ce && labels.get(o.nodeId) === 'Equipment',
      );
      const lead = trimLead(name, look.verbs);
      // `类别：医学影像设备⏎产品：A`: no head runs over a line break.
      const [ns, ne] = orig(sf + at, sf + at + (colonLead[1]!.length - walk));
      if (model.text.slice(ns, ne).includes('\n')) continue;
      // A name without a class noun heads its line as a field when it says what its products do
      // (`高端医学影像：A、B`); a measure or a part (`关键零部件：`) does not.
      if (
        equipmentAfter &&
        name.length - lead >= 3 &&
        !add(si, sf + at + lead, sf + at + name.length, 'text:field-word', 'word') &&
        !(
          colonLead.index === 0 &&
          lead === 0 &&
          add(si, sf + at, sf + at + name.length, 'text:field-word', 'stem')
        )
      )
        // `骨科植入物：人工髋关节、人工膝关节`: a curated class of things over two devices.
        framedOver(si, sf + at + lead, sf + at + name.length, cs, ce);
    }
    // `医学影像设备，如A、B；`, `治疗设备，包括A、B`, `家用医疗器械（A、B、C）`: a class phrase that
    // leads its clause, followed by examples of equipment, names the field they are in.
    for (const m of s.matchAll(EXAMPLES_OPEN)) {
      const at = m.index;
      const end = examplesEnd(s, at, m[0]);
      if (end === undefined) continue;
      let k = at;
      while (k > 0 && at - k < 16 && HEAD_CHAR.test(s[k - 1] ?? '') && s[k - 1] !== '等') k--;
      k += ORDINAL_LEAD.exec(s.slice(k, at))?.[0].length ?? 0;
      const lead = trimLead(s.slice(k, at), look.verbs);
      if (at - k - lead < 3) continue;
      const [cs, ce] = orig(sf + at + m[0].length, sf + end);
      // A class of materials (`新型生物材料，如A、B`) is a field by the materials it lists.
      const kind = MATERIAL_CLASS.test(s.slice(k + lead, at)) ? 'Material' : 'Equipment';
      const examples = (model.bySentence.get(si) ?? []).filter(
        (o) => o.start >= cs && o.end <= ce && labels.get(o.nodeId) === kind,
      );
      if (
        examples.length >= (kind === 'Material' ? 2 : 1) &&
        !add(si, sf + k + lead, sf + at, 'text:field-word', 'examples') &&
        kind === 'Equipment'
      )
        // `医用内窥镜，如A、B`, `手术机器人（A、B）`: a curated class of things over two devices or more.
        framedOver(si, sf + k + lead, sf + at, cs, ce);
    }
    // `着力发展医学影像诊断类、放射治疗类……和体外诊断试剂类产品`: each category with the class noun.
    for (const m of s.matchAll(/类(?:(主要|代表性?|典型|核心|重点)?)(产品|设备|器械|装备|耗材)/g)) {
      const end = m.index + 1;
      for (const [a, b] of members(clauseStart(m.index), end)) {
        // A field's name may hold a verb (`生命支持类`): a category of a field named before keeps it.
        const whole = /^([\u4e00-\u9fff]{2,10})类$/.exec(s.slice(a, b))?.[1];
        const from =
          whole !== undefined && b === end && referent(whole, si)
            ? a
            : a + trimLead(s.slice(a, b), look.verbs);
        const x = s.slice(from, b);
        // A named category (医学影像诊断类), not a count (三类) or a demonstrative (这类, 各类).
        if (
          !/^[\u4e00-\u9fff]{2,10}类$/.test(x) ||
          /[等的]|[一二三四五六七八九十两几多各这此该同某本大品门种]类$/.test(x) ||
          /^[各这此该同某本]/.test(x)
        )
          continue;
        // `…覆盖生命支持、医学影像两大领域。生命支持类产品包括A、B`: the category of a field named before
        // is that field.
        const earlier = b === end ? referent(x.slice(0, -1), si) : undefined;
        if (earlier) {
          const [xs, xe] = orig(sf + from, sf + b - 1);
          const name = writtenText(model.text, norm, sf + from, sf + b - 1);
          fields.push({
            name,
            start: xs,
            end: xe,
            sentence: si,
            rule: 'text:field-class',
            known: earlier,
            refers: true,
          });
          continue;
        }
        if (m[1]) continue;
        if (b === end) add(si, sf + from, sf + end + (m[2]?.length ?? 0), 'text:field-class', 'category');
        else add(si, sf + from, sf + b, 'text:field-class', 'category', m[2]);
      }
    }
    // `发展高质量植介入产品、康复产品和高性能体外诊断产品`: classes listed with a field are fields.
    // Only clauses that list (、) and hold a field's mention are read (segmenting is the cost here).
    const domainAt = (model.bySentence.get(si) ?? [])
      .filter((o) => labels.get(o.nodeId) === 'Domain')
      .map((o) => lowerBound(norm.starts, o.start) - sf);
    let from = 0;
    for (let i = 0; i <= s.length; i++)
      if (i === s.length || CLAUSE_BREAK.test(s[i] ?? '')) {
        const etc = s.indexOf('等', from);
        const to = etc !== -1 && etc < i ? etc : i;
        if (s.slice(from, to).includes('、') && domainAt.some((d) => d >= from && d < to))
          classes(from, to, 'text:field-coordinated', true);
        from = i + 1;
      }
    // `着力发展医学影像诊断装备产业`: the industry of a diagnostic or therapeutic class.
    for (const m of s.matchAll(/产业/g)) {
      let k = m.index;
      while (k > 0 && k > m.index - 14 && HEAD_CHAR.test(s[k - 1] ?? '') && s[k - 1] !== '等') k--;
      let lead = trimLead(s.slice(k, m.index), look.verbs);
      // `壮大康复医疗器械产业`: a verb the plans' list lacks stands before a use of the industry.
      const use = FUNCTION_INDUSTRY_END.exec(s.slice(k + lead, m.index));
      if (use) lead += use.index;
      if (m.index - k - lead >= 4) add(si, sf + k + lead, sf + m.index, 'text:field-industry', 'industry');
    }
    for (const m of s.matchAll(STANDALONE))
      add(si, sf + m.index, sf + m.index + m[0].length, 'text:field-qualified', 'standalone');
    // `康复医疗器械`, `家用及康复医疗器械`: the industry narrowed to what its products are for; the
    // left conjunct is completed with the industry's noun (`家用` + `医疗器械`).
    for (const m of s.matchAll(FUNCTION_INDUSTRY)) {
      const use = m[1] ?? '';
      const noun = m[2] ?? '';
      add(si, sf + m.index, sf + m.index + m[0].length, 'text:field-qualified', 'category');
      const left = LEFT_USE.exec(s.slice(Math.max(0, m.index - 3), m.index));
      if (left?.[1] && left[1] !== use) {
        const from = m.index - left[0].length;
        add(si, sf + from, sf + from + left[1].length, 'text:field-qualified', 'category', noun);
      }
    }
  });
  // `| 医学影像设备 | CT、磁共振成像系统 |`: a class phrase heading a row of equipment is its field.
  const occurrencesIn = occurrenceFinder(model);
  // A catalogue's product class alone on its line over its description (`01 血液透析设备`) is no
  // row's field: it names a product of its category.
  const productTitles = model.sections.filter((s) => s.catalogue === 'product');
  /** The different devices named in [start, end), a name inside a longer device name not counted (`轮椅` of `智能电动轮椅`). */
  const outerDevicesAfter = (start: number, end: number): number =>
    new Set(
      occurrencesIn(start, end)
        .filter(
          (o, _, all) =>
            labels.get(o.nodeId) === 'Equipment' &&
            !all.some(
              (x) =>
                x !== o &&
                x.start <= o.start &&
                x.end >= o.end &&
                x.end - x.start > o.end - o.start &&
                labels.get(x.nodeId) === 'Equipment',
            ),
        )
        .map((o) => o.nodeId),
    ).size;
  for (const row of tableRows(model.text)) {
    const head = row.cells[0];
    if (!head) continue;
    if (productTitles.some((s) => s.titleStart <= head[0] && head[0] < s.titleEnd)) continue;
    const si = sentenceAt(model.sentences, head[0]);
    const equipmentAfter = occurrencesIn(head[1], row.end).some((o) => labels.get(o.nodeId) === 'Equipment');
    const to = lowerBound(norm.starts, head[1]);
    // `03光治疗设备 | 01半导体激光治疗设备 | …` under a catalogue's `一级产品类别` header: the class code
    // opening the row's head is no part of the field's name.
    const coded = /^[0-9]{1,3}(?=[\u4e00-\u9fff])/.exec(
      norm.text.slice(lowerBound(norm.starts, head[0]), to),
    );
    const at =
      lowerBound(norm.starts, head[0]) +
      (coded && CLASS_COLUMN.test(tableHeader(model.text, row.start)) ? coded[0].length : 0);
    // `（一）做强高端医学影像装备。`: a verb of building the field up is no part of its name.
    // `在高端医学影像设备领域：A、B`: 在 frames the field, no part of its name.
    const framedBy = /^[在于](?=[^：:]{3,}领域)/.test(norm.text.slice(at, to)) ? 1 : 0;
    // `先看透析耗材。`, `其次，呼吸耗材：`: a word that walks the reader through the text is no part of it.
    const walked = at + framedBy + (WALK_LEAD.exec(norm.text.slice(at + framedBy, to))?.[0].length ?? 0);
    const from = walked + (BUILD_UP.exec(norm.text.slice(walked, to))?.[0].length ?? 0);
    const marked = norm.text.slice(from, to).replace(/[*#：:。]+$/, '');
    // `医学影像领域重点产品：A、B`, `治疗设备类：A、B`: the field, less what the line says of it.
    const cell = marked.replace(ROW_HEAD_TAIL, '');
    // `| 彩色超声诊断仪 | 基因测序仪 |`: a device heading a row is a member of a column, no field.
    if (DEVICE_END.test(cell) && !CLASS_NOUN.test(cell)) continue;
    const called = cell !== marked && marked.slice(cell.length).startsWith('领域');
    // `| 应用领域 | 代表产品 |` over `| 骨科 | A、B |`: under a header that calls its first column
    // fields, a branch of medicine heads its row as a field.
    if (equipmentAfter && SPECIALTY.test(cell) && /领域|方向/.test(tableHeader(model.text, row.start))) {
      add(si, from, from + cell.length, 'text:field-table', 'category');
      continue;
    }
    // `生命支持类：呼吸机、监护仪和麻醉机`: a class of products named by 类 heading a line or a row over two
    // devices or more is a field, whatever it says its products do (not a grade, `第二类：`, `二类：`).
    if (
      equipmentAfter &&
      cell !== marked &&
      marked.endsWith('类') &&
      /^[\u4e00-\u9fff]{2,8}$/.test(cell) &&
      !NOT_A_CLASS.test(cell) &&
      !look.domain(cell) &&
      outerDevicesAfter(head[1], row.end) >= 2 &&
      add(si, from, from + cell.length, 'text:field-table', 'category')
    )
      continue;
    if (equipmentAfter && cell.length >= 3 && cell.length <= 12 && HEAD_CHAR.test(cell[0] ?? ''))
      // A row or line frames a curated class of things as a field, as examples do (`●放射治疗装备：A、B`).
      if (
        !add(si, from, from + cell.length, 'text:field-table', 'examples') &&
        !(
          // A bare field heads a table's row (`| 医学影像 | A、B |`) or a line that calls it one.
          (called || row.cells.length > 2 || /[|\t]/.test(model.text.slice(row.start, row.end))) &&
          add(si, from, from + cell.length, 'text:field-table', 'stem')
        ) &&
        // `康复辅具。发展A、B、C`: a curated class of aids heading a line over two devices or more.
        outerDevicesAfter(head[1], row.end) >= 2
      )
        add(si, from, from + cell.length, 'text:field-table', 'framed');
  }
  // `| 医学影像装备 | 体外诊断装备 | 治疗装备 |` over rows of devices: a header whose every cell names a
  // field, and heads equipment in its column, names those fields (`| 材料 | 代表产品 |` names none).
  for (const { header, body } of columnTables(model.text)) {
    const si = sentenceAt(model.sentences, header.start);
    const cells = header.cells.map((cell, j) => {
      const from = lowerBound(norm.starts, cell[0]);
      const name = norm.text.slice(from, lowerBound(norm.starts, cell[1])).replace(/[*#：:。]+$/, '');
      const below = body.some((row) => {
        const c = row.cells[j];
        return c !== undefined && occurrencesIn(c[0], c[1]).some((o) => labels.get(o.nodeId) === 'Equipment');
      });
      const named =
        name.length >= 3 &&
        name.length <= 12 &&
        !(DEVICE_END.test(name) && !CLASS_NOUN.test(name)) &&
        (classifyField(name, 'examples', look) ?? classifyField(name, 'stem', look)) !== undefined;
      return { from, name, named, below };
    });
    if (!cells.every((c) => c.named) || cells.filter((c) => c.below).length < 2) continue;
    for (const { from, name } of cells)
      if (!add(si, from, from + name.length, 'text:field-table', 'examples'))
        add(si, from, from + name.length, 'text:field-table', 'stem');
  }
  // `序号	装备名称	…	应用领域` over `9-2	质子治疗系统	…	放射治疗装备`: the header calls the column's
  // cells fields; a class phrase or a field's stem there is one, as is a branch of medicine.
  // A catalogue's `一级产品类别` column says each of its cells is a class of products, whatever its words.
  for (const { field, header } of fieldRows(model.text)) {
    const from = lowerBound(norm.starts, field[0]);
    const to = lowerBound(norm.starts, field[1]);
    const si = sentenceAt(model.sentences, field[0]);
    const cell = norm.text.slice(from, to);
    if (
      !add(si, from, to, 'text:field-table', 'examples') &&
      !add(si, from, to, 'text:field-table', 'stem') &&
      (SPECIALTY.test(cell) ||
        CLASS_COLUMN.test(model.text.slice(header[0], header[1])) ||
        ITEM_COLUMN.test(model.text.slice(header[0], header[1])))
    )
      add(si, from, to, 'text:field-table', 'category');
  }
  return { fields, appositions };
};
