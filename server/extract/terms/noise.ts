// Where a head-noun run names something other than a thing of the field: an organisation whose name
// ends in a head (`航天新长征医疗器械(北京)有限公司`), or a place written before the thing
// (`广东省…`). Pure checks over the segmented sentence.
import type { Word, WordStarts } from './segmenter';

/**
 * Nouns that end an organisation's name. A term followed by one (after an optional bracketed place)
 * is the organisation's name, not a thing: `航天新长征医疗器械(北京)有限公司`,
 * `广东省智能化超声成像技术装备创新中心`, `上海艾普强粒子设备有限公司`.
 */
const ORGANISATION_ENDS = [
  ...['股份有限公司', '有限责任公司', '有限公司', '股份公司', '公司', '集团', '厂'],
  ...['创新中心', '工程中心', '技术中心', '研究中心', '研究院', '研究所', '实验室'],
  ...['医院', '协会', '学会', '联盟', '产业园', '科技园'],
  // Inspection bodies (`省医疗器械检验检测所`) are named by what they inspect.
  ...['检验检测所', '检验所', '检测所', '检验检测院', '检验检测中心'],
];
const BRACKETED = /^[(（][^()（）]{1,8}[)）]/;

/** Organisation ends that may follow a head after a short qualifier (`医疗器械|应急|产业园`). */
const PLACE_ENDS =
  /^[\u4e00-\u9fff]{1,4}?(?:产业园|科技园|工业园|创新中心|研究院|研究所|有限公司|股份有限公司)/;

/** True when the text from `to` on makes [.., to) part of an organisation's name. */
export const endsInOrganisation = (text: string, to: number): boolean => {
  let rest = text.slice(to, to + 24);
  const bracket = BRACKETED.exec(rest);
  if (bracket) rest = rest.slice(bracket[0].length);
  return ORGANISATION_ENDS.some((o) => rest.startsWith(o)) || PLACE_ENDS.test(rest);
};

/**
 * Verbs and adverbs that the dictionary tags as nouns (`助力/n`, `原本/n`, `助推/vn`): they never begin
 * a name (`助力医用机器人` is 医用机器人, `原本机器人` is no kind), so a term starts after them.
 */
/**
 * Policy adverbs the dictionary glues to the verb after them (`优先发展/l`, `大力发展/nz`): the word is the
 * verb of a clause (`优先发展手术机器人`), never a modifier of the thing it governs.
 */
const ADVERB_VERB =
  /^(?:优先|大力|重点|积极|加快|加速|着力|全力|努力|切实|稳步|有序|率先|集中|统筹|协同|联合)(?:发展|推进|推动|研发|研制|开发|突破|攻关|布局|建设|培育|支持|引进|打造|部署|采购|应用|推广|发展壮大)$/;

/** A set of words that also holds every word of a pattern. */
class WordClass extends Set<string> {
  constructor(
    words: readonly string[],
    private readonly pattern: RegExp,
  ) {
    super(words);
  }
  override has(word: string): boolean {
    return super.has(word) || this.pattern.test(word);
  }
}

export const DISCOURSE_WORDS: ReadonlySet<string> = new WordClass(
  [
    ...['助力', '助推', '赋能', '原本', '原来', '本来', '如今', '现今', '当前', '今后', '未来', '以往'],
    ...['国产化', '本土化', '不限于', '但不限于', '诸如', '譬如', '比方说', '乃至', '甚至'],
    // `腹部检查多用凸阵探头`: 多用 (mostly use) between two nouns is the verb of a clause.
    ...['多用', '常用', '多采用', '常采用', '选用', '多选用', '常选用', '可以', '能够'],
    // Scope phrases (`全方位全生命周期医疗健康服务装备需求`) say how far, not what.
    ...['全方位', '全生命周期', '生命周期', '全链条', '全流程', '全周期'],
    // Levels, positions in a chain and markets (`国家级医疗器械应急产业园`, `上游原材料`, `商用ECMO`).
    ...['国家级', '省级', '市级', '县级', '上游', '中游', '下游', '商用', '商业化'],
    // Tiers of a market (`国产中低端超声`, `低端DR`): where a product sells, not a kind of it.
    ...['低端', '中低端', '中端', '中高端'],
    // Determiners and the state of units in view (`所有第三类医疗器械`, `全部进口设备`, `闲置医疗设备`):
    // which or what units, never a kind of them.
    ...['所有', '全部', '一切', '其余', '闲置', '老旧', '废旧', '在用', '存量'],
    // The whole unit or the same one (`整台呼吸机的“心脏”`, `整套系统`, `同一零部件可能用于多种整机`): which unit,
    // never a kind of it (整机 is a word of its own).
    ...['整台', '整个', '整套', '一整套', '整部', '整支', '整根', '同一'],
    // Verbs of means and of gaining (`医生借助微导管`, `依托省医疗器械检验检测所`, `已掌握单晶材料`):
    // someone uses or gets the thing; they never begin its name.
    ...['借助', '依托', '依靠', '凭借', '借由', '掌握', '开辟'],
    // A firm winning a tender (`迈瑞医疗中标监护设备`): what follows is what it won.
    ...['中标', '中标了'],
    // A bound after a grade (`1.5T及以上超导磁共振成像系统`, `64排以上CT`) belongs to the grade.
    ...['以上', '以下', '及以上', '及以下'],
    // Verbs of a clause that take a thing as object or complement (`血液透析需要血液透析机`,
    // `发光底物可分为吖啶酯`, `用量远大于血液透析机`): need, division, comparison.
    ...['需要', '需', '分为', '可分为', '分成', '大于', '小于', '远大于', '远小于', '高于', '低于', '优于'],
    // Output, plans and putting into use (`日产呼吸机约200台`, `预计年产CT`, `还在试用荧光导航系统`,
    // `协调芯片、压力传感器等物料`): someone makes, plans or runs the thing; they never begin its name.
    ...['日产', '月产', '年产', '预计', '试用', '协调'],
    // Origins as the Hong Kong and Taiwan press write them (`内地推康复辅具`), as 国产 and 进口 are.
    ...['内地', '本港', '境内', '境外'],
    // A part of a set (`已将部分机器人辅助手术纳入医保`): which of the things, never a kind of them.
    ...['部分', '大部分', '绝大部分', '少数', '多数', '大多数', '个别'],
    // Other names and uses of a thing (`超声探头（又称换能器）`, `广泛用于化学发光`): what follows is named or
    // used, the verb is no part of its name.
    ...['又称', '亦称', '也称', '俗称', '简称', '统称', '称为', '被称为'],
    ...['用于', '应用于', '适用于', '广泛用于', '主要用于', '可用于'],
    // Rules applied to products and things made (`对产品实行创新医疗器械特别审查`, `用复合材料制作宽频探头`).
    ...['实行', '实施', '执行', '制作'],
    // Work done on a thing in use (`技术人员在调试磁共振设备`, `定期维修呼吸机`, `更换球管`): what follows is
    // the thing worked on.
    ...['调试', '维修', '检修', '维护', '保养', '更换', '运输', '搬运', '拆卸', '报废', '租赁', '购买'],
    // Funds sent somewhere (`子基金重点投向医学影像设备、手术机器人`, `投资超声设备`): what follows is where the
    // money goes, the verb is no part of its name (the dictionary tags 投向 a noun).
    ...['投向', '投资', '投入'],
    // A negated modal (`戴上泵，基本不用管了`, `无需更换滤器`) opens a clause: what follows is its verb, never
    // the start of a name (管 of 不用管 is to mind, no tube).
    ...['不用', '不必', '无需', '无须', '不需', '不需要', '不能', '不会'],
    // Where a thing comes from (`芯片基本来自德州仪器`): its maker or origin follows.
    ...['来自', '源自', '出自'],
    // A research report's advice (`关注监护仪、除颤仪`, `看好内窥镜`, `受益于设备更新`): what follows is what the
    // reader should watch or buy shares in.
    ...['关注', '重点关注', '建议关注', '看好', '推荐', '受益', '受益于', '利好'],
    // What a meeting hears (`会议通报医学影像装备、体外诊断装备…四条子链进展`, `听取…汇报`): what follows is
    // what was reported on; the dictionary tags 通报 and 汇报 nouns.
    ...['通报', '汇报', '听取'],
    // A firm's line of business (`明基材料主攻人工皮`, `主营监护仪`): what follows is what it sells.
    ...['主攻', '主营', '深耕'],
    // The labels of a paper's abstract run into its first sentence when the layout drops the colon
    // (`结论银离子抗菌涂层可有效…`, `结果观察组导管…`).
    ...['摘要', '目的', '方法', '结果', '结论', '关键词', '背景'],
  ],
  ADVERB_VERB,
);

