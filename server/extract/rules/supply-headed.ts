// A section headed by one thing's name speaks of that thing: a catalogue's entry (`01 血液透析器` then
// `产品描述：通常由中空纤维透析膜、外壳和端盖组成`), a registration's (`结构及组成：由B、C组成`), a product
// sheet's. A make-up sentence there that names no whole of its own gives its parts to the heading's thing.
import type { NodeId } from '../../../core/model/ids';
import { gapText, headingSentence, type PlanModel } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { outermost, supplyOccurrences, type SupplyReader } from './supply-lists';

export const HEADED_RULE = 'grammar:标题A，由B组成';
export const HEADED_LINE_RULE = 'grammar:标题A，由B组成。其C';

const WHOLE_LABELS = new Set(['Equipment', 'Component']);

/**
 * A word for the product a registration's or an approval's entry is about (`该产品由B、C组成`, `本产品主要由`):
 * under a heading that names one thing, it is that thing, whatever its label (`一、一次性使用电子输尿管软镜`
 * is read as a part, being named as one of its own system's parts).
 */
export const PRODUCT_POINTER = '(?:该|本|此)(?:产品|器械)';

/**
 * A registration field's label of make-up (`结构及组成：`, `产品描述：`), the product pointer (`该产品`), or both: a
 * certificate's field writes the pointer after its label (`结构及组成：该产品由扫描架、X射线管组件…组成`).
 */
const MAKE_UP_LABEL = `(?:(?:产品|结构|系统|主要|基本)?(?:描述|结构|组成|构成|结构及组成|结构与组成|结构组成|组成结构)[:：])?(?:${PRODUCT_POINTER})?`;

/**
 * What may open a subjectless make-up sentence up to its first named part: a label that describes the thing
 * (`产品描述：`, `结构及组成：`, `主要组成：`) and hedges (`通常`, `一般`, `主要`). A label of anything else
 * (`适用范围：`, `预期用途：`) says what the thing is for, not what it is made of. After 由, members
 * the reading did not name may come first (`由扫描架、X射线管组件、高压发生器…组成`).
 */
export const HEADED_LEAD = new RegExp(
  `^${MAKE_UP_LABEL}(?:通常|一般|主要|基本|均|则)*由(?:[^，,。；;:：()]|\\([^()]*\\))*$`,
);

/**
 * A product's model written before its name in a catalogue's or a brochure's heading (`【KR-M90 高端床旁监护仪】`,
 * `AW-9 麻醉工作站`): one run of Latin letters and digits holding a digit or a hyphen, then a space.
 */
const MODEL_CODE = /^(?=[^\s\u3000]*[0-9-])[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*[\s\u3000]+$/;

/**
 * The one Equipment or Component whose name is the whole title of the heading of `sentence`'s section
 * (`01 膜式氧合器`), a model before it at most (`KR-U9 全数字彩色多普勒超声诊断系统`); none when the title holds anything else (`06-01 X射线诊断设备` is a class, and
 * `01 摄影X射线机` names only `X射线机` of it).
 */
export const headedWhole = (
  ctx: RuleContext,
  sentence: number,
): { id: NodeId; sentence: number } | undefined => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  const section = s && model.sections[s.section];
  if (!section || section.titleEnd <= section.titleStart) return undefined;
  const at = headingSentence(model, section);
  // The sentence is the heading itself, or not inside the heading's scope.
  if (at === sentence || s.start < section.start || s.start >= section.end) return undefined;
  const named = (supplyOccurrences(model).get(at) ?? []).filter(
    (o: Occurrence) =>
      o.end === section.titleEnd &&
      (o.start === section.titleStart || MODEL_CODE.test(model.text.slice(section.titleStart, o.start))),
  );
  const ids = new Set(named.filter((o) => WHOLE_LABELS.has(labelOf(o.nodeId) ?? '')).map((o) => o.nodeId));
  const [only] = ids;
  if (ids.size !== 1 || !only) return undefined;
  return { id: only, sentence: at };
};

