// Lists that say what a thing is made of: `该产品由加速器系统和治疗系统两部分构成`, `镜体由物镜、目镜……
// 等组成`, `加速器系统包括注入器系统、……`. Their members are parts (Component) named as written, even
// when they end in an equipment head (系统) or in no head at all (物镜, 导像束).
import type { Range } from './coordination';
import type { Word } from './segmenter';

export interface PartMember {
  /** The member as written, gloss included: its mention. */
  readonly span: Range;
  /** The name: the member less its glosses; a `CCD/CMOS光电传感器` member gives two names. */
  readonly names: readonly string[];
}

/** Tags of a last word that names a thing (`镜`, `电刀`, `系统`), not an activity. */
const THING_TAGS = new Set(['n', 'nz', 'ng', 'l', 'eng', 'un', 'nr']);
/** Members that are people, organisations or places: a `由…组成` of those is not a device. */
const NOT_PARTS =
  /(?:企业|机构|单位|部门|医院|专家|人员|公司|成员|委员|代表|学者|领域|产业|部分|服务|生产|制造|管理|误差|精度|范围|计划|注册|引导|指标|性能|流程|功能|参数|要求)$/;
/** Measure words after a count (`若干只`, `两个`, `一套`). */
const COUNTERS = new Set([...'只个台套件根片块组条支']);
/** Wholes too generic to find again by name (`该产品由…组成`, then `产品性能指标包括…`). */
const GENERIC_WHOLE = /^(?:该|本|其)?(?:产品|系统|设备|装置|仪器|装备)$/;
/** A class noun after a known part's name that names the same part (`镜体` + `系统`). */
const PART_CLASS = /(?:系统|部分|模块|单元|组件)$/;
/** Wholes that are trades, bodies or plans, not things (`健康产业由健康服务和健康生产两部分组成`). */
const NOT_WHOLE = /(?:产业|行业|体系|领域|市场|规划|工作|团队|委员会|小组|联合体|集群|链)$/;
/** Tags that never end a part's name (`接口`, tagged a verb, may: `光束接口`). */
const NOT_NAME_END = new Set(['u', 'uj', 'p', 'c', 'd', 'r', 'm', 'q', 'x', 'f']);
/** Words between a whole and its 由 (`电子内窥镜则一般由…`). */
const HEDGES = new Set(['则', '一般', '通常', '主要', '均', '都', '大多', '也']);
const SEPARATORS = new Set(['、', '和', '及', '与', '以及']);
const MAX_MEMBER = 16;
/** Words that close a `由…` list: `组成`, `构成`, `组合而成`. */
const MADE_OF = /^(?:组成|构成|组合而成|组装而成|集成)/;
/** Words of a count of parts between the list and its verb, after its numeral (`两部分`, `三大模块`). */
const COUNT_WORDS = new Set(['大', '个', '部分', '系统', '模块', '单元', '部件']);
/** After `包括`: the subject must be a known part or a thing that has parts. */
const INCLUDES = new Set(['包括', '包含', '主要包括', '分为']);

/** The names of a member as written, glosses dropped: `CCD(电荷耦合器件)/CMOS光电传感器` gives two. */
export const partNamesOf = (written: string): string[] => {
  const name = written.replace(/[(（][^()（）]*[)）]/g, '');
  // Latin names joined by a slash share the rest of the member.
  const slash = /^([A-Za-z0-9]+)\/([A-Za-z0-9]+)(.+)$/.exec(name);
  return slash ? [`${slash[1]}${slash[3]}`, `${slash[2]}${slash[3]}`] : [name];
};

/** Name pieces of [from, to) without bracketed glosses. */
const ownText = (text: string, from: number, to: number): string =>
  text.slice(from, to).replace(/[(（][^()（）]*[)）]/g, '');

/** The members of a list that runs from word `start` up to (not including) word `end`. */
const membersOf = (
  text: string,
  words: readonly Word[],
  start: number,
  end: number,
): PartMember[] | undefined => {
  const out: PartMember[] = [];
  let from = start;
  let depth = 0;
  for (let k = start; k <= end; k++) {
    const w = words[k];
    if (w && (w.word === '(' || w.word === '（')) depth++;
    if (w && (w.word === ')' || w.word === '）')) depth--;
    if (k < end && (depth > 0 || !w || !SEPARATORS.has(w.word))) continue;
    // `若干只探头`, `两个电极`: the count before a member is no part of its name.
    if (words[from]?.tag === 'm' && from < k - 2 && COUNTERS.has(words[from + 1]?.word ?? '')) from += 2;
    const a = words[from];
    const b = words[k - 1];
    if (!a || !b || k === from) return undefined;
    const name = ownText(text, a.from, b.to);
    const last = words.slice(from, k).findLast((x) => !/^[()（）]$/.test(x.word) && x.to <= b.to);
    if (
      name.length < 2 ||
      name.length > MAX_MEMBER ||
      NOT_PARTS.test(name) ||
      NOT_NAME_END.has(last?.tag ?? 'x')
    )
      return undefined;
    out.push({ span: [a.from, b.to], names: partNamesOf(name) });
    from = k + 1;
  }
  return out.length >= 2 ? out : undefined;
};