/**
 * Organisations and publications written as a word of their own (`杂志`, `研究所`, `医院`): a run that
 * holds one is read from after it (`…化工信息杂志|化工材料`), and a name followed by one is the
 * organisation's (`ROBO医疗机器人研究所`, see `endsInOrganisation`).
 */
const ORGANISATION_WORDS = new Set([
  ...['公司', '集团', '医院', '大学', '学院', '研究所', '研究院', '杂志', '报社', '日报'],
  ...['协会', '学会', '联盟', '委员会', '管理局', '监管局', '总局', '政府'],
  ...['企业', '厂商', '厂家', '机构', '大厂', '工厂', '械企'],
]);

/** True when the word is an organisation's or publication's noun. */
export const isOrganisationWord = (word: string): boolean => ORGANISATION_WORDS.has(word);

/** A class of parts or materials written before one of its members (`CT的关键部件|球管`,
 * `核心元器件|FPGA芯片`, `核心部件|氧合器`, `关键原材料|聚砜`): an apposition that says what the member is. */
const MEMBER_CLASS = /^(?:核心|关键|主要|重要)?(?:零部件|部件|元器件|原材料|原料)$/;

/** True when the word names the class of the member written right after it: no word of that member's
 * name, so a name starts after it. */
export const namesMemberClass = (word: string): boolean => MEMBER_CLASS.test(word);

/** Colours (`银色`, `白色`) describe the thing in view; 彩色 (colour imaging) names a kind. */
export const isAppearanceWord = (word: string): boolean => /^[^彩]色$/.test(word);

/** Places that begin a name by their ending (`广东省`, `苏州市`, `浦东新区`, a hospital's `新院区`);
 * jieba tags most `ns`. */
const PLACE_END = /(?:省|市|县|自治区|新区|州|院区|园区|校区|厂区)$/;

/** Words of technique the dictionary tags `ns` as if places (`蓝牙芯片`, `深度相机`, `密封圈`). */
const NOT_PLACES = new Set(['蓝牙', '深度', '串联', '密封']);

/** True when `w` names a place (tagged `ns`, or a word ending in 省/市/县); one character tagged
 * `ns` is more often a piece of a name (`迈|瑞|医疗`) than a place. */
export const isPlaceWord = (w: Word): boolean =>
  w.word.length >= 2 &&
  !NOT_PLACES.has(w.word) &&
  (w.tag === 'ns' || (PLACE_END.test(w.word) && w.tag !== 'v'));

/**
 * Hospital units and the hospital itself, written before what they hold (`影像科DR设备`,
 * `检验科全自动生化分析仪`, `医院…`): where a thing is used, not part of its name. Specialties that
 * name a kind of product (眼科, 骨科, 口腔科, 妇产科) are not among them.
 */
const SERVICE_UNIT =
  /(?:医院|手术室|(?:影像|检验|放射|超声|病理|设备|药剂|核医学|心内|心外|神经内|神经外|急诊|麻醉|重症医学|消化内|呼吸内)科)/g;

/** Where a name that starts at 0 of `s` really starts: after the last hospital unit in it, or 0. */
export const afterServiceUnit = (s: string): number => {
  let at = 0;
  for (const m of s.matchAll(SERVICE_UNIT)) at = m.index + m[0].length;
  return at;
};

/**
 * True when the words of [from, to) name a company rather than a thing: a place word inside it
 * (`石家庄渡康医疗器械`, `创建石家庄渡康医疗器械`), or a place in brackets right after it
 * (`康泰医学系统(秦皇岛)`). A bracketed gloss that is no place (`血液泵(人工心脏)`) is a gloss.
 */
