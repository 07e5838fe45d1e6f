// Discovery of unknown terms by reading: a run of segmented words that ends in a head noun
// (装备/设备/仪/机器人... Equipment, 芯片/传感器/阀... Component, 材料/膜/合金... Material) and starts
// at a clean boundary (punctuation, a particle or preposition, a leading verb such as 开发/推进).
import { endoscopeAt, wholeDevice, type HeadIndex, type TermLabel } from './terms/heads';
import {
  afterServiceUnit,
  DISCOURSE_WORDS,
  endsInOrganisation,
  isAppearanceWord,
  isOrganisationWord,
  isPlaceWord,
  namesMemberClass,
  opensDocumentNumber,
} from './terms/noise';
import { isVerbCompound } from './terms/config-words';
import { elementChar } from './terms/material-names';
import { CLEAN_START_TAGS, isBoundaryWord, isQuantityAt, tagWords, type Word } from './terms/segmenter';
import type { DiscoveryConfig } from './types';

export interface DiscoveredSpan {
  readonly label: TermLabel;
  /** Coordinates [from, to) of the segmented text. */
  readonly from: number;
  readonly to: number;
  /** The word before the term is a boundary and its first word is noun-like (`开发|脑机接口设备`). */
  readonly clean: boolean;
}

/** Tags of words that continue a noun compound after a head (`装备` + `产业`, `系统` + `工程`). */
/** A count of items right after a name (`24台`, `6套`, `10把`): the name is an item of a purchase list. */
/** Verbs of what is done with purchased or serviced items, opening a counted line. */
const ITEM_ACTIONS =
  /^(?:维修|检修|维护|保养|更换|采购|购置|购买|新增|新购|配置|配备|添置|租赁|报废|捐赠|调拨|淘汰|升级|改造)$/;
const COUNTED_AFTER =
  /^[0-9０-９]{1,4}\s*(?:台|套|件|把|辆|张|组|支|副|个)(?![\u4e00-\u9fff]{0,1}(?:以上|左右))/;

const NOUN_CONT = new Set(['n', 'nz', 'ng', 'nr', 'ns', 'nt', 'j', 'l', 'eng', 'un']);
/** Leading quantities are not part of a term: `10-20 项`, `一批`. */
const QUANTITY_TAGS = new Set(['m', 'q', 'mq']);
// `12.1英寸彩色液晶显示屏`, `32通道头颈联合线圈`, `12导联心电图机`: a size or a count of channels is a
// quantity of the one thing, no word of its name.
const MEASURE_WORDS = new Set([...'项个种家批台套件类排层条部款支只'.split(''), '英寸', '通道', '导联']);
/** Units of size after a number (`12.1|英寸|彩色液晶显示屏`, `5|毫米|导管`): they measure the one thing in view,
 * as a count does, and are cut with the number. */
const SIZE_UNITS = /^(?:英寸|寸|毫米|厘米|微米|纳米|米|毫升|升|mm|cm|μm|nm|ml)$/i;
/** Numerals that are morphemes of the next word, not counts (`多模态`, `单孔`, `双源`); not after an
 * adverb or before a generic word (`更多|医疗设备`). */
const MORPHEME_PREFIXES = new Set(['多', '单', '双', '全', '半']);
/** What a circuit does, tagged as a verb, opening the name of a chip or circuit (`模拟芯片`, `发射接收芯片`,
 * `读出ASIC`, `模拟数字转换器`): a kind of part, not a clause, unless a modal or an adverb makes the
 * verb one (`可以|接收芯片发出的数据`). */
const CIRCUIT_VERB = /^(?:模拟|读出|发射|接收|驱动|放大|滤波|采集)$/;
const CIRCUIT_HEAD = /^(?:芯片|电路|转换器|asic|ic|soc|fpga)$/;
const MODAL = /^(?:可以|可|能|能够|会|将|要|需|需要|负责|用来|用于|用以|来|去)$/;
/** A body of people that does something (`工程部门反馈`, `厂商提供`): the subject of the verb after it. */
const SUBJECT_END = /(?:医院|公司|企业|机构|科室|部门|单位|团队|厂商|厂家)$/;
/** A grade or class of regulation (`三级医疗器械`, `第二类医疗器械`) names no kind. */
const GRADE = /^第?[一二三四五六七八九十0-9]+(?:类|级)(?:医疗|医用|创新)*$/;
/** A regulatory class at the end of a core (`经营|第三类|医疗器械`, `所有|第三类|医疗器械`, the classes of
 * large equipment's licences `辖区|乙类|设备`): what comes before
 * it is the verb or the determiner of a clause about the class, no kind of thing. */
const GRADE_END = /(?:第?[一二三四五六七八九十]+|[甲乙丙])类(?:医疗|医用|创新)*$/;
/** A core that ends in an organisation (`三级医院`) or holds a field (`…领域`) names no new thing. */
const ORG_OR_FIELD = /(?:医院|中心|公司|研究院|研究所|基地|园区|企业|机构|科室|部门|单位)$|领域/;
/** Cores too vague to name a kind before a broad head: the industry under another name (`医学装备`)
 * or ordinary things (`常规设备`, `普通设备`). */
