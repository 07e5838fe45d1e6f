// Technologies named by reading: a run ending in 技术 (or 工艺, 算法) whose core names a thing of the
// field (`全磁悬浮血泵技术` holds the part head 泵, `超导磁体技术` a curated part, `无液氦超导技术` the stem
// 超导) or a technique (`荧光成像技术`, `低剂量迭代重建技术`, `MEMS工艺`); and the members of a list
// of technologies or processes (`A、B等关键技术`, `A和B等工序`, `以A和B为代表的…技术`). Generic runs
// (`关键核心技术`, `信息技术`, `算法技术`, `检测技术`) name no technology.
import type { DiscoveredSpan } from '../discovery';
import type { DiscoveryConfig } from '../types';
import { leadingAndStopWords } from './config-words';
import { endsInOrganisation } from './noise';
import { CLEAN_START_TAGS, isBoundaryWord, type Word } from './segmenter';

/** Stems of the field's technologies that make a 技术 run specific without a curated name. */
const TECH_STEMS = [
  '超导',
  '磁悬浮',
  '3D打印',
  '3d打印',
  '测序',
  '纳米',
  '激光',
  '射频',
  '微流控',
  '质子',
  '重离子',
];
/**
 * What a technique does, ending its name: imaging, reconstruction, navigation and the processes that
 * make parts (`荧光成像`, `迭代重建`, `电磁导航`, `超声喷涂`, `激光切割`, `微弧氧化`, `热挤压`).
 */
const TECHNIQUE_END =
  /(?:成像|造影|显像|重建|重构|配准|导航|定位|追踪|跟踪|打印|测序|定序|扩增|编辑|标记|识别|交互|传感|计数|孪生|接口|消融|放疗|诊断|喷涂|焊接|钎焊|抛光|切割|熔化|熔融|熔覆|挤压|锻造|加工|铸造|氧化|改性|烧结|注塑|成型|沉积|刻蚀|光刻|纺丝|涂覆|镀膜|封装|键合|交联|接枝|灭菌|图像处理|信号处理|控制)$/;
/**
 * Words of a technique's modifier that name no kind of it: `医疗诊断技术`, `产品检测技术` are the field's
 * techniques in general.
 */
const GENERIC_MODIFIER =
  /^(?:医疗|医学|临床|疾病|产品|生产|质量|安全|工程|工业|应用|相关|常规|传统|现代|一般|各种|多种|各类|有关|数字化|智能化|自动化|自动|精准|综合|整体|系统|过程|集成|辅助|新型|新一代|先进|高端|前沿|新|高性能|高效)$/;
/** A technique's name: it ends in what the technique does, after a modifier that names its kind. */
const namesTechnique = (core: string): boolean => {
  const end = TECHNIQUE_END.exec(core);
  return end !== null && end.index >= 1 && !GENERIC_MODIFIER.test(core.slice(0, end.index));
};
/**
 * Ends of a technique's name that are also everyday words (`力反馈`, `三维视觉`, `主从遥操作`, `动平衡校正`,
 * `相分离`, `气体发泡`): a technique only as a member of a list of technologies.
 */
const LISTED_TECHNIQUE_END = /(?:反馈|视觉|操作|校正|分离|发泡)$/;
/** What a technology's name never ends in: a place, a body, a business or a class (`数字孪生医院`). */
const NOT_TECHNOLOGY_END =
  /(?:医院|中心|平台|基地|园区|企业|公司|机构|模式|业态|服务|体系|产业|行业|领域|市场|项目|工程|产品)$/;
/** A Latin abbreviation of a technology before 技术/工艺 (`MEMS工艺`, `TOF技术`), not a device's. */
const LATIN_CORE = /^[a-z][a-z0-9]{2,5}$/i;
/** A gloss in brackets after a name (`窄带成像（NBI）`, `微机电系统（MEMS）`). */
const GLOSS = /^[（(][A-Za-z][A-Za-z0-9-]{1,9}[）)]$/;

/** Words before 技术 that make it generic, however specific the rest (`关键核心技术`, `新技术`). */
const GENERIC = /^(?:关键|核心|共性|前沿|新|先进|高新|自有|相关|重大|主要|基础|前瞻性|颠覆性|创新)+/;
/** The same words right before 技术 after a thing (`生物医用材料关键核心技术`; 内核 is the Hong Kong
 * form of 核心): the thing's technologies in general, no technology's name. */