export const companyLike = (words: readonly Word[], from: number, to: number): boolean => {
  const k = words.findIndex((w) => w.from >= to);
  const [open, place, close] = [words[k], words[k + 1], words[k + 2]];
  // The dictionary tags many towns as names (`秦皇岛/nr`): a proper noun alone in the brackets.
  const proper =
    place !== undefined && /^[\u4e00-\u9fff]{2,4}$/.test(place.word) && /^n[sr]$/.test(place.tag);
  if (open?.from === to && /^[(（]$/.test(open.word) && proper && /^[)）]$/.test(close?.word ?? ''))
    return true;
  return words.some((w) => w.from >= from && w.to <= to && isPlaceWord(w) && !PLACE_IN_NAMES.test(w.word));
};

/** Place-like words that are parts of names of things (`中华`, `东方`) or tagged so by mistake. */
const PLACE_IN_NAMES = /^(?:中华|东方|西方|南方|北方|中国|国际|全球|欧美|亚洲)$/;

/** A document number's year in brackets (`浙经信装备〔2026〕12号`, `工信部联装〔2021〕5号`): the words before
 * it are the issuer's series, no thing. */
const DOCUMENT_YEAR = /^[〔［[【(（]\s*(?:19|20)[0-9]{2}\s*[〕］\]】)）]\s*[0-9]+号/;

/** True when the text from `to` on is the year and number of a document, so that [.., to) is the prefix
 * of its number. */
export const opensDocumentNumber = (text: string, to: number): boolean =>
  DOCUMENT_YEAR.test(text.slice(to, to + 16));

/** Nouns that close a list of organisations: `A、B、C等企业`, `A、B等探测器企业`, `A、B两家公司`. */
const ORGANISATION_CLASS =
  /^(?:企业|公司|厂商|厂家|大厂|业者|品牌|集团|标的|龙头|高校|院校|医院|医疗机构|科研院所)/;
/** What closes a list: 等 or a count of firms, then at most a short trade (`等探测器企业`). */
const LIST_CLOSE =
  /^(?:等|[两二三四五六七八九十几多数0-9]+[家所])([\u4e00-\u9fff]{0,5}?)(?=企业|公司|厂商|厂家|大厂|业者|品牌|集团|标的|龙头|高校|院校|医院|医疗机构|科研院所)/;
/** Words of origin and standing between 等 and the class of firms (`等外资品牌`, `等国内龙头企业`); the
 * Taiwan press's 国际大厂 and 科技大厂 name big firms alike. */
const OWNERSHIP =
  /^(?:国内|国外|国产|进口|外资|合资|内资|海外|本土|跨国|国际|全球|知名|主要|头部|龙头|领先|上市|科技)+$/;
/** How firms' short names end (`精锋医疗`, `奕瑞科技`, `海肽生物`). */
const FIRM_NAME = /(?:医疗|科技|生物|医学|集团|股份|控股|电子|光电|智能|精密)$/;
/** A further member: a list of firms is joined by 、 or a conjunction and ends before a comma; a
 * member holding 的 is a phrase (`医用钛棒、纳米氧化锆粉体的批量供应`), not a firm's name. */
const MEMBER =
  /^[、和及与]([^、，,和及与。；;：:！？!?()（）等的]{1,12}?)(?=[、和及与]|等|[两二三四五六七八九十几多数0-9]+家)/;

/**
 * True when the name ending at `to` of the sentence is a member of a list of organisations:
 * `国内的微创机器人、精锋医疗、天智航等企业` names three companies, whatever head one of them ends in.
 * With a trade before the class (`等探测器企业`) a member must be named like a firm (`精锋医疗`),
 * as `血路管、透析器等耗材企业` names the firms by their products; a making verb there
 * (`等医疗装备生产企业`) always does.
 */
export const inOrganisationList = (sentence: string, name: string, to: number): boolean => {
  // The members before the name count as the ones after it (`联影医疗、迈瑞医疗、微创机器人等整机企业`).
  const before = sentence.slice(0, Math.max(0, to - name.length));
  const clause = before.slice(Math.max(...[...'，,。；;：:！？!?'].map((c) => before.lastIndexOf(c) + 1)));
  const earlier = /[、和及与]$/.test(clause)
    ? clause
        .slice(0, -1)
        .split(/[、和及与]/)
        .map((x) => x.slice(x.lastIndexOf('的') + 1))
    : [];
  const members = [...earlier.filter((x) => x.length >= 2 && x.length <= 12), name];
  let rest = sentence.slice(to);
  for (let m = MEMBER.exec(rest); m; m = MEMBER.exec(rest)) {
    members.push(m[1] ?? '');
    rest = rest.slice(m[0].length);
  }
  const close = LIST_CLOSE.exec(rest);
  if (!close || !ORGANISATION_CLASS.test(rest.slice(close[0].length))) return false;
  const trade = close[1] ?? '';
  // `等技术在基层医疗机构的应用`: a preposition starts a clause of place; the members are no firms.
  if (/[在于向对]/.test(trade)) return false;
  // `费森尤斯、贝朗、日机装等外资品牌`: where the firms come from or how big they are is no trade.
  if (trade === '') return true;
  // Firms' short names are short; a member that runs on (`和伺服电机仍多由哈默纳科`) is a clause.
  if (OWNERSHIP.test(trade) && members.every((x) => x.length <= 6)) return true;
  return !/生产|制造|研发|研制|供应/.test(trade) && members.some((x) => FIRM_NAME.test(x));
};

/**
 * True when a name opens with a product's model (`S60彩超`, `SV800呼吸机`, `MP1000多孔腔镜手术机器人`):
 * letters then two or more digits, right before the Chinese name; or with a maker's name written as
 * a capitalised word (`Resona彩超`, `Varex平板探测器`), or a brand written in camel case (`NeoVas支架`,
 * `FlexPulse导管`). A grade (`1.5T`, `64排`), a network (`5G`), a formula (`CO2`) or an abbreviation of
 * the field (`PET`, `SiPM`, `LYSO`) is written otherwise.
 */
export const opensWithModel = (name: string): boolean =>
  /^[A-Za-z]{1,4}[0-9]{2,}[A-Za-z+]*(?:[-\s][A-Za-z0-9+]+)?[\u4e00-\u9fff]/.test(name) ||
  /^[A-Z][a-z]{3,}(?:\s?[A-Za-z0-9]+)?[\u4e00-\u9fff]/.test(name) ||
  /^(?:[A-Z][a-z]{2,}){2,}\s?[\u4e00-\u9fff]/.test(name);

