// Reading department lists in a (normalised) sentence: `A、B、C等部门`, `A、B等十部门`, `A会同B`,
// `A联合B、C印发`, comma lists and notice headers whose names stand side by side. Pure string work:
// the rules map the offsets back to the plan.
import type { NodeId } from '../../../core/model/ids';
import { localBodyAt, placeOf, sharedPlaceBodyAt, type Home } from './departments-local';
import type { DepartmentForm } from './departments-registry';
import { tagWords } from '../terms/segmenter';

/** One department of a list: a registry body, or a name the registry lacks (kept, never dropped). */
export interface ListItem {
  readonly id?: NodeId;
  readonly name: string;
  /** [from, to) in the sentence text. */
  readonly from: number;
  readonly to: number;
  readonly short: boolean;
  /** How the text writes a local body whose name differs (`省发改委`, `吉林省人民政府办公厅`). */
  readonly written?: string;
  /** A local body of a place the text never names (`省工业和信息化厅` alone): the plan's own node. */
  readonly placeless?: true;
}

export interface DepartmentList {
  readonly items: readonly ListItem[];
  readonly from: number;
  readonly to: number;
  /** Text of the sentence before and after the list. */
  readonly before: string;
  readonly after: string;
  /** N of `等N部门` / `N部门` (Chinese or Arabic numerals), when the text gives a count. */
  readonly claimed?: number;
  /** True when 等 says the list names only some of the departments. */
  readonly open: boolean;
  /** A closed list whose count differs from its names, or an open one that names more than N. */
  readonly countMismatch: boolean;
  /** Items before the first 会同/联合 (the leads of `A会同B`); all items when there is none. */
  readonly leadCount: number;
}

/** Endings of a department's name, for names the registry does not know (国家乡村振兴局). */
const SUFFIX = /(?:总局|委员会|办公室|[部委局署办厅])$/;
/** Names ending like a body that are rooms or words (展厅, 格局), never departments. */
const NOT_NAME = /(?:[展大餐客]厅|[格布全大开结当新变]局)$/;
/** Separators inside a list; 会同/联合 also mark where the leads end. */
const SEPARATOR = /(?:、|,|，|;|；|\/|以及|及|和|与|会同|联合)/y;
const LEAD_JOINER = /^(?:会同|联合)/;
/** Words that end an unknown name: what follows the last department of a list. */
const TRAILER =
  /等|印发|联合|发布|牵头|负责|按职责|分别|共同|会同|出台|制定|要|关于|近日|日前|今日|今天|[（(）)《]/;
const COUNT = /^(等)?(\d+|[一二两三四五六七八九十]+)个?(?:部门|部委|单位)/;
const OPEN = /^等(?:有关|相关)?(?:部门|部委|单位)/;

/** 十 -> 10, 二十三 -> 23, 两 -> 2, `12` -> 12. */
export const parseCount = (s: string): number | undefined => {
  if (/^\d+$/.test(s)) return Number(s);
  const DIGITS = '零一二三四五六七八九';
  const digit = (c: string | undefined): number => {
    if (c === undefined) return 0;
    if (c === '两') return 2;
    return c.length === 1 && DIGITS.includes(c) ? DIGITS.indexOf(c) : -1;
  };
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 && digit(s) > 0 ? digit(s) : undefined;
  const tens = ten === 0 ? 1 : digit(s.slice(0, ten));
  const units = ten === s.length - 1 ? 0 : digit(s.slice(ten + 1));
  return tens < 0 || units < 0 || s.length > 3 ? undefined : tens * 10 + units;
};

type Token =
  | { kind: 'dept'; item: ListItem }
  | { kind: 'sep'; from: number; to: number; lead: boolean }
  | { kind: 'text'; from: number; to: number };

/** Words that begin with a name's last character: 部门, 部署 (加强科技部署), 局面, 委托. */
const WORD_AFTER: Readonly<Record<string, string>> = {
  部: '门署分位件队长落属委',
  局: '面部限势',
  委: '托员',
};