const VAGUE_CORES = new Set(['医学', '常规', '普通', '一般', '日常', '通用', '各种', '所有', '技术']);
/** Class nouns too broad to name a kind after a use word alone (`医用设备` no, `医用导管` yes). */
const BROAD_HEADS = new Set([
  ...['装备', '设备', '系统', '仪器', '仪', '机', '器械', '软件', '装置', '流水线'],
  ...['材料', '试剂', '膜', '管', '元器件', '零部件'],
]);
/** Use words that name a class with a specific head (`医用机器人`, `医用导管`, `医疗机器人`). */
const MEDICAL_USE = new Set(['医用', '医疗']);
/** Tags of a core word that names an action, not a kind (`检查` of `检查仪器`, `辅助` of `辅助设备`). */
const ACTION_TAGS = new Set(['v', 'vn']);
/** Administrations before 系统 make a body of people, not a system one builds (`药品监管系统`). */
const ADMINISTRATION = /(?:监管|监督|卫生|行政|政务|医保|医疗卫生)$/;
/** Offices' information systems (`科技管理信息系统`, `办公系统`) run a programme, they treat no one. */
const OFFICE_SYSTEM = /(?:管理信息|信息管理|办公|申报|审批|统计)$/;
/** One-character words the dictionary tags as places or names after a head are prepositions or
 * pieces of the next phrase (`装备|朝|智能化`), not a noun that continues the compound. */
const NAME_TAGS = new Set(['ns', 'nr']);
/** Words the dictionary tags as nouns that never continue a compound after a head: they quantify or
 * place the thing (`数字化X线摄影系统|全部|来自`, `…设备|之一`). */
const NOT_CONTINUING = new Set([
  ...['全部', '所有', '本身', '自身', '之一', '整体', '总体', '全体', '其中'],
  // What is done to the thing, tagged as nouns (`生化分析仪|研发`, `分析仪|国产化`): no longer name.
  ...['研发', '国产化', '产业化', '本地化', '规模化'],
  // What is measured of a part (`谐波减速器|寿命`, `编码器|精度`, `探测器|国产化率`): a property, no longer name.
  ...['寿命', '精度', '良率', '良品率', '出货量', '国产化率', '渗透率'],
]);
/** Causative and stopping verbs (`分段结构让微导管…`, `报警并自动停止血泵`) open a clause whose object
 * follows; no name holds one, so a run starts after them. */
const CLAUSE_VERBS = new Set([
  ...['让', '使', '令', '使得', '致使', '促使'],
  ...['导致', '造成', '停止', '终止', '暂停'],
  // Verbs that fit one thing with another (`内镜配合|LED冷光源`, `主机搭载|…芯片`): the object follows.
  ...['配合', '搭配', '搭载', '配备', '采用', '选用', '取代'],
  // `高端产品配|液态金属轴承`: 配 written alone is the verb; 配件, 标配, 适配器 are words of their own.
  '配',
  // Verbs that fit a part in (`末端器械装设|光纤布拉格光栅`, as the Hong Kong press writes it).
  ...['装设', '设有', '加装'],
  // What a thing depends on (`机械臂关节依赖|精密减速器`) is the object of a clause, not its name.
  ...['依赖', '依靠', '仰赖'],
  // What a quality lies in (`优势在于|芯片`, `关键在于|传感器`): the thing is the object, after 在于.
  ...['在于', '取决于'],
]);
/** Counts and distributives inside a run (`招标|首批|大型设备`, `各`, `每`): what follows is counted, so
 * the name starts after them; quantities too (`大量|中空纤维膜`, isQuantityAt). */
const COUNT_WORD =
  /^(?:首批|首台|首套|每|各|若干|(?:[多数几]|[0-9一二两三四五六七八九十百]+)(?:批|台|套|件|个|项|家|款|例|名|条|种|支|枚|根|把))$/;
/** Periods of a programme (`2023年度|诊疗装备`) date the thing as a time word does; the dictionary tags
 * them as nouns. */
const TIME_WORDS = new Set(['年度', '季度', '本年度', '上半年', '下半年', '年初', '年底', '年内', '当年']);
/** Documents are no materials (`申报材料`, `证明材料`, `行动计划材料`): the word before 材料 names what they
 * are for, or the plan or programme they belong to. */
const DOCUMENT_CORE =
  /^(?:申报|申请|证明|佐证|汇报|报送|提交|书面|纸质|备案|审核|审查|宣传|培训|会议|评审|验收|附件|相关|有关|上述)$|(?:计划|方案|规划)$/;

/** The config's word lists as sets, built once per config: terms are found sentence by sentence. */
interface WordSets {
  stops: Set<string>;
  stopTerms: Set<string>;
  generic: string[];
}
const wordSetsOf = new WeakMap<DiscoveryConfig, WordSets>();
const wordSets = (config: DiscoveryConfig): WordSets => {
  let sets = wordSetsOf.get(config);
  if (!sets) {
    sets = {
      stops: new Set([...config.leadingVerbs, ...(config.stopWords ?? [])]),
      stopTerms: new Set(config.stopTerms),
      // Longest first, so that 现代化 is cut whole and not as 现代 leaving 化.
      generic: [...config.genericModifiers].sort((a, b) => b.length - a.length),
    };
    wordSetsOf.set(config, sets);
  }
  return sets;
};