/** What the rest of a make-up line may name as the heading thing's: its parts and their materials. */
const LINE_ITEMS = new Set(['Component', 'Material']);
/** A subjectless make-up sentence up to its verb (`产品描述：通常由插入部、操作部和连接部组成`). */
const MAKE_UP = new RegExp(
  `^${MAKE_UP_LABEL}(?:通常|一般|主要|基本|均|则)*由[^。；;\\n]*?(?:组成|构成|组合而成|组装而成)`,
);
/** Where one clause of the line ends. */
const CLAUSE_MARK = /[，,；;。]/g;

/**
 * The names on the rest of the line of `sentence` from `from` to the line's `end`, within its section: each
 * with the sentence that holds it, and the clause of the line it stands in (counted from `from`).
 */
export const lineRest = (
  model: PlanModel,
  sentence: number,
  from: number,
): {
  occs: Occurrence[];
  end: number;
  sentenceOf: Map<Occurrence, number>;
  clauseOf: (o: Occurrence) => number;
} => {
  const text = model.text;
  const s = model.sentences[sentence];
  const newline = s ? text.indexOf('\n', s.start) : -1;
  const section = s && model.sections[s.section];
  const end = Math.min(newline < 0 ? text.length : newline, section?.end ?? text.length);
  const occurrences = supplyOccurrences(model);
  const occs: Occurrence[] = [];
  const sentenceOf = new Map<Occurrence, number>();
  for (let k = sentence; k < model.sentences.length && (model.sentences[k]?.start ?? end) < end; k++)
    for (const o of occurrences.get(k) ?? [])
      if (o.start >= from && o.end <= end) {
        occs.push(o);
        sentenceOf.set(o, k);
      }
  const marks = [...text.slice(from, end).matchAll(CLAUSE_MARK)].map((x) => from + x.index);
  return { occs, end, sentenceOf, clauseOf: (o) => marks.filter((at) => at < o.start).length };
};

/**
 * The rest of the line of a heading thing's make-up sentence (`产品描述：通常由插入部、操作部和连接部组成，插入部前端
 * 装有CMOS图像传感器和LED光源，插入管外层一般为聚氨酯或氟橡胶。`, `…组成。磁体可为超导磁体或永磁体。`) speaks of the same
 * thing: the parts and materials its clauses name are the heading thing's. A clause that names a device of
 * its own (`用于体外膜肺氧合（ECMO）等体外循环`) is left out, as is anything after the line.
 */
export const headedLineEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  for (const [sentence, s] of model.sentences.entries()) {
    const m = MAKE_UP.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const headed = headedWhole(ctx, sentence);
    if (!headed) continue;
    const { occs, sentenceOf, clauseOf } = lineRest(model, sentence, s.start + m[0].length);
    const ownDevice = new Set(
      occs.filter((o) => labelOf(o.nodeId) === 'Equipment' && o.nodeId !== headed.id).map(clauseOf),
    );
    for (const o of occs) {
      const k = sentenceOf.get(o);
      if (
        k === undefined ||
        ownDevice.has(clauseOf(o)) ||
        !LINE_ITEMS.has(labelOf(o.nodeId) ?? '') ||
        // The outermost names only: `超导磁体` is the part, not a `磁体` inside it.
        occs.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ) ||
        reader.generic(o.nodeId) ||
        reader.linked(o.nodeId, headed.id) ||
        // `弯曲部采用镍钛合金切割制成`: a material in a clause that names a part before it is that part's.
        (labelOf(o.nodeId) === 'Material' &&
          occs.some(
            (x) => x.end <= o.start && clauseOf(x) === clauseOf(o) && labelOf(x.nodeId) === 'Component',
          ))
      )
        continue;
      reader.edge(o.nodeId, headed.id, HEADED_LINE_RULE, k, headed.sentence);
    }
  }
};

export const HEADED_POSSESSED_RULE = 'grammar:标题A…该产品的B';
/** `与同类产品相比，该产品的B和C均为自主研发`: the product's own parts, after a short lead clause at most. */
const PRODUCT_POSSESSIVE = new RegExp(`^(?:[^，,。；;:：]{0,12}[，,])?${PRODUCT_POINTER}的$`);

/**
 * In an entry headed by one thing, `该产品的B、C均为企业自主研制`: the parts the product is said to own are the
 * heading thing's parts (parts only: `该产品的超滤控制精度` names none, and materials it owns are said of
 * its parts).
 */