/** Forms by their first character, longest first as in `forms`: each position tries a handful, not hundreds. */
const byFirstChar = new WeakMap<readonly DepartmentForm[], Map<string, DepartmentForm[]>>();
const formIndex = (forms: readonly DepartmentForm[]): Map<string, DepartmentForm[]> => {
  let index = byFirstChar.get(forms);
  if (!index) {
    index = new Map();
    for (const f of forms) {
      const first = f.form[0] ?? '';
      const bucket = index.get(first);
      if (bucket) bucket.push(f);
      else index.set(first, [f]);
    }
    byFirstChar.set(forms, index);
  }
  return index;
};

/**
 * A level of local government written just before a name: `省卫生健康委`, `市药监局`, `区发展改革委`,
 * `省级医保局` are the local bodies of that level, never the State Council's body of the same name;
 * so are the offices of a level's party committee (`省委网信办` is no 国家互联网信息办公室).
 */
const LOCAL_LEVEL = /(?:[省市区县州盟旗级]|[省市区县州]委)$/;

/**
 * The registry form at `i`, unless its last character starts a word (财政部门 and 科技部署 are no
 * departments) or a local level stands before it (`市卫生健康委` is a city's commission).
 */
const formAt = (
  text: string,
  i: number,
  byFirst: ReadonlyMap<string, readonly DepartmentForm[]>,
): DepartmentForm | undefined => {
  // Most characters open no form: look that up before the level test, which runs at every character.
  const opening = byFirst.get(text[i] ?? '');
  if (!opening || LOCAL_LEVEL.test(text.slice(Math.max(0, i - 2), i))) return undefined;
  return opening.find((f) => {
    if (!text.startsWith(f.form, i)) return false;
    const next = text[i + f.form.length];
    return next === undefined || !(WORD_AFTER[f.form.slice(-1)] ?? '').includes(next);
  });
};

/** Words that never sit inside the name of a department's office (`与某公司` is no 司). */
const NOT_IN_UNIT = /[及等关印发联会同公的在对、，,]/;
/** 和 and 与 join words inside an office's name (综合和规划财务司, 规划发展与信息化司), never open it. */
const JOINS_OFFICE = /^[和与]|[和与]司$/;

/**
 * The office of a department written right after its name (`办公厅`, `综合司`, `装备工业一司`): a
 * notice of 工业和信息化部办公厅 is issued in the ministry's name, so the office stands for it.
 */
export const subUnitAt = (text: string, i: number): number => {
  for (const fixed of ['办公厅', '办公室']) if (text.startsWith(fixed, i)) return fixed.length;
  const m = /^[\u4e00-\u9fff]{1,8}?司/.exec(text.slice(i, i + 9));
  return m && !NOT_IN_UNIT.test(m[0]) && !JOINS_OFFICE.test(m[0]) ? m[0].length : 0;
};

/**
 * Names of an institution a department runs (`医院管理研究所`, `电子第五研究所`, `医疗器械技术审评中心`):
 * `国家卫生健康委医院管理研究所` names the institute, a body of its own, not the commission. A centre
 * needs a name of four characters or more before 中心; a clipped one (`医管中心`) is left as read.
 */
const AFFILIATE =
  /^(?:[\u4e00-\u9fff]{1,12}?(?:研究所|研究院|[一二三四五六七八九十]所)|[\u4e00-\u9fff]{4,12}?中心)/;
/** Words that never sit inside such a name: a joiner, a verb or a particle ends the department there. */
const NOT_IN_AFFILIATE = /[及等关印发联会同公的在对由向将把与和为、，,]|负责|牵头|组织|指导|支持|委托/;

/** Length of the name of an institution the department written just before `i` runs, else 0. */
export const affiliateAt = (text: string, i: number): number => {
  const m = AFFILIATE.exec(text.slice(i, i + 16));
  if (!m || NOT_IN_AFFILIATE.test(m[0])) return 0;
  // An institute's name opens with what it works on (医疗器械, 医院, 电子); a verb or a time word
  // opens what the department does (`国家卫生健康委指定国家心血管病中心`, `近日批准…中心`).
  const tag = tagWords(m[0])[0]?.tag ?? '';
  return /^[vt]/.test(tag) && tag !== 'vn' ? 0 : m[0].length;
};