const GENERIC_END = /(?:关键|核心|内核|共性|前沿|先进|重大|主要|基础|前瞻性|颠覆性)$/;
/** Words that open a clause before the first member (`攻克术中导航`, `再经激光切割`, `借助大数据`). */
const LEAD =
  /^(?:攻克|掌握|借助|依托|运用|结合|采取|引入|经|经过|通过|利用|采用|使用|研究|发展|突破|开展|加强|推进|推动|聚焦|围绕|布局|包括|涵盖|如|以|再|并|还|又|可|能|将)$/;
/** Tags of words a technology's name is built from (`无/v 液氦/n 超导/v`, `全/a 磁悬浮/n`). */
const NAME_TAGS = new Set([...CLEAN_START_TAGS, 'v', 'zg', 'ng', 'a', 'z']);
/** What a technology's name ends in: 技术, 工艺 (`MEMS工艺`), or 算法 after a technique (`深度学习重建算法`). */
const ENDINGS = new Set(['技术', '工艺', '算法']);
const MAX_LENGTH = 12;

/**
 * The index of the bracket opening a Latin gloss right before word `k` (`窄带成像（NBI）技术`), if any:
 * the name runs on before it.
 */
const glossAt = (text: string, words: readonly Word[], k: number): number | undefined => {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const x = words[j];
    if (!x) return undefined;
    if (x.word === '（' || x.word === '(') {
      const close = words[k - 1];
      return close && j > 0 && GLOSS.test(text.slice(x.from, close.to)) ? j : undefined;
    }
  }
  return undefined;
};

export interface TechnologySpan extends Omit<DiscoveredSpan, 'label'> {
  readonly label: 'Technology';
}

/**
 * Technology terms of one sentence. `free` and `curated` say whether a range holds no mention, or
 * only curated ones; found spans are marked through `take`.
 */
export const readTechnologies = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  free: (from: number, to: number) => boolean,
  curated: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
  curatedTechnology: (from: number, to: number) => boolean = () => false,
): TechnologySpan[] => {
  const stops = leadingAndStopWords(config);
  const partHeads = [...config.heads.Component, ...config.heads.Material];
  const out: TechnologySpan[] = [];
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    if (!w || !ENDINGS.has(w.word) || !free(w.from, w.to)) continue;
    // `技术装备`, `技术平台`: 技术 modifies a following noun; `…技术有限公司` is a company.
    const next = words[k + 1];
    if (next?.tag.startsWith('n') || endsInOrganisation(text, w.to)) continue;
    // `窄带成像（NBI）技术`: a gloss between the name and 技术 belongs to the name.
    const glossed = glossAt(text, words, k);
    const end = glossed ?? k;
    const coreEnd = words[end]?.from ?? w.from;
    let m = end;
    while (m > 0) {
      const x = words[m - 1];
      if (!x || isBoundaryWord(x) || stops.has(x.word) || LEAD.test(x.word) || !NAME_TAGS.has(x.tag)) break;
      // `法人|合作开发|膜材纺丝技术`: who develops it is no part of the technique's name.
      if (ACTIVITY.test(x.word)) break;
      if (!free(x.from, x.to) && !curated(x.from, x.to)) break;
      if (coreEnd - x.from > MAX_LENGTH - 2) break;
      m--;
    }
    const first = words[m];
    if (!first || m === end) continue;
    let from = first.from;
    const generic = GENERIC.exec(text.slice(from, coreEnd));
    if (generic) from += generic[0].length;
    for (let changed = true; changed;) {
      const g = config.genericModifiers.find((x) => text.startsWith(x, from) && from + x.length < coreEnd);
      changed = g !== undefined;
      if (g) from += g.length;
    }
    const core = text.slice(from, coreEnd);
    // A curated name and 技术 (`医疗工业互联网技术`) is that curated technology.
    if (core.length < 3 || curatedTechnology(from, coreEnd) || GENERIC_END.test(core)) continue;
    // The core names a thing: a curated name, a part or material head, or a technology stem; or a
    // technique, or a technology by its Latin abbreviation (`MEMS工艺`). 工艺 and 算法 name processes
    // and methods only (`探头工艺` is how a part is made, not a technology).
    // A gloss makes the name a term of the field (`飞行时间（TOF）技术`), unless the name is a curated
    // device's (`计算机断层扫描（CT）技术` is the device's technique in general).
    const latin = w.word !== '算法' && LATIN_CORE.test(core) && !curated(from, coreEnd);
    const technique = namesTechnique(core) || latin || (glossed !== undefined && !curated(from, coreEnd));
    let named = technique || (w.word === '技术' && TECH_STEMS.some((s) => core.includes(s)));
    if (w.word === '技术') {
      for (const x of words.slice(m, end)) if (x.from >= from && curated(x.from, x.to)) named = true;
      if (partHeads.some((h) => words.slice(m, end).some((x) => x.from >= from && x.word.endsWith(h))))
        named = true;
    }
    if (!named) continue;
    const before = words[m - 1];
    const clean =
      before === undefined ||
      isBoundaryWord(before) ||
      stops.has(before.word) ||
      LEAD.test(before.word) ||
      before.tag === 'm';
    take(from, w.to);
    // `表面改性工艺`, `MEMS工艺`: the process is named without the word for process.
    const to = w.word === '工艺' ? (words[k - 1]?.to ?? w.to) : w.to;
    out.push({ label: 'Technology', from, to, clean: clean && from === first.from });
  }
  return out;
};