/** A model written after the maker's name (`罗氏cobas 8000`, `贝克曼DxA 5000`, `安图Autolumo A2000`): letters
 * and a number of three digits or more inside the name. Grades (`64排`, `1.5T`), networks (`5G`) and
 * formulas (`SpO2`) have fewer digits or none after letters. */
export const holdsModel = (name: string): boolean => /[A-Za-z]{2,}\s?[A-Za-z]*[0-9]{3,}/.test(name);

/** Organisations that a name of a thing never holds before its end (`华中科技大学建设医疗器械`, read as a
 * list completion from `华中科技大学、武汉大学等高校建设医疗器械相关学科`). A hospital (`医院信息系统`) and
 * 机构 (a mechanism: `传动机构`) may. */
const INNER_ORGANISATION =
  /(?:大学|学院|高校|院校|公司|集团|研究所|研究院|协会|学会|委员会|管理局|监管局|企业|厂商|厂家|(?:经信|工信|卫健|药监|市监|科技|发改|财政|商务|医保|人社|教育)(?:局|厅|委))/;

/** True when the name holds an organisation's noun before its last characters; a bureau by its short
 * form too (`市经信局医用气动物流传输系统`, `国家药监局器械`). */
export const holdsOrganisation = (name: string): boolean => {
  const m = INNER_ORGANISATION.exec(name);
  return m !== null && m.index + m[0].length < name.length;
};

/** Hospitals and the units of one that are places where things are used; a surgical specialty
 * (`神经外科手术机器人`) names a kind. */
const SERVICE_PLACE =
  /(?:医院|手术室|(?:影像|检验|放射|超声|病理|设备|药剂|核医学|急诊|麻醉|重症医学)科)(?=[\u4e00-\u9fffA-Za-z])/;

/** People and groups of people (`团队采用矽水凝胶作为镜片材料`), a page's editor among them (`小编`): the
 * subject of a use verb who uses the material, never a part made of it. */
const PEOPLE_END = /(?:团队|课题组|小组|人员|专家|工程师|医生|医师|患者|工人|记者|小编|编者|我们|他们)$/;

/** True when the name ends in people (`研发团队`, `科研人员`). */
export const namesPeople = (name: string): boolean => PEOPLE_END.test(name);

/** True when the name holds a hospital or a unit of one before what it names (`重症医学科ECMO`,
 * `省肿瘤医院放疗设备`): where the thing is used, read as part of its name. */
export const holdsServiceUnit = (name: string): boolean => SERVICE_PLACE.test(name);

/** Locatives that close a clause (`在IVUS指导下植入…`, `治疗后`): a name never holds one. */
const CLAUSE_LOCATIVES = new Set(['下', '后', '时', '之下', '之后', '以后', '期间']);

/** A count of things bought or done (`ECMO2台设备`, `完成3项`) or of classes (`内窥镜三大影像设备`): a grade
 * (`64排`, `32通道`) is no count. */
const COUNT = /[0-9一二两三四五六七八九十百]+(?:台|套|件|个|项|家|批|种|例|名|款|大|部(?![门件位分委]))/;

/**
 * True when the name at [from, to) of the sentence is a piece of a number or of one name glossed whole:
 * it starts with a digit right after a decimal point (`3.0T磁力共振扫描仪` read from `0T`), or it ends a
 * coordination that a compound abbreviation in brackets names as one thing
 * (`正电子及电脑断层扫描仪（PET-CT）` is one device, not a CT).
 */
export const cutFromWhole = (sentence: string, from: number, to: number): boolean =>
  (/^[0-9]/.test(sentence.slice(from)) && /[0-9][.．]$/.test(sentence.slice(0, from))) ||
  (/[及和与]$/.test(sentence.slice(0, from)) &&
    /^[(（][A-Za-z]{2,5}[-/／][A-Za-z]{2,5}[)）]/.test(sentence.slice(to)));

/** What closes a list of fields (`…和康复器械四个细分领域`, `…等重点方向`), after at most one more member. */
const FIELD_LIST_CLOSE =
  /^(?:[和及与、][\u4e00-\u9fff]{1,10}?)?(?:等)?(?:[0-9一二两三四五六七八九十几多]+[个大类项])?(?:细分|重点|主要|关键|优势)?(?:领域|方向|赛道|板块)/;

/**
 * True when the member completed with `completedFrom` (the list's last member, ending in the shared
 * head) belongs to a list of fields: `围绕骨科植入、医学影像、微创介入和康复器械四个细分领域` names four
 * fields, so `医学影像器械` is no thing the text names.
 */
export const completedInFieldList = (sentence: string, to: number, completedFrom: string): boolean => {
  const at = sentence.indexOf(completedFrom, to);
  return at !== -1 && FIELD_LIST_CLOSE.test(sentence.slice(at + completedFrom.length));
};

/** True when a name holds what only a phrase holds: a count (`ECMO2台设备`, `聚氨酯两种选择`), the
 * particle 的 (`远端的内管`) or the 等 that closes a list (`电阻等元件`); not the 等 (equal) of a word of
 * physics (`等离子`, `等温`, `等效`, `等速`, `等渗`: `低温等离子灭菌器`, `等温扩增检测系统`). */
export const holdsPhrase = (name: string): boolean =>
  COUNT.test(name) || /的|等(?!离子|温|效|速|渗)/.test(name);

/** A process that makes the thing (`经激光切割成支架`, `加工成支架`): a step of making, not its name. */
const MADE_INTO = /(?:切割|加工|抛光|编织|压制|铸造|烧结|打印|轧制|拉拔|制|做)成(?=[\u4e00-\u9fff])/;

/** A regulatory class stated of a thing (`硅油属第三类医疗器械`, `列为第二类`): a clause, not a name. */
const CLASSED_AS = /(?:属于?|列为|列入|归为|归入|划为|划入|按)第?[一二三四五六七八九十0-9]+类/;

/** True when the name holds a process that makes the thing, or a class the thing is put in. */
export const holdsMaking = (name: string): boolean => MADE_INTO.test(name) || CLASSED_AS.test(name);