export const headedPossessedEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const occurrences = supplyOccurrences(model);
  for (const [sentence, s] of model.sentences.entries()) {
    const occs = outermost(occurrences.get(sentence) ?? []);
    const first = occs[0];
    if (!first || labelOf(first.nodeId) !== 'Component') continue;
    if (!PRODUCT_POSSESSIVE.test(gapText(model, s.start, first.start))) continue;
    const headed = headedWhole(ctx, sentence);
    if (!headed) continue;
    for (const p of reader.listFrom(occs, 0, ['Component']))
      if (!reader.broad(p) && !reader.linked(p, headed.id))
        reader.edge(p, headed.id, HEADED_POSSESSED_RULE, sentence, headed.sentence);
  }
};

export const HEADED_LABEL_RULE = 'grammar:标题A，核心部件：B、C';
/**
 * A line of a product card that opens with a label of its parts (`核心部件：`, `主要部件：`) or with a verb of what
 * the product is fitted with and no subject (`配备单晶探头，…`, `标配17×17英寸无线平板探测器：…`), after a bullet at
 * most; a size may stand before the first part.
 */
const CARD_LEAD =
  /^(?:[·•\-－—*]|[0-9]{1,2}[.、．])?(?:(?:核心|关键|主要)(?:零部件|部件|组件)[:：]|(?:标配|配备|配有|内置|搭载)了?(?:[0-9.]+(?:[×x*][0-9.]+)?(?:英寸|寸|mm|cm|毫米|厘米))?)(?:自研|自主研发的?|国产|进口)?$/;
/** Between two parts of such a line: a gloss or make-up in brackets, a list separator, a modifier of origin. */
const CARD_JOIN = /^(?:\([^()]*\))?(?:、|和|及|与|以及|\+)(?:自研|自主研发的?|国产|进口)?$/;

/**
 * Under a heading that names one thing (a product card: `【KR-M90 高端床旁监护仪】`), a line that opens with a label
 * of parts or a verb of fitting names the thing's parts: `核心部件：自研血氧模块（…）、无创血压模块（…），…` gives
 * 血氧模块 and 无创血压模块 (not the names inside their brackets, nor anything after the list's clause),
 * `配备单晶探头，阵元材料为…` gives 单晶探头. Parts only; a list that runs into anything else ends there.
 */
export const headedLabelEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const occurrences = supplyOccurrences(model);
  for (const [sentence, s] of model.sentences.entries()) {
    const all = outermost(occurrences.get(sentence) ?? []);
    // A card's lines may run together into one sentence (`】\n15.6英寸电容触摸屏｜…\n核心部件：…`): each line's own lead.
    for (let line = s.start; line < s.end;) {
      const nl = text.indexOf('\n', line);
      const lineEnd = nl < 0 || nl > s.end ? s.end : nl;
      // Names inside brackets (`血氧模块（双波长LED＋光电二极管传感器）`) are a part's make-up, no items of the line.
      const occs = all.filter((o) => {
        const before = text.slice(line, o.start);
        return (
          o.start >= line && (before.match(/[(（]/g)?.length ?? 0) === (before.match(/[)）]/g)?.length ?? 0)
        );
      });
      const first = occs[0];
      const at = line;
      line = lineEnd + 1;
      if (!first || first.start >= lineEnd || (at > 0 && text[at - 1] !== '\n')) continue;
      if (!CARD_LEAD.test(gapText(model, at, first.start))) continue;
      const headed = headedWhole(ctx, sentence);
      if (!headed) continue;
      const parts: Occurrence[] = [];
      for (const [k, o] of occs.entries()) {
        if (k > 0 && !CARD_JOIN.test(gapText(model, occs[k - 1]?.end ?? 0, o.start))) break;
        if (labelOf(o.nodeId) !== 'Component') break;
        parts.push(o);
      }
      for (const p of parts)
        if (!reader.generic(p.nodeId) && !reader.broad(p.nodeId) && !reader.linked(p.nodeId, headed.id))
          reader.edge(p.nodeId, headed.id, HEADED_LABEL_RULE, sentence, headed.sentence);
    }
  }
};