/**
 * What closes a list of technologies or processes after 等: `等新技术`, `等关键共性技术`, `等多项核心技术`,
 * `等工序`, `等制备与表面改性工艺`. Not a field's or a product's (`等领域关键技术`, `等产品的生产工艺`).
 */
const LIST_HEAD =
  /^等(?:[多一][项种批]|系列)?(?:(?!的|领域|方面|产品|设备|装备|器械|材料|部件|企业|公司|城市|地区|国家)[^，,。；;、：:“”《》()（）\s]){0,8}?(?:技术|工艺|工序|方法)(?![装设平企公])/;
/** `以A和B为代表的金属3D打印技术`: the members named as examples of a technology. */
const EXAMPLES = /以([^以，,。；;：:]{2,60}?)为代表的?[^，,。；;]{0,12}?(?:技术|工艺)/g;
/** `无线通信以低功耗蓝牙（BLE）和近场通信（NFC）为主`: the kinds of a technology named before 以. */
const KINDS_OF =
  /(?:技术|工艺|通信|成像|传输|导航|方式|手段|方法)以([^以，,。；;：:]{2,60}?)为(?:主|代表|核心)/g;
const MAX_MEMBER = 12;
/** A method named by 法 after a verb of using and before one of making (`用提拉法生长`, `采用水热法合成`). */
const METHOD =
  /(?:用|采用|利用|通过|以|经|经由|运用)([\u4e00-\u9fffa-zA-Z][\u4e00-\u9fffa-zA-Z-]{1,6}法)(?:生长|制备|合成|制成|制得|加工|成型|生产|制造|处理|培育|拉制|烧结)/g;