/**
 * The part lists of one sentence. `isPart(name)` says whether an earlier list named `name` as a part
 * or a thing with parts (`加速器系统包括…` after `由加速器系统和治疗系统两部分构成`).
 */
export const readPartLists = (
  text: string,
  words: readonly Word[],
  isPart: (name: string) => boolean,
): { members: PartMember[]; wholes: string[] } => {
  const members: PartMember[] = [];
  const wholes: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w) continue;
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
      // `由三大系统构成:A、B和C`: the members follow the verb.
      const counted = /^[0-9两二三四五六七八九十几多]+(?:大|个)?(?:系统|部分)$/.test(
        text.slice(words[i + 1]?.from ?? 0, verb.from),
      );
      if (counted) {
        let s = e + 1;
        while (s < words.length && /^[:：]$|^分别[为是]$/.test(words[s]?.word ?? '')) s++;
        let t = s;
        while (t < words.length && !/^[。;；]$/.test(words[t]?.word ?? '')) t++;
        const list = membersOf(text, words, s, t);
        if (list) members.push(...list);
        i = t;
        continue;
      }
      // Drop the count of parts (`两部分`) and a closing 等 from the list.
      let end = e;
      let c = e - 1;
      while (c > i + 1 && COUNT_WORDS.has(words[c]?.word ?? '')) c--;
      if (c < e - 1 && words[c]?.tag === 'm') end = c;
      // `由A、B等组件构成`: 等 and the class word close the list.
      if (
        words[end - 2]?.word === '等' &&
        /^(?:组件|部件|部分|模块|单元|零部件)$/.test(words[end - 1]?.word ?? '')
      )
        end -= 2;
      if (words[end - 1]?.word === '等') end--;
      const list = membersOf(text, words, i + 1, end);
      // The thing before 由 is a whole; 则/一般 may stand between (`电子内窥镜则一般由…`).
      let b = i - 1;
      while (b >= 0 && (words[b]?.tag === 'd' || HEDGES.has(words[b]?.word ?? ''))) b--;
      const subject = words[b];
      if (!list || !subject || !THING_TAGS.has(subject.tag) || NOT_WHOLE.test(subject.word)) continue;
      // `医用高分子材料由高分子化合物基体与添加剂构成`: what a material is made of are its
      // constituents, not parts of a device.
      if (/材料$|合金$/.test(subject.word)) continue;
      members.push(...list);
      let a = b;
      while (a > 0 && THING_TAGS.has(words[a - 1]?.tag ?? '') && subject.to - (words[a - 1]?.from ?? 0) <= 8)
        a--;
      const whole = text.slice(words[a]?.from ?? subject.from, subject.to);
      if (!GENERIC_WHOLE.test(whole)) wholes.push(whole);
      i = e;
      continue;
    }
    if (INCLUDES.has(w.word) && i > 0) {
      // `加速器系统包括A、B`: only when the subject is already known as a part or a whole.
      let a = i - 1;
      const subject = words[a];
      if (!subject || !THING_TAGS.has(subject.tag)) continue;
      // `治疗系统`: the subject's modifiers may be verbs; the known name is looked up inside it.
      const inName = (x: Word | undefined): boolean =>
        x !== undefined && (THING_TAGS.has(x.tag) || x.tag === 'v' || x.tag === 'vn');
      while (a > 0 && inName(words[a - 1]) && subject.to - (words[a - 1]?.from ?? 0) <= 8) a--;
      const name = text.slice(words[a]?.from ?? subject.from, subject.to);
      // The subject ends in the known name (`,治疗系统`), or is it with a class noun (`镜体系统`).
      const bare = name.replace(PART_CLASS, '');
      let known = false;
      for (let f = 0; f < name.length - 1 && !known; f++)
        known = isPart(name.slice(f)) || (bare.length - f >= 2 && isPart(bare.slice(f)));
      if (!known) continue;
      let s = i + 1;
      while (s < words.length && /^[:：]$/.test(words[s]?.word ?? '')) s++;
      let t = s;
      while (t < words.length && !/^[。;；,，]$/.test(words[t]?.word ?? '')) t++;
      const list = membersOf(text, words, s, t);
      if (list) members.push(...list);
      i = t;
    }
  }
  return { members, wholes };
};
