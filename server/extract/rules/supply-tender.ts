// A tender's technical parameters, package by package: `第2包 64排螺旋CT` on a line of its own, then lines
// numbered under that package (`★2.1 X射线球管：阳极热容量≥5MHU`, `2.3 配置电子流量计和电动电控呼吸机`).
// A part that labels a parameter line, or that the line says the machine is fitted with, is the package
// machine's part.
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { occurrencesIn, supplyOccurrences, type SupplyReader } from './supply-lists';
import { PIECES } from './supply-pieces';

export const TENDER_RULE = 'tender:package-parts';

/** A package's line up to its machine: `第2包 `, `包1：`, `采购包3 `, `第一标段：`. */
const PACKAGE =
  /^[\s\u3000]*(?:第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:包|标段|标包|分包)|(?:采购包|标包|包号|包|标段)\s*([0-9]{1,2}))[\s\u3000:：]*/;
/** A rating written before the machine's name (`1.5T`, `3.0T`, `128层`). */
const SPEC = /^(?:[0-9.]+(?:t|排|层|通道|导联|kw|mhz))?$/i;
/**
 * Before the machine on a package's line: a rating and a few words of kind (`64排螺旋CT` is a CT, `1.5T超导
 * 磁共振成像系统` the MR the line names), the line being the machine's whole name.
 */