/** Words of 法 that name no method of making (`传统方法`, `新办法`, `物理疗法`). */
const GENERIC_METHOD = /(?:[方办做手说立执想看用疗司算语宪]法|[一这该此其新老旧]种?.?法)$/;
/** A word of developing or cooperating (`合作开发`, `联合研发`) ends a technique's name on its left. */
const ACTIVITY = /(?:开发|研发|研制|合作)$/;
const LEAD_TAGS = new Set(['p']);
/** Tags that end a list's first member: particles, pronouns, prepositions, interjections, time words. */
const MEMBER_ENDS = new Set(['u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'p', 'r', 'y', 'e', 'o', 'w', 't']);

/** The index of the bracket opening the Latin gloss that word `m` closes (`（BLE）`), if it is one. */
const openingOf = (text: string, words: readonly Word[], m: number): number | undefined => {
  const close = words[m];
  for (let j = m - 1; close && j >= Math.max(1, m - 4); j--) {
    const x = words[j];
    if (x?.word === '（' || x?.word === '(') return GLOSS.test(text.slice(x.from, close.to)) ? j : undefined;
  }
  return undefined;
};
const JOINERS = new Set(['、', '和', '及', '与', '以及']);

/** The Component, Material and Equipment heads a technology's name never ends in. */
const thingHeads = (config: DiscoveryConfig): readonly string[] => [
  ...config.heads.Component,
  ...config.heads.Material,
  ...config.heads.Equipment,
];

/** A label of technologies opening a line (`关键技术：`, `核心技术:`, `共性技术：`). */
export const TECHNOLOGY_LABEL = /^(?:关键|核心|重点|主要)?(?:共性)?技术[：:]/;
/** A heading that is such a label alone (`4. 关键技术`, `（三）核心技术`), numbering allowed. */
export const TECHNOLOGY_HEADING =
  /^\s*(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)?\s*(?:关键|核心|重点|主要)?(?:共性)?技术\s*$/;

/**
 * The members of the list that is all of `text` from `from` (a labelled line): two or more, parted by 、
 * (the last may be joined by 和/及/与), each short and with no clause in it; undefined when it is no such
 * list.
 */
const labelledList = (text: string, from: number): [number, number][] | undefined => {
  const end = text.replace(/[。.；;\s]+$/, '').length;
  const body = text.slice(from, end);
  if (/[，,：:；;“”"()（）]/.test(body.replace(/[（(][A-Za-z0-9\s-]{1,12}[）)]/g, ''))) return undefined;
  const members: [number, number][] = [];
  let at = from;
  for (const part of body.split('、')) {
    if (part.length >= 2 && part.length <= MAX_MEMBER + 4) members.push([at, at + part.length]);
    else return undefined;
    at += part.length + 1;
  }
  return members.length >= 2 ? members : undefined;
};

/**
 * Members of `A、B(和C)等(关键)技术`, `A、B等工序`, `以A和B为代表的…技术` that name technologies: a member
 * that extends a curated technology (`生物3D打印`, `人工智能辅助诊断`), one shaped like a technique
 * (`术中导航`, `激光切割`, `微弧氧化`), one glossed with a Latin abbreviation (`微机电系统（MEMS）`), and,
 * in a list most of whose members are such, the others without a head of a thing (`柔性电子`). Members
 * that are a curated name, or a part or device (`CT球管、超导磁体等关键技术` names parts), are left alone.
 */
export const readTechnologyLists = (
  text: string,
  words: readonly Word[],
  config: DiscoveryConfig,
  free: (from: number, to: number) => boolean,
  curated: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
  curatedTechnology: (from: number, to: number) => boolean = () => false,
  labelledFrom?: number,
): TechnologySpan[] => {
  const stops = leadingAndStopWords(config);
  const heads = thingHeads(config);
  const out: TechnologySpan[] = [];
  const lists: [number, number][][] = [];
  // `关键技术：A、B、C。`, or the list alone under a heading `4. 关键技术`: the label says what its
  // members are, so a member of no technique's shape is one too (never a thing's name).
  const labelled = labelledFrom === undefined ? undefined : labelledList(text, labelledFrom);
  if (labelled) lists.push(labelled);
  for (let k = 1; k < words.length; k++) {
    const etc = words[k];
    if (etc?.word !== '等' || !LIST_HEAD.test(text.slice(etc.from, etc.from + 14))) continue;
    // Members back to the list's start, separated by 、 (or 和/及/与): between separators the list
    // vouches for a member's edges, whatever the tags of its words (`多层/m 共/d 挤/v`, `近/a 场/q
    // 通信/j`); the first member runs back to the clause's verb or punctuation. A Latin gloss
    // (`低功耗蓝牙（BLE）`) belongs to its member.
    const members: [number, number][] = [];
    let end = k;
    let m = k - 1;
    for (;;) {
      let start = end;
      let closed = false;
      while (m >= 0) {
        const x = words[m];
        if (!x) break;
        if (x.word === '）' || x.word === ')') {
          const o = openingOf(text, words, m);
          if (o === undefined) {
            closed = true;
            break;
          }
          start = o;
          m = o - 1;
          continue;
        }
        if (JOINERS.has(x.word)) break;
        // A stop word that ends a member is the name's (`增材制造`); one before it is the clause's verb.
        const ending = start === end;
        if ((stops.has(x.word) && !ending) || LEAD.test(x.word) || MEMBER_ENDS.has(x.tag) || x.tag === 'x') {
          closed = true;
          break;
        }
        if (x.tag === 'c' && isBoundaryWord(x)) {
          closed = true;
          break;
        }
        start = m;
        m--;
      }
      if (start === end) break;
      let first = start;
      if (closed || m < 0) while (first < end - 1 && LEAD_TAGS.has(words[first]?.tag ?? '')) first++;
      const opener = words[first];
      // `等通道转角挤压`: a member right after 等 has no boundary the list can vouch for.
      if (opener && !(closed && words[m]?.word === '等'))
        members.unshift([opener.from, words[end - 1]?.to ?? 0]);
      if (closed || !JOINERS.has(words[m]?.word ?? '')) break;
      end = m;
      m--;
    }
    if (members.length >= 2) lists.push(members);
  }
  for (const m of [...text.matchAll(EXAMPLES), ...text.matchAll(KINDS_OF)]) {
    const inner = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].indexOf('以') + 1;
    const members: [number, number][] = [];
    let from = 0;
    for (const part of inner.split(/(、|以及|和|及|与)/)) {
      if (!/^(?:、|以及|和|及|与)$/.test(part) && part.length > 0)
        members.push([at + from, at + from + part.length]);
      from += part.length;
    }
    if (members.length >= 1) lists.push(members);
  }
  // `用提拉法生长而成`, `采用溶胶-凝胶法制备`, `以内锡法制成`: a method named by 法 that makes a thing.
  for (const m of text.matchAll(METHOD)) {
    const name = m[1] ?? '';
    const f = (m.index ?? 0) + m[0].indexOf(name);
    const t = f + name.length;
    if (GENERIC_METHOD.test(name) || !free(f, t)) continue;
    take(f, t);
    out.push({ label: 'Technology', from: f, to: t, clean: true });
  }
  for (const members of lists) {
    // Each member: a technology by its own shape, an extension of a curated one, or neither.
    const kinds = members.map(([f, t]): 'tech' | 'named' | 'shaped' | 'other' | 'thing' => {
      const name = text.slice(f, t);
      const bare = name.replace(/[（(][^（()）]*[）)]$/, '');
      if (t - f > MAX_MEMBER || bare.length < 2) return 'thing';
      if (/(?:技术|工艺)$/.test(name)) return 'named';
      // A curated name: a technology counts for the list, a field or a device (`远程医疗`) does not.
      if (curated(f, t)) return curatedTechnology(f, t) ? 'named' : 'thing';
      let holds = false;
      let taken = false;
      for (const x of words)
        if (x.from >= f && x.to <= t) {
          if (curated(x.from, x.to)) holds ||= curatedTechnology(x.from, x.to);
          else if (!free(x.from, x.to)) taken = true;
        }
      if (taken) return 'thing';
      const glossed = bare !== name;
      if (heads.some((h) => bare.endsWith(h)) && !(glossed && bare.endsWith('系统'))) return 'thing';
      if (holds || glossed) return 'tech';
      if (NOT_TECHNOLOGY_END.test(bare)) return 'thing';
      const technique = namesTechnique(bare) || LISTED_TECHNIQUE_END.test(bare);
      return technique && bare.length >= 3 ? 'shaped' : 'other';
    });
    // A technique's shape alone (`病灶识别` among `病理分型、心电图信号判读`) is weak: only a list most of
    // whose members are technologies names technologies, and then also those of no shape (`柔性电子`).
    const shaped = kinds.filter((x) => x === 'tech' || x === 'named' || x === 'shaped').length;
    const most = members === labelled || (shaped >= 2 && shaped * 2 >= members.length);
    members.forEach(([f, t], i) => {
      const kind = kinds[i];
      const one = kind === 'tech' || (most && (kind === 'shaped' || (kind === 'other' && t - f >= 3)));
      // Free of other terms; a curated technology inside (`人工智能` of `人工智能辅助诊断`) is its stem.
      if (
        !one ||
        words.some((x) => x.from >= f && x.to <= t && !free(x.from, x.to) && !curated(x.from, x.to))
      )
        return;
      take(f, t);
      out.push({ label: 'Technology', from: f, to: t, clean: true });
    });
  }
  return out;
};

/**
 * Enabling technologies a page names by a word of their own, without 技术 (`通过蓝牙与手机连接`, `柔性电子的
 * 进步`, `利用区块链和机器学习`): read where the name is whole words and modifies no noun after it (`蓝牙芯片`,
 * `数字孪生医院` name a part and a place), clean only after a word that cannot open it (`低功耗|蓝牙` is
 * left to the readings of glossed names and lists).
 */
const NAMED_TECHNOLOGIES = [
  ...['蓝牙', '近场通信', '射频识别', '区块链', '机器学习', '边缘计算', '计算机视觉', '混合现实'],
  ...['数字孪生', '柔性电子', '知识图谱'],
];

/** Named enabling technologies of one sentence (NAMED_TECHNOLOGIES); found spans are marked through `take`. */
export const readNamedTechnologies = (
  text: string,
  words: readonly Word[],
  free: (from: number, to: number) => boolean,
  take: (from: number, to: number) => void,
): TechnologySpan[] => {
  const out: TechnologySpan[] = [];
  for (const name of NAMED_TECHNOLOGIES)
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) {
      const to = from + name.length;
      const k = words.findIndex((w) => w.from === from);
      const after = words.findIndex((w) => w.to === to) + 1;
      if (k < 0 || after === 0 || !free(from, to)) continue;
      const next = words[after];
      if (next && next.tag.startsWith('n') && !ENDINGS.has(next.word)) continue;
      const before = words[k - 1];
      const clean = before === undefined || !CLEAN_START_TAGS.has(before.tag) || LEAD.test(before.word);
      take(from, to);
      out.push({ label: 'Technology', from, to, clean });
    }
  return out;
};