/** A body of the same place as the local body just before its separator: `深圳市工信局、发展和改革委员会`. */
const sharedPlaceAt = (tokens: readonly Token[], text: string, i: number) => {
  const sep = tokens[tokens.length - 1];
  const prev = tokens[tokens.length - 2];
  if (sep?.kind !== 'sep' || sep.lead || sep.to !== i || prev?.kind !== 'dept' || prev.item.id)
    return undefined;
  const place = placeOf(prev.item.name);
  return place ? sharedPlaceBodyAt(text, i, place) : undefined;
};

/** A department named only as the parent of an institution it runs (`国家药品监督管理局` of its review centre). */
export interface AffiliateParent {
  readonly id: NodeId;
  readonly from: number;
  readonly to: number;
}

const tokenize = (
  text: string,
  forms: readonly DepartmentForm[],
  home: Home,
  breaks: ReadonlySet<number>,
  parents?: AffiliateParent[],
): Token[] => {
  const tokens: Token[] = [];
  // Looked up once a text, not at each of its characters.
  const byFirst = formIndex(forms);
  let i = 0;
  while (i < text.length) {
    // `深圳市工业和信息化局、发展改革委`: after a local body, a bare name is the same place's body.
    const shared = sharedPlaceAt(tokens, text, i);
    const f = shared ? undefined : formAt(text, i, byFirst);
    const affiliate = f ? affiliateAt(text, i + f.form.length) : 0;
    if (f && affiliate > 0) {
      // The institute's whole name is text: neither the department nor a name inside it.
      const to = i + f.form.length + affiliate;
      parents?.push({ id: f.id, from: i, to: i + f.form.length });
      const last = tokens[tokens.length - 1];
      if (last?.kind === 'text' && last.to === i) last.to = to;
      else tokens.push({ kind: 'text', from: i, to });
      i = to;
      continue;
    }
    if (f) {
      const to = i + f.form.length + subUnitAt(text, i + f.form.length);
      tokens.push({ kind: 'dept', item: { id: f.id, name: text.slice(i, to), from: i, to, short: f.short } });
      i = to;
      continue;
    }
    // Names side by side (`市工业和信息化局 市发展和改革委员会`, spaces dropped): the end of a body is
    // where the next one's place starts, unless a separator stands there (`…委员会和玄武区…`).
    const prev = tokens[tokens.length - 1];
    SEPARATOR.lastIndex = i;
    const sideBySide = prev?.kind === 'dept' && prev.item.to === i && !SEPARATOR.test(text);
    const local = shared ?? localBodyAt(text, i, home, sideBySide, breaks);
    if (local) {
      // `江苏省科技厅办公室关于转发…`: a body's office stands for it, as a ministry's does; a
      // government's office is read with it already.
      const office = /^办公[室厅]/.test(text.slice(i + local.length)) ? 3 : 0;
      const to = i + local.length + office;
      const written = text.slice(i, to);
      tokens.push({
        kind: 'dept',
        item: {
          name: local.name,
          from: i,
          to,
          short: false,
          ...(written !== local.name ? { written } : {}),
          ...(local.placeless ? { placeless: true as const } : {}),
        },
      });
      i = to;
      continue;
    }
    SEPARATOR.lastIndex = i;
    const sep = SEPARATOR.exec(text);
    if (sep) {
      tokens.push({ kind: 'sep', from: i, to: i + sep[0].length, lead: LEAD_JOINER.test(sep[0]) });
      i += sep[0].length;
      continue;
    }
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.to = i + 1;
    else tokens.push({ kind: 'text', from: i, to: i + 1 });
    i += 1;
  }
  return tokens;
};

/**
 * The departments `text` names only as the parents of their institutions
 * (`国家药品监督管理局医疗器械技术审评中心`): the text speaks of the department, though the institution,
 * a body of its own, is no member of a list and so neither issues nor takes a duty in its name.
 */
export const affiliateParents = (
  text: string,
  forms: readonly DepartmentForm[],
  home: Home = {},
  breaks: ReadonlySet<number> = new Set(),
): AffiliateParent[] => {
  if (!/中心|研究[所院]|[一二三四五六七八九十]所/.test(text)) return [];
  const parents: AffiliateParent[] = [];
  tokenize(text, officialForms(forms), home, breaks, parents);
  return parents;
};