const PACKAGE_LEAD = /^(?:[0-9.]+(?:t|排|层|通道|导联|kw|mhz)(?:及以上)?)?[\u4e00-\u9fff]{0,4}$/i;
/** What may follow the machine on its line: a count or a note in brackets, a colon. */
const PACKAGE_TAIL = /^(?:\([^()]*\))?[:：]?$/;
/** A heading's number before a machine whose parameters follow (`一、`, `（二）`, `3.`). */
const HEAD_NUMBER =
  /^[\s\u3000]*(?:[0-9]{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[(（][0-9一二三四五六七八九十]{1,3}[)）])?[\s\u3000]*/;
/** After the machine on such a heading: the word for its parameters (`技术参数`, `配置要求`). */
const PARAMETERS_TAIL =
  /^的?(?:主要|基本)?(?:技术参数|技术要求|技术规格|技术指标|参数要求|性能参数|配置要求|配置清单|配置参数|主要配置)(?:及(?:配置|要求|配置要求))?(?:\([^()]*\))?[:：]?$/;
/** Under such a heading, any numbered line (`1.`, `2、`, `（3）`, `★1.2`). */
const ANY_NUMBER =
  /^[\s\u3000]*[★▲△*#※]?\s*(?:[0-9]{1,2}(?:[.．][0-9]{1,2})?(?![0-9])[.．、]?|[(（][0-9]{1,2}[)）])[\s\u3000]*/;
/** A parameter line's number (`★2.1`, `▲1.3`, `2.5`): the package's number, a dot, the item's. */
const ITEM_NUMBER = /^[\s\u3000]*[★▲△*#※]?\s*([0-9]{1,2})[.．]([0-9]{1,2})(?![0-9.．])[\s\u3000]*/;
/**
 * A package's line numbered by item alone (`1.平板探测器：…`, `2、`, `（3）`), read when the package's lines carry
 * no package number (`包1 数字化X射线摄影系统` then `1.平板探测器：…`, `2.高压发生器：…`).
 */
const SINGLE_NUMBER =
  /^[\s\u3000]*[★▲△*#※]?\s*(?:([0-9]{1,2})[.．、](?![0-9])|[(（]([0-9]{1,2})[)）])[\s\u3000]*/;
/** After a part that opens a numbered line: a verb of what it is made of (`清洗槽采用316L不锈钢制成`). */
const SUBJECT_MADE_OF = /^(?:均|多|主要)?(?:采用|选用|材质为|材料为|由)/;
/** `采用M` after a line's opening part, or after a bare piece of it (`腹腔镜镜头镜体采用医用不锈钢`). */
const madeOfNext = (rest: string): boolean => {
  const piece = rest.slice(0, 2);
  return SUBJECT_MADE_OF.test(rest) || (PIECES.has(piece) && SUBJECT_MADE_OF.test(rest.slice(2)));
};
/** After a label's value naming a kind of its part: the line's or a clause's end (`准直器：多叶电动准直器；`). */
const TERMINAL = /^[\s\u3000]*(?:[；;。，,]|$)/;
/** A label's close: the part named before it is what the line's parameters are about. */
const LABEL_CLOSE = /^[:：]/;
/** A parameter line's label up to its colon (`4.2 冷光源：`), one short name with no clause mark in it. */
const LABEL = /^[^:：，,；;。、]{1,12}[:：][\s\u3000]*/;
/** Verbs that say what a parameter line's part or machine is made of (`镜体采用医用不锈钢`, `材质：钛合金`). */
const MADE_OF = /(?:采用|选用|材质为|材料为|材质[:：]|材料[:：])$/;
/** Verbs that fit the machine with parts (`配置B、C和D`, `配备B`, `标配B`). */
const FITTED =
  /(?<![不无未])(?:配置|配备|配有|标配|选配|含有|包含|内置|内含)了?[:：]?(?:[0-9.°度]+)?$|^(?:主要|基本)?(?:组成|部件|部件组成|结构组成|主要部件|系统组成|标准配置|主要配置|基本配置)[:：]$/;

const ITEMS = ['Component'];

/**
 * A package's configuration list (`配置清单：扫描机架1套、X射线球管1只…`), numbered or not: each counted item is a
 * part the machine is delivered with.
 */
const CONFIGURATION_LINE =
  /^[\s\u3000]*(?:[★▲△*#※][\s\u3000]*)?(?:(?:[0-9]{1,2}[.．、]|[(（][0-9]{1,2}[)）])[\s\u3000]*)?(?:配置清单|设备配置清单|标准配置清单|标准配置|基本配置|主要配置|装箱清单|供货清单|配置要求|配置)[\s\u3000]*[:：][\s\u3000]*/;
/** An item's count and measure word (`1套`, `10个`), a note in brackets after it at most. */
const ITEM_COUNT =
  '(?:[0-9]+|[一两二三四五六七八九十]+)(?:套|只|个|台|张|块|根|条|件|副|支|把|组|片|对|卷|盒|瓶|袋|路)(?:[(（][^()（）]*[)）])?';
/**
 * Between two items of such a list: the count of the one before, a separator or a joiner; an item the reading
 * named nothing in may stand there with its count (`主机1台、`).
 */
const BEFORE_ITEM = new RegExp(
  `^(?:[^、，,；;。]{0,12}?${ITEM_COUNT}[、，,])*(?:${ITEM_COUNT})?(?:[、，,]|及|和|与)?$`,
);
/** After an item: its count, or a joiner to the next thing counted with it (`冷头及氦压缩机1套`). */
const AFTER_ITEM = new RegExp(`^(?:${ITEM_COUNT}|及|和|与)`);
/**
 * After a part that opens a clause of a parameter line: a figure of it, a few words of what is measured at most
 * before it (`探测器排数≥256排`, `球管热容量≥8MHU`, `超导磁体场强3.0T`), or what it is, has or does
 * (`吸气流量传感器为热膜式`, `加样针具有液面探测和防撞功能`, `呼气阀可高温高压消毒`).
 */
const ABOUT_PART =
  /^(?:[\u4e00-\u9fff]{0,6}(?:[≥≤＞＜>＝=<±]|[0-9])|(?:为|是|具有|具备|带有|可|支持|应|须|需|均|采用|选用))/;
/**
 * Before a clause's first part when nothing named opens it: a verb of what the machine uses, alone or after a
 * function of the machine (`采用涡轮风机驱动`, `氧浓度监测采用顺磁氧传感器`), never after a thing the reading left
 * unnamed (`球管采用液态金属轴承` is the tube's); or what an unnamed part of it is (`检测器为光电倍增管`).
 */
const USES_PART =
  /^(?:[\u4e00-\u9fff]{0,6}(?:监测|检测|测量|驱动|控制|成像|显示|供电|冷却|采集|计数|传动))?(?:均|主要)?(?:采用|选用)$|^[\u4e00-\u9fff]{1,8}为$/;
/** Where a clause of a parameter line ends. */
const CLAUSE_END = /[，,；;。]/g;

interface Package {
  /** The package's number in Arabic digits, when written so. */
  readonly number: string | undefined;
  readonly machine: NodeId;
  readonly sentence: number;
  /** Whether its lines are numbered by item alone (`1.`), once one line has told. */
  single?: boolean;
}

/** Tender package edges of the whole text, gathered by `reader`. */
export const tenderEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const byOffset = supplyOccurrences(model);
  /** Every name between `from` and `to`, in order. */
  const allIn = (from: number, to: number): Occurrence[] => occurrencesIn(model, byOffset, from, to);
  /**
   * The machine a head line names from `from` (after a rating at most), whose end leaves only what `tail`
   * allows to the line's end: the longest such (`呼吸机` of a line read as `呼吸机技术要求`).
   */
  const machineAt = (from: number, end: number, tail: RegExp, lead = SPEC): Occurrence | undefined =>
    allIn(from, end)
      .filter(
        (o) =>
          labelOf(o.nodeId) === 'Equipment' &&
          lead.test(gapText(model, from, o.start)) &&
          tail.test(gapText(model, o.end, end)),
      )
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  /** The outermost names between `from` and `to`, in order. */
  const namesIn = (from: number, to: number): Occurrence[] => {
    const all = allIn(from, to);
    return all.filter(
      (o) =>
        !all.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ),
    );
  };
  /** `二、64排螺旋CT技术参数`: a heading naming one machine and its parameters opens a package of its own. */
  const parametersHead = (start: number, end: number): Package | undefined => {
    const lead = HEAD_NUMBER.exec(text.slice(start, end))?.[0] ?? '';
    const from = start + lead.length;
    const machine = machineAt(from, end, PARAMETERS_TAIL);
    if (!machine) return undefined;
    return { number: undefined, machine: machine.nodeId, sentence: sentenceAt(model.sentences, from) };
  };
  let pkg: Package | undefined;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    const head = PACKAGE.exec(line);
    // A package's lines are numbered one way throughout: `1.1`-numbered lines are its own by their first
    // number; once one is read by item alone (`1.`), the rest must be too.
    let item: RegExpExecArray | null = null;
    let single = false;
    if (pkg && pkg.number === undefined) item = ANY_NUMBER.exec(line);
    else if (pkg) {
      item = pkg.single === true ? null : ITEM_NUMBER.exec(line);
      if (!item && pkg.single !== false) {
        item = SINGLE_NUMBER.exec(line);
        single = item !== null;
      }
      if (item) pkg.single ??= single;
    }
    const configuration = pkg && !head ? CONFIGURATION_LINE.exec(line) : null;
    if (pkg && configuration) {
      // `配置清单：扫描机架1套、…、冷头及氦压缩机1套`: every counted item is the machine's.
      const from = start + configuration[0].length;
      const names = namesIn(from, end);
      const sentence = sentenceAt(model.sentences, from);
      for (const [k, o] of names.entries())
        if (
          ITEMS.includes(labelOf(o.nodeId) ?? '') &&
          BEFORE_ITEM.test(gapText(model, names[k - 1]?.end ?? from, o.start)) &&
          AFTER_ITEM.test(text.slice(o.end, end)) &&
          !reader.generic(o.nodeId)
        )
          reader.edge(
            o.nodeId,
            pkg.machine,
            TENDER_RULE,
            sentence,
            pkg.sentence === sentence ? undefined : pkg.sentence,
          );
      start = end + 1;
      continue;
    }
    const titled = head ? undefined : parametersHead(start, end);
    if (titled) pkg = titled;
    else if (head) {
      // The machine is the one name filling the rest of the line.
      const from = start + head[0].length;
      const machine = machineAt(from, end, PACKAGE_TAIL, PACKAGE_LEAD);
      pkg = machine
        ? {
            number: head[1] ?? head[2],
            machine: machine.nodeId,
            sentence: sentenceAt(model.sentences, from),
          }
        : undefined;
    } else if (
      pkg &&
      item &&
      (single || pkg.number === undefined || !/^[0-9]+$/.test(pkg.number) || item[1] === pkg.number)
    ) {
      const from = start + item[0].length;
      const names = namesIn(from, end);
      const sentence = sentenceAt(model.sentences, from);
      const parts = new Set<NodeId>();
      // `2.2 高压发生器：输出功率≥72kW`: the part the line is about.
      const [label] = names;
      // `1.清洗槽采用316L不锈钢制成`: the part the line opens with as the subject of what it is made of.
      if (
        label?.start === from &&
        (LABEL_CLOSE.test(text.slice(label.end, end)) || madeOfNext(text.slice(label.end, end))) &&
        ITEMS.includes(labelOf(label.nodeId) ?? '')
      )
        parts.add(label.nodeId);
      // `4.2 冷光源：LED光源，使用寿命≥30000小时`: the part the value names when the label names none (a
      // named part's value says what it is made of or has: `腹腔镜镜头：镜体采用…`).
      const labelled = parts.size === 0 ? LABEL.exec(text.slice(from, end)) : null;
      const value = labelled && names.find((o) => o.start === from + labelled[0].length);
      if (value && ITEMS.includes(labelOf(value.nodeId) ?? '')) parts.add(value.nodeId);
      // `4.准直器：多叶电动准直器`: a value that is a kind of the label's part names it more closely.
      const kind =
        label && parts.has(label.nodeId) && LABEL_CLOSE.test(text.slice(label.end, end))
          ? names.find(
              (o) =>
                o.start ===
                label.end + 1 + (/^[\s\u3000]*/.exec(text.slice(label.end + 1, end))?.[0].length ?? 0),
            )
          : undefined;
      if (
        kind &&
        label &&
        ITEMS.includes(labelOf(kind.nodeId) ?? '') &&
        kind.end - kind.start > label.end - label.start &&
        text.slice(kind.start, kind.end).endsWith(text.slice(label.start, label.end)) &&
        TERMINAL.test(text.slice(kind.end, end))
      )
        parts.add(kind.nodeId);
      // `4.4 腹腔镜镜头镜体采用医用不锈钢`: a material the line's part, or else the machine, is made of.
      const owner = parts.size === 1 ? [...parts][0] : parts.size === 0 ? pkg.machine : undefined;
      for (const o of names)
        if (
          owner &&
          labelOf(o.nodeId) === 'Material' &&
          MADE_OF.test(text.slice(from, o.start).replace(/[\s\u3000]+$/, '')) &&
          !reader.generic(o.nodeId)
        )
          reader.edge(
            o.nodeId,
            owner,
            TENDER_RULE,
            sentence,
            pkg.sentence === sentence ? undefined : pkg.sentence,
          );
      // `3.1 探头：配置单晶凸阵探头、线阵探头和经食道心脏探头`: the parts the machine is fitted with.
      for (const [k, o] of names.entries())
        if (FITTED.test(gapText(model, Math.max(from, names[k - 1]?.end ?? from), o.start)))
          for (const p of reader.listFrom(names, k, ITEMS)) parts.add(p);
      // `探测器排数≥256排，…`, `★1. 采用涡轮风机驱动`, `检测器为光电倍增管`: each clause of the line speaks of the
      // part it opens with, or of the part the machine uses when nothing named opens it.
      const clauses = [
        from,
        ...[...line.slice(from - start).matchAll(CLAUSE_END)].map((x) => from + x.index + 1),
      ];
      for (const [c, at] of clauses.entries()) {
        const close = clauses[c + 1] ?? end;
        const first = names.find((o) => o.start >= at && o.end <= close);
        if (!first || !ITEMS.includes(labelOf(first.nodeId) ?? '')) continue;
        const lead = gapText(model, at, first.start);
        if (lead === '' ? ABOUT_PART.test(text.slice(first.end, close)) : USES_PART.test(lead))
          parts.add(first.nodeId);
      }
      for (const p of parts)
        if (!reader.generic(p))
          reader.edge(
            p,
            pkg.machine,
            TENDER_RULE,
            sentence,
            pkg.sentence === sentence ? undefined : pkg.sentence,
          );
    } else if (line.trim() !== '') pkg = undefined;
    start = end + 1;
  }
};