/**
 * Part heads that name one kind of part by themselves (`机械臂再驱动柔性导管`, `内含固定螺丝和密封圈`,
 * `五年的球管保修`): written alone they are that part, unlike a class of parts (`传感器`, `芯片`, `模块`,
 * `电源`, `探头`), which needs a modifier to name a kind.
 */
const SPECIFIC_PART = new Set([
  ...['机械臂', '密封圈', '应变片', '准直器', '编码器', '滑环', '球管', '丝杠', '导轨', '齿轮', '闪烁体'],
  ...['涡轮', '压缩机', '电路板', '泵头', '晶片', '换能器', '加热器', '逆变器'],
  ...['电池包'],
  // Boards named by what they do (`这块最大的板子是主控板`, `一块触摸屏加主控板`), screens and cells of a machine.
  ...['主控板', '主机板', '电源板', '控制板', '驱动板', '接口板', '采集板', '前端板'],
  ...['触摸屏', '液晶屏', '晶振', '电芯'],
  // A bearing and an objective lens, named alone in a list of a machine's parts (`阳极靶盘、轴承和管壳`).
  ...['轴承', '物镜'],
]);
/** A battery named by its chemistry in one character, one word of the dictionary (`锂电池`, `蓄电池`). */
const BATTERY_KIND = /^[锂蓄钠镍]电池$/;

/** Pieces of a part written after its head, which the dictionary tags as a bound morpheme or a measure
 * word (`探头帽`, `电极片`, `导管座`, `换能器阵列`). */
const PART_PIECE = /^(?:[帽片盖座罩垫]|阵列)$/;

/** One-character nouns of what a part senses or moves (`力传感器`, `血泵`, `热光源`, `磁编码器`, `氧传感器`,
 * `氧电池`): the kind. */
const ONE_CHARACTER_KIND = /^[力血光热磁声氧]$/;

/** Consumables a machine takes (`ECMO膜式氧合器`, `血液净化设备透析器`): used in it, named after it. */
const MACHINE_CONSUMABLE = /^(?:氧合器|透析器|灌流器)$/;

/**
 * A maker's model code ending right before a name (`KR-M90|高端床旁监护仪`, `KR-DR7|移动式数字化X射线摄影系统`):
 * Latin letters, a hyphen and a code of letters then digits (the segmented text is lower-cased). It names one
 * product, no word of the kind's name. Kinds written with a hyphen (`PET-CT`, `CAR-T`, `MR-linac`) have no
 * digit after it, and grades (`PZT-8`, `I-125`) a digit right after it.
 */
const MODEL_CODE_END = /(?:^|[^a-z0-9-])[a-z]{1,5}-[a-z]+[0-9][a-z0-9]*$/;

/** Heads of parts that name a class of parts, also before another head (`芯片模块`, `部件材料`). */
const PART_CLASS_CORE = /^(?:零部件|部件|元器件|器件|组件|元件|芯片|模块|模组|配件|材料)$/;

/**
 * Finds candidate terms among the words of one sentence. `free(from, to)` says whether the range
 * holds no curated mention; found spans are marked through `take`.
 */