/** An unknown department at the start of a text run: the run up to a trailer word, if it ends like a name. */
const unknownName = (text: string, from: number, to: number): ListItem | undefined => {
  const run = text.slice(from, to);
  const cut = TRAILER.exec(run);
  const name = cut ? run.slice(0, cut.index) : run;
  if (name.length < 3 || name.length > 16 || !SUFFIX.test(name) || !/^[\u4e00-\u9fff]+$/.test(name))
    return undefined;
  // 各部 / 有关部 are not names; 部门 never reaches here (its 门 is no suffix). A level word opens a
  // local body, which is read with its place or not at all (区卫生健康局 of no district named).
  if (/^(?:各|有关|相关|其他|地方|省|市|县|区)/.test(name) || NOT_NAME.test(name)) return undefined;
  return { name, from, to: from + name.length, short: false };
};

/**
 * Units that plans list among departments but that are none (`中国科学院`, `中国科协`,
 * `中国残联`, `全国总工会`): institutions, associations and enterprises, by the ending of their name.
 */
const UNIT =
  /^[\u4e00-\u9fff]{1,12}?(?:科学院|工程院|研究院|研究所|研究中心|中心|协会|学会|联合会|科协|总工会|基金会|红十字会|残联|集团|公司|银行|大学|学院|医院|总会|商会)/;

/** Length of a unit's name that fills the run [from, to) up to a trailer word, else 0. */
const unitAt = (text: string, from: number, to: number): number => {
  const run = text.slice(from, to);
  const cut = TRAILER.exec(run);
  const name = cut ? run.slice(0, cut.index) : run;
  return UNIT.exec(name)?.[0].length === name.length ? name.length : 0;
};

/**
 * The department lists of `text`, each with what precedes and follows it.
 * @example readLists('工业和信息化部联合国家卫生健康委等十部门印发', forms)
 * // -> one list of two known items, claimed 10, open, leadCount 1
 */
export const readLists = (
  text: string,
  forms: readonly DepartmentForm[],
  home: Home = {},
  breaks: ReadonlySet<number> = new Set(),
): DepartmentList[] => listsOf(text, tokenize(text, forms, home, breaks));

const listsOf = (text: string, tokens: readonly Token[]): DepartmentList[] => {
  const lists: DepartmentList[] = [];
  let t = 0;
  while (t < tokens.length) {
    const first = tokens[t];
    if (first?.kind !== 'dept') {
      t += 1;
      continue;
    }
    const items: ListItem[] = [first.item];
    let end = first.item.to;
    let leadCount = 0;
    let u = t + 1;
    for (;;) {
      const a = tokens[u];
      const b = tokens[u + 1];
      if (a?.kind === 'dept') {
        items.push(a.item);
        u += 1;
        continue;
      }
      if (a?.kind !== 'sep') break;
      // `A、B、C，以及D、E等七部门`: a comma before a conjunction is one joiner.
      if (
        b?.kind === 'sep' &&
        /^[，,、]$/.test(text.slice(a.from, a.to)) &&
        /^(?:以及|及|和|与)$/.test(text.slice(b.from, b.to)) &&
        tokens[u + 2]?.kind === 'dept'
      ) {
        u += 1;
        continue;
      }
      const next =
        b?.kind === 'dept'
          ? b.item
          : b?.kind === 'text' && b.from === a.to
            ? unknownName(text, b.from, b.to)
            : undefined;
      if (!next) {
        // `A会同B、中国科学院等部门和单位`: a unit that is no department is passed over, never kept.
        const unit = b?.kind === 'text' && b.from === a.to ? unitAt(text, b.from, b.to) : 0;
        if (!unit || b?.kind !== 'text') break;
        end = b.from + unit;
        u += 2;
        if (end < b.to) break;
        continue;
      }
      if (a.lead && leadCount === 0) leadCount = items.length;
      items.push(next);
      end = next.to;
      u += 2;
      // An unknown name that stopped before the end of its run leaves the rest as the trailer.
      if (b?.kind === 'text' && next.to < b.to) break;
    }
    const from = items[0]?.from ?? 0;
    const to = items[items.length - 1]?.to ?? 0;
    const after = text.slice(Math.max(to, end));
    const count = COUNT.exec(after);
    const claimed = count?.[2] !== undefined ? parseCount(count[2]) : undefined;
    const open = count ? count[1] === '等' : OPEN.test(after);
    lists.push({
      items,
      from,
      to,
      before: text.slice(0, from),
      after,
      ...(claimed !== undefined ? { claimed } : {}),
      open,
      countMismatch: claimed !== undefined && (open ? items.length > claimed : items.length !== claimed),
      leadCount: leadCount || items.length,
    });
    t = u;
  }
  return lists;
};