/** Verbs of a clause that says what a thing is made of, how it is made or what is done with it, or that
 * sets up a body (`在合肥设立医疗器械创新服务站`): a name never holds one as a word (`置换液泵采用蠕动泵`,
 * `聚乙烯醇构成限流膜`, `聚砜中空纤维膜本地化生产`). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  '采用',
  '选用',
  '构成',
  '组成',
  '涂覆',
  '本地化',
  '国产化',
  '产业化',
  '另行',
  '报价',
  '逐步提高',
  '别忘了',
  '设立',
  '成立',
  '组建',
  '筹建',
]);

/** True when the words of [from, to) hold such a verb. */
export const holdsClauseVerb = (words: readonly Word[], from: number, to: number): boolean =>
  words.some((w) => w.from >= from && w.to <= to && CLAUSE_VERBS.has(w.word));

/** Prepositions that open a phrase of place or agent (`医用高分子材料在输液器中的应用`): a name never
 * holds one as a word of its own (在线 is a word). */
const PHRASE_PREPOSITIONS = new Set(['在', '从', '把', '被', '向']);

/** True when the words of [from, to) hold such a preposition. */
export const holdsPreposition = (words: readonly Word[], from: number, to: number): boolean =>
  words.some((w) => w.from > from && w.to < to && w.tag === 'p' && PHRASE_PREPOSITIONS.has(w.word));

/** Characters that are words of their own (particles, prepositions, adverbs, pronouns): a run of them is
 * a clause, not a word the dictionary failed to know. */
const FUNCTION_CHARS =
  /^[的地得了着过和与及或在从向对为以由被把将等是有无不也都又还仍则就才而且并其之此该各每某可能会要需已均即]$/;

/** A single character of a word the dictionary did not know, tagged as a noun (`体外|膜|肺|氧|合`); a
 * verb cut in two (`绕|制`) follows a name as a clause does. */
const looseChar = (w: Word | undefined): boolean =>
  w !== undefined &&
  /^[\u4e00-\u9fff]$/.test(w.word) &&
  !FUNCTION_CHARS.test(w.word) &&
  /^(?:n|ng|nr|nz|un)$/.test(w.tag);

/**
 * True when the name at [from, to) ends inside a word the dictionary cut into single characters:
 * `体外膜` of `体外膜肺氧合设备` (its last word one character, two loose ones right after it). Such a name
 * is a fragment of a longer one (a start inside one: `startsInsideUnknownWord`).
 */
export const insideUnknownWord = (words: readonly Word[], from: number, to: number): boolean => {
  const j = words.findIndex((w) => w.to === to && w.from >= from);
  const last = words[j];
  const endsInside =
    j >= 0 &&
    last?.word.length === 1 &&
    words[j + 1]?.from === to &&
    looseChar(words[j + 1]) &&
    looseChar(words[j + 2]) &&
    words[j + 2]?.from === words[j + 1]?.to;
  return endsInside;
};

/** True when the name at `from` starts inside a word the dictionary cut into single characters: `肺` of
 * `体外|膜|肺|氧|合|设备`, its first word one loose character glued to another. After a conjunction
 * (`链霉亲|和|素磁珠`) the start is left alone, as a member after 和 reads the same. */
export const startsInsideUnknownWord = (words: readonly Word[], from: number): boolean => {
  const k = words.findIndex((w) => w.from === from);
  return k > 0 && looseChar(words[k]) && looseChar(words[k - 1]) && words[k - 1]?.to === from;
};

/** Conjunctions that join two things: a name never holds one as a word of its own (`端盖和灌封胶`);
 * inside a word (亲和素, 饱和) the dictionary does not cut them out. */
const JOINING = new Set(['和', '与', '及', '以及', '或', '或者', '及其']);

/** Connectives that open a clause (`因此绝缘层多用…`): a name never starts with one. */
const CLAUSE_OPENERS = new Set([
  '因此',
  '所以',
  '因而',
  '从而',
  '然而',
  '而且',
  '并且',
  '但是',
  '此外',
  '另外',
  '同时',
]);

/** True when the first word at `from` opens a clause. */
export const opensWithConnective = (words: readonly Word[], from: number): boolean => {
  const first = words.find((w) => w.from === from);
  return first !== undefined && CLAUSE_OPENERS.has(first.word);
};

/** True when the words of [from, to) hold a conjunction between two of its words. */
export const holdsConjunction = (words: readonly Word[], from: number, to: number): boolean =>
  words.some((w) => w.from > from && w.to < to && w.tag === 'c' && JOINING.has(w.word));

/** True when the words of [from, to) hold a locative that ends a clause before the name's head
 * (`在IVUS指导下植入…`). */
export const holdsClauseLocative = (words: readonly Word[], from: number, to: number): boolean =>
  words.some(
    (w, k) =>
      w.from > from &&
      w.to < to &&
      w.tag === 'f' &&
      CLAUSE_LOCATIVES.has(w.word) &&
      // `图像|后|处理软件`: 后 glued to 处理 (post-processing) or 置 is a word of the name, no locative.
      !(w.word === '后' && words[k + 1]?.from === w.to && /^(?:处理|置)/.test(words[k + 1]?.word ?? '')),
  );

/**
 * True when the words of [from, to) hold a word that never begins or continues a name
 * (`迈瑞医疗中标监护设备`, read by a list whose member ran left past 中标): the span crosses the
 * boundary discovery itself stops at.
 */
export const crossesDiscourseWord = (words: readonly Word[], from: number, to: number): boolean =>
  words.some((w) => w.from >= from && w.to <= to && DISCOURSE_WORDS.has(w.word));

const OPENS = /[(（[【〔]/g;
const CLOSES = /[)）\]】〕]/g;

/** How many brackets are open at `at` of the sentence. */
export const bracketDepth = (sentence: string, at: number): number => {
  const before = sentence.slice(0, at);
  return (before.match(OPENS) ?? []).length - (before.match(CLOSES) ?? []).length;
};

/** True when every bracket the name opens it closes, in order (`CT）机` is cut out of `（PET/CT）`). */
export const balancedBrackets = (name: string): boolean => {
  let depth = 0;
  for (const ch of name) {
    if (/[(（[【〔]/.test(ch)) depth++;
    else if (/[)）\]】〕]/.test(ch) && --depth < 0) return false;
  }
  return depth === 0;
};