export const discoverTerms = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  heads: HeadIndex,
  free: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
  curated: (from: number, to: number) => boolean = () => false,
  curatedThing: (from: number, to: number) => boolean = curated,
  curatedTechnique: (from: number, to: number) => boolean = () => false,
): DiscoveredSpan[] => {
  const { stops, stopTerms, generic } = wordSets(config);
  // A place before a thing is where it is made, not part of its name (`广东省…装备`). Person names
  // are not used: jieba tags words of names `nr` as well (`左心室`, `高清`).
  const isBoundary = (w: Word): boolean =>
    isBoundaryWord(w) ||
    stops.has(w.word) ||
    isVerbCompound(stops, w.word) ||
    w.word === '用' ||
    // `以铂作|导电层`: 作 alone is the verb "as", never inside a name (工作站 is one word).
    (w.word === '作' && w.tag === 'v') ||
    w.word === '等' ||
    isPlaceWord(w) ||
    DISCOURSE_WORDS.has(w.word) ||
    CLAUSE_VERBS.has(w.word) ||
    namesMemberClass(w.word) ||
    isOrganisationWord(w.word);
  // `一次性|使用`: 使用 after 一次性 is a word of a registered name (`一次性使用无菌注射器`), no verb.
  const singleUse = (q: number): boolean =>
    words[q]?.word === '使用' && words[q - 1]?.word === '一次性' && words[q - 1]?.to === words[q]?.from;
  /** A head of equipment or a part that starts right after word `k`, over its next two words, all free. */
  const deviceHeadAfter = (k: number): boolean => {
    const start = words[k]?.to ?? -1;
    for (let j = k + 1; j <= k + 2; j++) {
      const x = words[j];
      if (x?.from !== (words[j - 1]?.to ?? -1) || !free(x.from, x.to)) return false;
      const h = heads.at(text, x);
      if (h) return h.label !== 'Material' && x.to - h.head.length === start;
    }
    return false;
  };
  const out: DiscoveredSpan[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!w) continue;
    const endoscope = endoscopeAt(text, w);
    const hit = heads.at(text, w) ?? endoscope;
    if (!hit) continue;
    const headFrom = w.to - hit.head.length;
    const next = words[k + 1];
    // `不锈钢探头|帽`, `心电电极|片`, `换能器|阵列`: a piece of a part written right after its head ends the
    // name (PART_PIECE).
    const piece =
      hit.label === 'Component' &&
      next?.from === w.to &&
      PART_PIECE.test(next.word) &&
      free(next.from, next.to);
    const end = piece ? next.to : w.to;
    // `柔性支气管镜|手术机器人`, `腔镜|吻合器`: an endoscope before a noun names what that thing works with.
    if (endoscope && next && /^(?:n|nz|vn|eng)$/.test(next.tag)) continue;
    if (
      next &&
      !piece &&
      NOUN_CONT.has(next.tag) &&
      !(next.word.length === 1 && NAME_TAGS.has(next.tag)) &&
      !NOT_CONTINUING.has(next.word) &&
      free(next.from, next.to)
    )
      continue;
    // `步进电机|驱动|单元`: a part's head before what a unit of it does names the unit's kind, not the name's end.
    const unitAfter = words[k + 2];
    if (
      hit.label === 'Component' &&
      next?.from === w.to &&
      /^vn?$/.test(next.tag) &&
      unitAfter?.from === next.to &&
      heads.at(text, unitAfter)?.head === '单元'
    )
      continue;
    // `亲水|涂层|导/v|丝/m`: a material's head glued to the head of a device or part the dictionary cut into
    // words that continue no noun is that thing's modifier (a coated guidewire), not the name's end.
    if (hit.label === 'Material' && !piece && deviceHeadAfter(k)) continue;
    // `锂电池|组`, `阀|组`: a set of the parts is named by 组 glued after them; the head is not the name's end.
    if (next?.word === '组' && next.from === w.to) continue;
    if (!free(headFrom, end)) continue;
    // `整机`: a generic word that ends in a head (the whole machine) names no kind.
    if (generic.includes(w.word)) continue;
    // The head's own word may start with free text (`呼吸机`); then earlier words while they are free.
    let from = headFrom;
    while (from > w.from && free(from - 1, from)) from--;
    let m = k;
    // A head the dictionary cuts in two (`机械|臂`, `球|管`) starts at the first of its words.
    while (m > 0 && (words[m - 1]?.from ?? -1) >= from) m--;
    let boundaryBefore: boolean;
    // A curated name written as a modifier is part of the term (`高端 CT 设备`, `高通量生化分析仪`).
    // So is a word the curated name only begins (`便携式|超声|波|扫描仪`: 超声 of 超声波): each of its
    // characters is free or curated.
    const open = (x: Word): boolean => {
      for (let i = x.from; i < x.to; i++) if (!free(i, i + 1) && !curated(i, i + 1)) return false;
      return true;
    };
    // `ECMO膜式氧合器`: a curated machine before the consumable it takes is the machine it serves, no
    // word of its name; the consumable is then named as the machine's part.
    const machineBefore = (x: Word | undefined): boolean =>
      x !== undefined &&
      MACHINE_CONSUMABLE.test(hit.head) &&
      !free(x.from, x.to) &&
      curatedThing(x.from, x.to);
    // `插管|分|动脉插管`, `触摸屏|加|主控板`, `压力传感器|测|泵`: a verb of one character right after a whole
    // thing's name is a clause's (divides into, plus, measures), no word of the next name.
    const verbAfterThing = (q: number): boolean => {
      const x = words[q];
      const before = words[q - 1];
      if (!x || !before || x.word.length !== 1 || !/^vn?$/.test(x.tag) || before.to !== x.from) return false;
      // `装|有力|感应器`: the dictionary glued the verb's 有 to the next name; that cut is left to the clause rules.
      if (words[q + 1]?.word.startsWith('有')) return false;
      const h = heads.at(text, before);
      return h !== undefined && h.label !== 'Material';
    };
    // `自|研|血氧模块`, `自|产|探头`: 自 and a verb of one character (self-developed, self-made) are a verb the
    // dictionary cut in two; the name starts after it.
    const selfMade = (q: number): boolean => {
      const x = words[q];
      const self = words[q - 1];
      return x?.word.length === 1 && self?.word === '自' && self.to === x.from && /^vn?$/.test(x.tag);
    };
    const modelBefore = (x: Word | undefined): boolean =>
      x !== undefined && MODEL_CODE_END.test(text.slice(Math.max(0, x.to - 16), x.to));
    let registered = false;
    while (from === words[m]?.from && m > 0) {
      const prev = words[m - 1];
      // `一次性使用|中空纤维血液透析器`: the single-use class opens the product's registered name.
      if (singleUse(m - 1) && free(words[m - 2]?.from ?? 0, prev?.to ?? 0)) {
        from = words[m - 2]?.from ?? from;
        m -= 2;
        registered = true;
        break;
      }
      if (
        !prev ||
        isBoundary(prev) ||
        !open(prev) ||
        machineBefore(prev) ||
        modelBefore(prev) ||
        verbAfterThing(m - 1) ||
        selfMade(m - 1) ||
        w.to - prev.from > config.maxLength
      )
        break;
      from = prev.from;
      m--;
    }
    if ((m === 0 && from === words[0]?.from) || registered) boundaryBefore = true;
    else if (from === words[m]?.from) {
      const prev = words[m - 1];
      boundaryBefore =
        prev === undefined ||
        isBoundary(prev) ||
        !open(prev) ||
        machineBefore(prev) ||
        modelBefore(prev) ||
        verbAfterThing(m - 1) ||
        selfMade(m - 1);
    } else boundaryBefore = false;
    // Quantities in front (`10-20 项`, `一批`) are cut, with their measure word.
    while (
      m < k &&
      !(
        MORPHEME_PREFIXES.has(words[m]?.word ?? '') &&
        words[m - 1]?.tag !== 'd' &&
        !generic.includes(words[m + 1]?.word ?? '')
      ) &&
      (QUANTITY_TAGS.has(words[m]?.tag ?? '') ||
        /^[0-9.~-]+$/.test(words[m]?.word ?? '') ||
        ((MEASURE_WORDS.has(words[m]?.word ?? '') || SIZE_UNITS.test(words[m]?.word ?? '')) &&
          m > 0 &&
          QUANTITY_TAGS.has(words[m - 1]?.tag ?? '')))
    ) {
      m++;
      from = words[m]?.from ?? from;
      boundaryBefore = true;
    }
    // A time word in front dates the thing (`新一代|医学影像装备`, `新一代|质子放疗设备`): the name is
    // what follows it, as for a quantity.
    while (m < k && (words[m]?.tag === 't' || TIME_WORDS.has(words[m]?.word ?? ''))) {
      m++;
      from = words[m]?.from ?? from;
      boundaryBefore = true;
    }
    // Colour and look (`银色环状超导磁体`) describe the one thing in view, not a kind of it.
    if (m < k && isAppearanceWord(words[m]?.word ?? '')) {
      while (m < k && (isAppearanceWord(words[m]?.word ?? '') || /^.{1,2}[状形]$/.test(words[m]?.word ?? '')))
        m++;
      from = words[m]?.from ?? from;
      boundaryBefore = true;
    }
    // A leading verb glued to the next word by the dictionary (`开发新`) still ends the term.
    for (const v of config.leadingVerbs) {
      const at = text.slice(from, headFrom).lastIndexOf(v);
      // A verb opening a noun of the dictionary is a word of that noun (`专用|集成电路`); one glued to a
      // single character (`开发新`) is not.
      const host = at === -1 ? undefined : words.find((x) => x.from === from + at);
      if (host && host.word.length >= v.length + 2 && host.tag.startsWith('n')) continue;
      if (at !== -1) {
        from += at + v.length;
        boundaryBefore = true;
      }
    }
    // A hospital unit before the thing is where it is used (`检验科|全自动生化分析仪`).
    const unitEnd = afterServiceUnit(text.slice(from, headFrom));
    if (unitEnd > 0) {
      from += unitEnd;
      boundaryBefore = true;
    }
    while (m < k && (words[m]?.to ?? 0) <= from) m++;
    // `常用设备|眼科超声乳化仪`: a broad class noun written as a word of its own before a device's name is
    // the class the name is put in apposition to, no word of the name.
    if (hit.label === 'Equipment')
      for (let v = k - 2; v >= m; v--)
        if (/^(?:设备|装备|仪器)$/.test(words[v]?.word ?? '') && (words[v]?.from ?? 0) >= from) {
          m = v + 1;
          from = words[m]?.from ?? from;
          boundaryBefore = true;
          break;
        }
    // A verb between two names makes a clause, not a name (`内窥镜镜体加上内窥镜配套设备`): the term
    // starts after it. A verb right before the head (`图像显示系统`, `血液透析设备`) stays.
    for (let v = k - 1; v > m; v--) {
      const x = words[v];
      if (x?.tag !== 'v' || x.from < from) continue;
      const oneChar = x.word.length === 1;
      if (singleUse(v)) continue;
      // `3D打印|多孔钛合金椎间融合器`: a curated process names how the thing is made, a word of its name.
      if (curatedThing(x.from, x.to)) continue;
      const object = words.slice(v + 1, k + 1);
      const named = object.some((y) => y !== w && (curated(y.from, y.to) || heads.at(text, y) !== undefined));
      // `自动停止|血泵`: the verb's object is a thing named whole by a noun and a specific head, not a
      // class noun the verb qualifies (`图像显示|系统`, `注射|泵`, `切割|吻合器`).
      // A verb of one character does so only between two nouns of their own (`管路|做|肝素|涂层`, the tubing
      // coated with heparin), not when it is a piece of a word the dictionary cut (`磁悬浮|离|心血|泵`: 离心).
      const [o1, o2] = object;
      const before = words[v - 1];
      const loneVerb =
        !oneChar ||
        (before !== undefined &&
          /^n[zg]?$/.test(before.tag) &&
          before.word.length >= 2 &&
          (o1?.word.length ?? 0) >= 2 &&
          tagWords(x.word + (o1?.word.charAt(0) ?? '')).length > 1);
      const thing =
        object.length === 2 &&
        loneVerb &&
        /^n[gz]?$/.test(o1?.tag ?? '') &&
        o2?.word === hit.head &&
        !BROAD_HEADS.has(hit.head);
      // `依赖|FPGA`, `采用|MCU`: a verb before a chip's Latin name is the clause's, not what the chip does.
      const chipVerb = object.length === 1 && /^[a-z]/.test(hit.head) && !CIRCUIT_VERB.test(x.word);
      // `稳定性直接决定|传感器`: an adverb before the verb makes it a predicate, whatever its object.
      // So does a modal before the run (`可以|无线读取|起搏器`): what follows it is the clause's predicate.
      // And so does a body of people before the verb (`医院工程部门反馈|球管寿命`): its subject.
      const predicate =
        (v - 1 >= m && /^a?d$/.test(words[v - 1]?.tag ?? '')) ||
        MODAL.test(words[m - 1]?.word ?? '') ||
        SUBJECT_END.test(text.slice(from, x.from));
      // `滚轮|挤压|泵管`: a verb between a noun (its subject) and one word the dictionary makes of two heads (泵
      // and 管, the pump's tube) is a clause's: the verb acts on that thing, it names no kind of it.
      const headPair =
        !oneChar &&
        object.length === 1 &&
        w.word !== hit.head &&
        /^n[zg]?$/.test(before?.tag ?? '') &&
        Object.values(config.heads).some((hs) =>
          hs.includes(w.word.slice(0, w.word.length - hit.head.length)),
        );
      if (oneChar && !thing) continue;
      if ((object.length >= 2 && named) || thing || chipVerb || predicate || headPair) {
        from = words[v + 1]?.from ?? from;
        m = v + 1;
        boundaryBefore = true;
        break;
      }
    }
    // `评估|含钕镁合金支架`: 含 (holding) opens the name of what holds something; a verb before it is the
    // clause's, not a word of the name.
    for (let v = k - 1; v > m; v--)
      if (
        words[v]?.word === '含' &&
        /^vn?$/.test(words[v - 1]?.tag ?? '') &&
        (words[v - 1]?.from ?? 0) >= from
      ) {
        m = v;
        from = words[v]?.from ?? from;
        boundaryBefore = true;
        break;
      }
    // `直线加速器（含多叶准直器、加速管）`, `DR 12台，含平板探测器和高压发生器`: 含 opening a bracket or a
    // clause says what the whole named before it includes (`including`); the name is what follows it. Not
    // before a substance of one character (`含钕镁合金支架`, `含银敷料`: what the thing holds names its kind);
    // a count's character is no substance (`含多叶准直器`).
    if (
      words[m]?.word === '含' &&
      words[m]?.from === from &&
      m + 1 < k &&
      boundaryBefore &&
      (m === 0 || /^[(（,，:：;；、]$/.test(words[m - 1]?.word ?? '')) &&
      !(words[m + 1]?.word.length === 1 && words[m + 1]?.tag !== 'm') &&
      !elementChar((words[m + 1]?.word ?? '').charAt(0))
    ) {
      m++;
      from = words[m]?.from ?? from;
    }
    // `三大类设备`, `两类设备`: a counted class is no name of a device.
    const countedClass = (q: number): boolean =>
      words[q]?.word === '类' &&
      (words[q - 1]?.tag === 'm' || (words[q - 1]?.word === '大' && words[q - 2]?.tag === 'm'));
    for (let q = k - 1; q >= m; q--)
      if (COUNT_WORD.test(words[q]?.word ?? '') || isQuantityAt(words, q) || countedClass(q)) {
        // `一台|新型|数字减影血管造影系统`: what the count says of the unit is no part of its name.
        m = q + 1;
        while (m < k && (generic.includes(words[m]?.word ?? '') || MEASURE_WORDS.has(words[m]?.word ?? '')))
          m++;
        from = words[m]?.from ?? from;
        boundaryBefore = true;
        break;
      }
    // A count inside the run (`多靶区肿瘤一次摆位同机治疗`) makes it a clause, not a name.
    if (words.slice(m + 1, k).some((x) => x.tag === 'm' && /^[一二两三四五六七八九十几]/.test(x.word)))
      continue;
    // `航天新长征医疗器械(北京)有限公司`: an organisation's name, not a thing.
    // `浙经信装备〔2026〕12号`: the series of a document number, not a thing.
    if (endsInOrganisation(text, end) || opensDocumentNumber(text, end)) {
      take(from, end);
      continue;
    }
    const term = text.slice(from, end);
    let core = text.slice(from, headFrom);
    for (let changed = true; changed;) {
      changed = false;
      const g = generic.find((x) => core.startsWith(x));
      if (g) {
        core = core.slice(g.length);
        changed = true;
      }
    }
    // `医用机器人`, `医用导管`: a use word and a specific head name a class of products.
    const bareMedical =
      core.length === 0 && MEDICAL_USE.has(text.slice(from, headFrom)) && !BROAD_HEADS.has(hit.head);
    // `精密减速器`, `精密轴承`: precision grades a specific part into the kind the trade names (not a
    // class of parts, `精密芯片`, nor equipment, `精密仪器`).
    const precisePart =
      core.length === 0 &&
      text.slice(from, headFrom) === '精密' &&
      hit.label === 'Component' &&
      !BROAD_HEADS.has(hit.head) &&
      !PART_CLASS_CORE.test(hit.head) &&
      !/^(?:传感器|探测器|电路|管)$/.test(hit.head);
    // `一支透析器`, `电子胃肠镜`, `胃镜`: a device one word names whole needs no modifier.
    const whole = wholeDevice(term);
    // `机械臂`, `密封圈`: a head that names one kind of part is a name alone, when the text delimits it
    // (however the dictionary cuts it: `机械|臂`, `应变|片`).
    const bareSpecific = term === hit.head && boundaryBefore && SPECIFIC_PART.has(hit.head);
    const isBoundaryAt = (q: number): boolean => {
      const x = words[q];
      return x === undefined || isBoundary(x);
    };
    // `力传感器`, `血泵`: a one-character noun of its own before a part's head names the kind.
    const kindPart =
      hit.label === 'Component' &&
      term.length === hit.head.length + 1 &&
      boundaryBefore &&
      // Only where the text delimits it: after a verb inside a name (`磁悬浮|血泵`) it is a fragment.
      (m === 0 || isBoundaryAt(m - 1)) &&
      words[m]?.from === from &&
      words[m]?.tag === 'n' &&
      ONE_CHARACTER_KIND.test(words[m]?.word ?? '') &&
      !PART_CLASS_CORE.test(hit.head);
    const battery = term === w.word && boundaryBefore && BATTERY_KIND.test(term);
    // `微导管`: 微 (micro) before a device's specific head names a kind of it, where the text delimits it.
    const micro =
      hit.label === 'Equipment' &&
      term === `微${hit.head}` &&
      boundaryBefore &&
      words[m]?.word === '微' &&
      !BROAD_HEADS.has(hit.head);
    if (
      (!whole &&
        !bareSpecific &&
        !kindPart &&
        !battery &&
        !micro &&
        ((core.length < 1 && !bareMedical && !precisePart) || term.length < hit.head.length + 2)) ||
      stopTerms.has(term)
    )
      continue;
    // A curated name plus a class noun (`高端 CT 设备`) is that curated thing, not a new one.
    const coreFrom = bareMedical ? from : headFrom - core.length;
    // A field's name inside (`新型|体外诊断|装备`, 体外诊断 a curated field) names equipment of that field.
    let freeChars = 0;
    // `基因测序|仪`: a curated technique before a device's head names the device that works by it, no
    // mention of the technique (not before 系统 or 软件, which name the technique's own means).
    const byTechnique = hit.label === 'Equipment' && !/^(?:系统|软件|平台|流水线)$/.test(hit.head);
    for (let i = coreFrom; i < headFrom; i++)
      if (
        free(i, i + 1) ||
        (curated(i, i + 1) && !curatedThing(i, i + 1)) ||
        (byTechnique && curatedTechnique(i, i + 1))
      )
        freeChars++;
    // `超声探头`, `PET探测器`: a part's head after a curated device names a part of it, not the device.
    if (freeChars === 0 && hit.label !== 'Component' && !whole) continue;
    // Evaluative modifiers alone (`原创性引领性医疗装备`) make no name.
    if (/^(?:[\u4e00-\u9fff]{1,3}性)+$/.test(core)) continue;
    // An organisation or a field before the head is where the thing is, not its name
    // (`三级医院设备更新`, `生物医用材料领域原材料`).
    if (ORG_OR_FIELD.test(core.replace(/(?:医疗|医用)$/, '')) || GRADE.test(core) || GRADE_END.test(core))
      continue;
    // `药品监管系统`: an administration; `医学装备`: the whole industry under another name.
    if (
      (hit.head === '系统' && (ADMINISTRATION.test(core) || OFFICE_SYSTEM.test(core))) ||
      (VAGUE_CORES.has(core) && BROAD_HEADS.has(hit.head)) ||
      (hit.head === '材料' && DOCUMENT_CORE.test(core))
    )
      continue;
    // A person's name alone before a broad head is a brand's product (`达芬奇|系统`), not a kind; two
    // characters tagged so are mostly common words (`保健`, `康复`).
    const named = words.slice(m, k).filter((x) => x.from >= coreFrom);
    // `澳华|内镜`, a firm: a proper name alone before the endoscope is its maker, not its kind.
    if (endoscope && named.length === 1 && /^n[rsz]$/.test(named[0]?.tag ?? '')) continue;
    const brandable = BROAD_HEADS.has(hit.head) || hit.head === '机器人';
    // An endoscope the dictionary tags as a name (`宫腔镜/nr|系统`) is no brand.
    if (
      brandable &&
      named.length === 1 &&
      named[0]?.tag === 'nr' &&
      named[0].word.length >= 3 &&
      !wholeDevice(named[0].word)
    )
      continue;
    // A class noun before a class noun (`装备仪器`) names no kind; a specific part before a part's head
    // names the part it belongs to (`探测器芯片`, `传感器芯片`, `探测器模块`).
    const partOfPart =
      hit.label === 'Component' &&
      core.length >= 2 &&
      !PART_CLASS_CORE.test(core) &&
      config.heads.Component.includes(core);
    if (!partOfPart && Object.values(config.heads).some((hs) => hs.includes(core))) continue;
    const first = words[m];
    // A verb glued to a one-character head is a device name (`除颤仪`, `呼吸机`, `透析机`).
    // Not before a piece of the part (`打开|泵|盖`, opening the pump's cover): the verb acts on the piece.
    const verbDevice =
      first?.tag === 'v' && m === k - 1 && hit.head.length === 1 && w.word === hit.head && !piece;
    // An action word alone before a broad class noun (`检查仪器`, `辅助设备`) names a use, not a kind.
    const coreWords = words.slice(m, k + 1).filter((x) => x.from >= coreFrom && x.to <= headFrom);
    const actionOnly =
      BROAD_HEADS.has(hit.head) &&
      hit.head.length >= 2 &&
      w.word === hit.head &&
      coreWords.length === 1 &&
      ACTION_TAGS.has(coreWords[0]?.tag ?? '');
    // `无导线起搏器`: 无 before a noun names a kind without the thing (leadless), not a verb.
    // `无刷直流电机`: 无 before a bound morpheme (`刷/zg`) is privative too (brushless).
    const privative =
      first?.word === '无' &&
      (CLEAN_START_TAGS.has(words[m + 1]?.tag ?? '') ||
        (hit.label === 'Component' && words[m + 1]?.tag === 'zg' && m + 1 < k));
    // `称重传感器`, `步进电机`, `成像模组`, `手持接收器`: a verb of two characters right before a part's head
    // names the part by what it does (a kind of it), when the text delimits the pair: a clause mark, a
    // joiner or 的 before it, or the sentence's start. A verb glued to a longer run stays unclean
    // (`翻身功能靠|直线推杆电机` reads as a clause).
    const doerPart =
      hit.label === 'Component' &&
      !BROAD_HEADS.has(hit.head) &&
      first?.tag === 'v' &&
      first.word.length === 2 &&
      /^[\u4e00-\u9fff]{2}$/.test(first.word) &&
      // the head right after the verb, or a part's head and what its unit does (`步进|电机|驱动|单元`)
      ((m + 1 === k && w.word === hit.head) ||
        (hit.head === '单元' && m + 3 === k && heads.at(text, words[m + 1] ?? w)?.label === 'Component')) &&
      (m === 0 ||
        /^(?:x|uj)$/.test(words[m - 1]?.tag ?? '') ||
        /^(?:和|及|与|或)$/.test(words[m - 1]?.word ?? ''));
    // `、除颤监护仪24台、`, `，预真空压力蒸汽灭菌器6台`: an item of a counted list, between a list mark and its
    // count, is delimited by the list itself, whatever the tag of its first word.
    // What is done to the items (`维修探头9把`, `新增呼吸机4台`) is no part of their name.
    const countedItem =
      /[、，,：:；;\s\u3000]/.test(text[from - 1] ?? '\n') &&
      COUNTED_AFTER.test(text.slice(end, end + 6)) &&
      !ITEM_ACTIONS.test(first?.word ?? '');
    // `都|规定探头`, `先|打开泵盖`, `不|耐热器械`: an adverb of one character right before the name says how or
    // whether something is done, so what follows it is a predicate (a verb the dictionary may tag a noun, a
    // quality), not a kind of thing; the name stays a candidate. Not 将, which marks the object before its verb
    // (`将|负压救护车…纳入`), nor a longer word the dictionary tags an adverb (`一次性`, `高速`: modifiers).
    const adverbBefore =
      m > 0 &&
      words[m - 1]?.tag === 'd' &&
      words[m - 1]?.word.length === 1 &&
      words[m - 1]?.word !== '将' &&
      words[m - 1]?.to === first?.from;
    const clean =
      boundaryBefore &&
      !adverbBefore &&
      first?.from === from &&
      !actionOnly &&
      (CLEAN_START_TAGS.has(first.tag) ||
        countedItem ||
        // A curated name is a noun whatever its tag (`超声/v|诊断仪`), when no verb follows it in the run.
        (curatedThing(first.from, first.to) &&
          !words
            .slice(m + 1, k)
            .some((x) => x.tag === 'v' && x.word.length >= 2 && !curatedThing(x.from, x.to))) ||
        verbDevice ||
        // `和|导丝`: a device one word names whole, however the dictionary cuts it (`导/v|丝`).
        whole ||
        privative ||
        doerPart ||
        singleUse(m + 1) ||
        bareSpecific ||
        // `碲/g|锌|镉|探测器`: an element's character opens a material's or part's name.
        elementChar(first.word) ||
        MORPHEME_PREFIXES.has(first.word) ||
        (CIRCUIT_VERB.test(first.word) &&
          CIRCUIT_HEAD.test(hit.head) &&
          words[m - 1]?.tag !== 'd' &&
          !MODAL.test(words[m - 1]?.word ?? '')));
    take(from, end);
    // `一次性使用心电电极片`, `一次性使用血氧探头`: a single-use product is registered as a device of its own,
    // whatever part its head names.
    const label = machineBefore(words[m - 1]) ? 'Component' : registered ? 'Equipment' : hit.label;
    out.push({ label, from, to: end, clean });
  }
  return out;
};