/** True when a list of bare short forms (工信、发改) reads as departments: it ends in 等(N)部门. */
const shortFormsHold = (l: DepartmentList): boolean =>
  !l.items.some((i) => i.short) || l.open || l.claimed !== undefined;

const officialByForms = new WeakMap<readonly DepartmentForm[], readonly DepartmentForm[]>();
/** The forms that are names rather than short forms, kept per registry so their index is built once. */
const officialForms = (forms: readonly DepartmentForm[]): readonly DepartmentForm[] => {
  let official = officialByForms.get(forms);
  if (!official) {
    official = forms.filter((f) => !f.short);
    officialByForms.set(forms, official);
  }
  return official;
};

/**
 * The addressees of a notice (`各省、自治区、直辖市及新疆生产建设兵团工业和信息化主管部门、卫生健康委、
 * 药品监督管理局：`, `各设区市科技局、卫生健康委：`): the bodies after `各省…` are each place's own, not the
 * State Council's.
 */
const ADDRESSEES = /各(?:设区的?市|省|自治区|直辖市|计划单列市|副省级|地|市|县|区|级)[^。；;：:！？]*$/;
/** A name that a local body shares with a national one: no 国家/国务院 before it, no ministry's 部. */
const SHARED_WITH_LOCAL = /^(?!国家|国务院|中国|中华)[一-鿿]*(?:委员会|委|(?<!总)局|办)$/;

/**
 * An addressee that is each place's own body: a registry name a local body shares, and in a line of
 * addressees closed by its colon a name without a place (`医疗保障局`) or a body of a bare level word
 * (`各市、区人民政府：` are no home district's; `（责任单位：各区政府、市商务局）` names the city's bureau).
 */
const eachPlaces = (i: ListItem, addressed: boolean): boolean =>
  i.id
    ? SHARED_WITH_LOCAL.test(i.name)
    : addressed && (!PLACED.test(i.name) || /^[省市区县]/.test(i.written ?? ''));
/** A name that opens with its place (`济源示范区管理委员会`, `广东省药品监督管理局`). */
const PLACED = /^[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|区|县|州|盟|旗)/;

/** A list without the items that name the addressees' own bodies; undefined when none is left. */
const withoutAddressees = (l: DepartmentList): DepartmentList | undefined => {
  if (!ADDRESSEES.test(l.before)) return l;
  const addressed = /^[^。！？]{0,80}(?:[：:]|[；;]$)/.test(l.after);
  const items = l.items.filter((i) => !eachPlaces(i, addressed));
  if (items.length === l.items.length) return l;
  return items.length === 0 ? undefined : { ...l, items, leadCount: Math.min(l.leadCount, items.length) };
};

/**
 * Lists with short forms only where the list says it is one of departments (`工信、发改...药监等部门`);
 * `科技`, `医保`, `市场监管` elsewhere are ordinary words.
 */
export const departmentLists = (
  text: string,
  forms: readonly DepartmentForm[],
  home: Home = {},
  breaks: ReadonlySet<number> = new Set(),
): DepartmentList[] => {
  const official = officialForms(forms);
  // Most sentences match no short form: their tokens with the official forms alone would be the same,
  // so the second reading (a tokenization, the costliest step of a long plan) is skipped.
  const parents: AffiliateParent[] = [];
  const tokens = tokenize(text, forms, home, breaks, parents);
  if (parents.length === 0 && !tokens.some((t) => t.kind === 'dept' && t.item.short))
    return listsOf(text, tokens)
      .flatMap((l) => withoutAddressees(l) ?? [])
      .sort((a, b) => a.from - b.from);
  const withShort = listsOf(text, tokens).filter((l) => l.items.some((i) => i.short) && shortFormsHold(l));
  const plain = readLists(text, official, home, breaks).filter(
    (l) => !withShort.some((w) => w.from < l.to && l.from < w.to),
  );
  return [...withShort, ...plain].flatMap((l) => withoutAddressees(l) ?? []).sort((a, b) => a.from - b.from);
};