/**
 * What only a firm is or does right after its name: a stock code in brackets (`新产业（300832）`,
 * `微创机器人(02252.HK)`), its officers (`董事长`, `创始人`), what it holds or belongs to (`旗下`,
 * `子公司`), its announcements (`宣布`, `公告`), its shares on the market (`早盘上涨`, `同步走扬`, `股价`, a
 * Taiwan ticker before them: `上银（2049）早盘`) and its line of business (`主攻`, `主营`, `深耕`); the head of
 * an institute or office (`工研院电光系统所所长`, `…院长`); a standards committee named by its scope
 * (`医用体外循环设备标准化技术委员会`, `医用X射线设备及用具分技术委员会`). A product is never followed by one.
 */
const FIRM_CONTEXT =
  /^(?:[(（](?:[0-9]{6}|[0-9]{4,5}\.HK|股票代码)[^()（）]{0,12}[)）]|(?:联合|共同)?创始人|董事长|副?总经理|副?总裁|首席执行官|CEO|董秘|旗下|子公司|母公司|宣布|发布公告|公告称|成立于|[所院处局]?(?:所长|院长|处长|局长|厂长)|(?:[(（][0-9]{4}[)）])?(?:同步)?(?:股价|涨停|跌停|早盘|尾盘|盘中|走扬|走强|走高|大涨|市值|主攻|主营|深耕)|(?:(?:及|和|与)[\u4e00-\u9fff]{1,8})?(?:标准化)?分?技术委员会)/;

/** A maker's verb after 由 and a name (`由微创机器人研发`, `主控芯片由德州仪器供应`): the name is who makes or
 * supplies; a noun of making after the verb (`由呼吸机生产企业承担`) is a phrase of its own. 制造 is left
 * out: `柔轮由合金钢制造` names what the part is made of. */
const MADE_BY =
  /^(?:自主|独立|联合|共同)?(?:研发|研制|生产|开发|推出|供应|供货)(?!企业|厂|商|线|车间|基地|设备|装备|能力|成本)/;

/** True when the text from `to` on makes [from, to) a firm's name: `天智航（688277）`, `微创机器人董事长`,
 * `由微创机器人研发`. */
export const followedByFirmContext = (sentence: string, to: number, from = -1): boolean =>
  FIRM_CONTEXT.test(sentence.slice(to)) ||
  (from > 0 && sentence[from - 1] === '由' && MADE_BY.test(sentence.slice(to)));

/** A run of a name after 的, up to the end of a list member. */
const AFTER_OF = /^的([\u4e00-\u9fffA-Za-z0-9]{2,20}?)(?=[、，,。；;：:和与及等（(]|$)/;

/**
 * True when the name at [from, to) is followed by 的 and another name of its own head
 * (`微创机器人的图迈腔镜手术机器人`): a thing owns parts (`CT的球管`), never another thing of its kind,
 * so the first is the maker's name.
 */
export const ownsItsKind = (words: readonly Word[], sentence: string, from: number, to: number): boolean => {
  const last = words.find((w) => w.to === to && w.from >= from);
  if (!last || last.word.length < 2 || !/^[\u4e00-\u9fff]+$/.test(last.word)) return false;
  const m = AFTER_OF.exec(sentence.slice(to));
  const owned = m?.[1] ?? '';
  return owned.length > last.word.length && owned.endsWith(last.word);
};

/** A firm's name before 的 and what it makes (`天智航的天玑骨科手术机器人`): short, after a clause
 * boundary. */
const OWNER_OF = /(?:^|[，,。；;、：:])([\u4e00-\u9fffA-Za-z]{2,8})的/g;

/** A firm's short name before 的 (`精锋医疗的`); fields written alike (`远程医疗的`, `智慧医疗的`) are none. */
const OWNER_FIRM =
  /^(?!远程|智慧|数字|精准|移动|互联网|生物|基层|高端)[\u4e00-\u9fff]{2,4}(?:医疗|科技|医学|股份|控股|集团)$/;

/** The names of the sentence that read as firms by what follows them: a stock code, an officer, a
 * product of their own head (`微创机器人的图迈腔镜手术机器人`). */
const firmsByContext = (sentence: string): string[] => {
  const out: string[] = [];
  for (const m of sentence.matchAll(OWNER_OF)) {
    const name = m[1] ?? '';
    const to = (m.index ?? 0) + m[0].length - 1;
    const rest = AFTER_OF.exec(sentence.slice(to))?.[1] ?? '';
    const tail = name.slice(-3);
    if (OWNER_FIRM.test(name) || (tail.length >= 2 && rest.length > tail.length && rest.endsWith(tail)))
      out.push(name);
  }
  for (const m of sentence.matchAll(/([\u4e00-\u9fffA-Za-z]{2,8})(?=[(（](?:[0-9]{6}|[0-9]{4,5}\.HK))/g))
    out.push(m[1] ?? '');
  return out;
};

/** A list of organisations closed by 等 and the class of firms, from the clause's start. */
const ORGANISATION_LIST_END =
  /(?:等|[两二三四五六七八九十几多数0-9]+家)[\u4e00-\u9fff]{0,5}?(?=企业|公司|厂商|厂家|大厂|业者|品牌|集团)/g;

/** The members of the sentence's lists of organisations (`国内的微创机器人、精锋医疗、天智航等企业`). */
export const organisationNames = (sentence: string): string[] => {
  const out: string[] = [];
  for (const m of sentence.matchAll(ORGANISATION_LIST_END)) {
    const start = Math.max(...[...'，,。；;：:！？!?'].map((c) => sentence.lastIndexOf(c, m.index) + 1));
    const clause = sentence.slice(start, m.index);
    const names = clause.split(/[、和及与]/).map((x) => x.slice(x.lastIndexOf('的') + 1));
    const first = names[0] ?? '';
    const firstEnd = start + clause.indexOf(first) + first.length;
    if (names.length < 2 || names.some((x) => x.length < 2 || x.length > 8)) continue;
    if (inOrganisationList(sentence, first, firstEnd)) out.push(...names);
  }
  return [...out, ...firmsByContext(sentence)];
};

/**
 * True when the name at [from, to) of the sentence opens with a brand, in a sentence that names one
 * of the text's firms before it (`天智航主要产品为天玑骨科手术机器人`, `微创机器人的图迈腔镜手术机器人`):
 * a proper noun (`天玑/nz`) or two characters the dictionary knows as no word (`图|迈`) before a
 * longer name. The generic name after the brand is the kind; the brand's form names one firm's product.
 */
export const opensWithBrand = (
  words: readonly Word[],
  sentence: string,
  from: number,
  to: number,
  firms: readonly string[],
): boolean => {
  if (!firms.some((f) => sentence.slice(0, from).includes(f))) return false;
  const inside = words.filter((w) => w.from >= from && w.to <= to);
  const [a, b] = inside;
  if (!a || !b || a.from !== from || inside.length < 3) return false;
  const properNoun = a.word.length === 2 && a.tag === 'nz' && /^[\u4e00-\u9fff]+$/.test(a.word);
  const unknown = a.word.length === 1 && b.word.length === 1 && /^[\u4e00-\u9fff]{2}$/.test(a.word + b.word);
  return properNoun || unknown;
};

/** Prepositions that open a phrase of object, place or means (`加大对软性内镜…的投入`, `向基层配送`): a name
 * never starts with one (经 opens routes of a name, `经导管主动脉瓣膜`, `经食道探头`, except before a
 * material). */
const LEAD_PREPOSITIONS = new Set([
  ...['对', '向', '在', '从', '把', '将', '被', '给', '为', '跟', '对于', '关于', '随着', '根据'],
  ...['按照', '依照', '通过'],
]);

/** The word of `words` that starts at `at`, if one does. */
const wordAt = (words: readonly Word[], starts: WordStarts, at: number): Word | undefined => {
  const k = starts.get(at);
  return k === undefined ? undefined : words[k];
};
/** Determiners that count one unit with a measure word after them (`单颗`, `单台`, `这台`, `每支`). */
const UNIT_DETERMINER = /^(?:单|整|这|那|每)$/;
const UNIT_MEASURE = /^(?:台|颗|套|支|根|个|只|部|件|枚|把|张|块)$/;

/**
 * Where the name at [from, to) of the sentence really starts: after the prepositions and words of
 * discourse it opens with (`对软性内镜`, `关注监护仪`, `结论银离子抗菌涂层`), which a list reader or a
 * layout without punctuation ran into it. `from` when it opens with none.
 */
export const startAfterClauseWords = (
  words: readonly Word[],
  starts: WordStarts,
  from: number,
  to: number,
  material = false,
): number => {
  let at = from;
  for (let w = wordAt(words, starts, at); w && w.to < to; w = wordAt(words, starts, at)) {
    // 经 before a material is the means a thing is treated by (`经亲水涂层处理的导丝`), not a route.
    const lead =
      (w.tag === 'p' && LEAD_PREPOSITIONS.has(w.word)) ||
      (material && w.word === '经') ||
      DISCOURSE_WORDS.has(w.word);
    // `单|颗|种植体`, `这|台|呼吸机`: a determiner and its measure word count the unit that follows.
    const next = wordAt(words, starts, w.to);
    if (!lead && UNIT_DETERMINER.test(w.word) && next && next.to < to && UNIT_MEASURE.test(next.word)) {
      at = next.to;
      continue;
    }
    // `DR|指|数字化X射线摄影系统`: a note saying what an abbreviation means; the name is what follows 指.
    if (!lead && w.tag === 'eng' && next?.word === '指' && to - next.to >= 2) {
      at = next.to;
      continue;
    }
    if (!lead) break;
    at = w.to;
  }
  return at;
};

/**
 * Verbs of servicing a thing in use (`每6个月：检查APL阀`, `记录水冷机的进出水温度`, `或重新校准顺磁氧传感器`): the
 * thing is their object, and they are no word of its name. They also name what a part does (`调节旋钮`,
 * `记录电极`, `检查床`), so only an object of three characters or more is cut off (see `objectAfter`).
 */
const SERVICE_VERBS = new Set(['检查', '校准', '标定', '记录', '调节', '调整']);
/**
 * Verbs of seeing or pointing a thing out, and of belonging or passing through (`展台上可以看到磁珠`,
 * `能在设备现场指认磁体`, `PET/CT属核医学设备`, `再流经麻醉蒸发器`): they name no kind of part, so any object
 * of two characters or more is cut off.
 */
const POINTING_VERBS = new Set([
  ...['看到', '看见', '见到', '指认', '指出', '找到'],
  ...['属', '流经', '途经'],
]);

/**
 * Verbs of supplying or driving one thing with another (`电动轮椅配套无刷轮毂电机`, `机械臂关节配套精密谐波减速器`,
 * `手术机器人整机带动球管`): between two names they end the first and open the second, which is what a list
 * or a line names; cut before any object of two characters or more, a verbal one too (`无刷轮毂电机`).
 */
const SUPPLY_VERBS = new Set(['配套', '带动']);

/** True when the word is a verb of servicing, seeing, belonging or passing through. */
export const isHandlingVerb = (word: string): boolean => SERVICE_VERBS.has(word) || POINTING_VERBS.has(word);

/** Adverbs of doing again (`重新|灌|环氧树脂`, `重新|校准`): the verb right after them is a clause's. */
const REPEAT_ADVERBS = new Set(['重新', '再次']);
/** A broad class after a verb makes one name with it (`检查设备`, `记录系统`): a kind named by its use. */
const BROAD_OBJECT = /^(?:装备|设备|系统|仪器|装置|器械|单元|模块|组件|电路|软件|平台)$/;

/** True when the words of [from, to) are the object of a verb ending at `from`: `least` characters or
 * more, not a broad class alone, and unless `verbal`, not opening with a verb (`检测|报警模块`, `清洗|消毒机`
 * are kinds). */
const objectAfter = (
  words: readonly Word[],
  starts: WordStarts,
  from: number,
  to: number,
  least: number,
  verbal = false,
): boolean => {
  const k = starts.get(from);
  const first = k === undefined ? undefined : words[k];
  if (k === undefined || !first || to - from < least || (!verbal && /^vn?$/.test(first.tag))) return false;
  // The words run in order, none overlapping: those inside [from, to) follow the first one.
  let rest = '';
  for (let i = k; i < words.length && (words[i]?.to ?? Infinity) <= to; i++) rest += words[i]?.word ?? '';
  return !BROAD_OBJECT.test(rest);
};

/**
 * 含 written as a word of its own opens what a cell or a clause covers (`保修范围：含冷头、氦压缩机`, `含主板、显示屏`):
 * what it covers is named after it. Not a name of what holds an element (`含氯消毒剂`, `含钕镁合金支架`: 含 and one element).
 */
const CONTAINED_ELEMENT =
  /^[氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钪钛钒铬锰铁钴镍铜锌镓锗砷硒溴氪铷锶钇锆铌钼锝钌铑钯银镉铟锡锑碲碘氙铯钡镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥铪钽钨铼锇铱铂金汞铊铅铋钋氡镭锕钍铀钚]$/;
/** True when the word is one chemical element: after 含 it names what holds it, not what a scope covers. */
export const isElementWord = (word: string): boolean => CONTAINED_ELEMENT.test(word);
const covers = (words: readonly Word[], k: number): boolean =>
  words[k]?.word === '含' && !isElementWord(words[k + 1]?.word ?? '');

/** Where the name at [from, to) starts after the last verb of handling in it (`现场指认|磁体`), or `from`. */
export const afterHandlingVerb = (
  words: readonly Word[],
  starts: WordStarts,
  from: number,
  to: number,
  leading: ReadonlySet<string> = new Set(),
): number => {
  // `支持器械臂采用碳纤维复合材料`: a verb of policy opening the name (a leading verb, which head-noun terms
  // already stop at) is the clause's, before any object of two characters or more.
  const first = starts.get(from);
  const opener = first === undefined ? undefined : words[first];
  let at =
    opener &&
    (leading.has(opener.word) || covers(words, first ?? 0)) &&
    objectAfter(words, starts, opener.to, to, 2)
      ? opener.to
      : from;
  for (let k = first ?? words.length; k < words.length; k++) {
    const w = words[k];
    if (!w || w.to >= to) break;
    const next = words[k + 1];
    // `重新|灌`: the verb after an adverb of doing again is a clause's, whatever it is.
    const again = REPEAT_ADVERBS.has(w.word) && next?.from === w.to;
    const verb = again ? next : isHandlingVerb(w.word) || SUPPLY_VERBS.has(w.word) ? w : undefined;
    // `配套|无刷轮毂电机`, `带动|球管`: what is supplied or driven is any thing named after the verb.
    const supply = SUPPLY_VERBS.has(verb?.word ?? '');
    const least = supply || POINTING_VERBS.has(verb?.word ?? '') ? 2 : 3;
    if (verb && objectAfter(words, starts, verb.to, to, least, supply)) at = verb.to;
  }
  return at;
};

/** A relative clause after a name (`主控板所用`, `探头所需`): 所 and its verb close the phrase. */
const RELATIVE_END = /所(?:用|需|含|配|配套|采用|使用|需要|生产|制造)$/;

/** The length of the relative clause the name ends with (`主控板所用` -> 2), or 0. */
export const relativeEnd = (name: string): number => RELATIVE_END.exec(name)?.[0].length ?? 0;

/**
 * A relative clause inside or at the start of a name (`所用|钛合金材料`, `骨科植入物所用|材料`): what was
 * read before it is the user (`X所用的Y`) or the list (`目录所列装备`), so the name is what follows. Not the 所 of an institute
 * (`研究所`, `事务所`).
 */
const RELATIVE_INSIDE = /(?<![究务诊])所(?:用|需|含|配套|配|采用|使用|需要|列)的?(?=.)/g;

/**
 * Where a name starts after the last relative clause in it (`骨科植入物所用材料` -> 7, `所用钛合金材料` -> 2),
 * or 0 when it holds none.
 */
export const afterRelative = (name: string): number => {
  let at = 0;
  for (const m of name.matchAll(RELATIVE_INSIDE)) at = (m.index ?? 0) + m[0].length;
  return at;
};

/** True when the name at [from, to) opens with a suffix the dictionary cut off the word before it
 * (`可穿戴|式|心电监测装置`, tagged `k`): a fragment of a longer name. */
export const opensWithSuffix = (words: readonly Word[], from: number): boolean => {
  const k = words.findIndex((w) => w.from === from);
  return k > 0 && words[k]?.tag === 'k' && /^[\u4e00-\u9fff]/.test(words[k - 1]?.word ?? '');
};

/** An administrative level written alone (`建设省医疗器械审评检查分中心`, `市经信局…`): the province's or the city's
 * body or place follows, no kind of thing (省/市/县/区 as a word of its own, not 市售 or 区域). A district, county
 * or city written as one word of three or four characters (`武进区骨科植入物集群`, `江宁区`, `苏州市`) opens
 * a place's cluster or body, too. */
export const opensWithLevel = (words: readonly Word[], from: number): boolean =>
  /^(?:[省市县区]|[\u4e00-\u9fff]{2,3}[市县区])$/.test(words.find((w) => w.from === from)?.word ?? '');

/** What a firm sells and does, as the headings and tables of prospectuses and annual reports name it
 * (`发行人的主要产品`, `主营业务及主要产品`, `公司产品情况`): the firm's business, never a field or a thing. */
const FIRM_BUSINESS =
  /^(?:发行人|公司|本公司|企业|集团)?的?(?:(?:主营|主要|核心|其他)?(?:业务|产品|服务)(?:情况|概况|介绍|构成|结构)?[及和与、]?)+$/;

/** Verbs of acquiring equipment (`公院添置国产高端医疗设备`): a name holding one after its start is a
 * clause about buying the things, not a class of them. */
const ACQUIRING = /.(?:添置|购置|采购|配备|购入|引进|新增|更新)/;

/** True when the name is a firm's business, or a clause of buying things read as a field's name. */
export const namesFirmBusiness = (name: string): boolean => FIRM_BUSINESS.test(name);

/** True when a field's name holds a clause of acquiring things (`公院添置国产高端医疗设备`). */
export const holdsAcquisition = (name: string): boolean => ACQUIRING.test(name);
