// Entries of a structure list, as instructions for use, registration files and product sheets write them:
// `（1）主机：由主控板、电源板、锂离子电池和外壳组成，显示屏面板采用钢化玻璃`, `b）血氧探头：成人指夹式血氧探头，指套材料为
// 医用硅胶，接收元件为光电二极管`. The thing that opens the entry owns the parts its clauses make it of, and an
// entry that is only a label (`（3）附件：`) owns the things that open the entries numbered under it.
import type { NodeId } from '../../../core/model/ids';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { LIST_GAP, occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';

export const ENTRY_RULE = 'grammar:（1）A：由B组成';
export const ENTRY_LABEL_RULE = 'grammar:（3）A：a）B';

/** An entry's number and the kind of number it is: `（1）`, `1.`, `a）`, `①`, `-`. */
const ENTRY_NUMBER =
  /^[\s\u3000]*(?:([(（][0-9一二三四五六七八九十]{1,2}[)）])|([0-9]{1,2}[.．、](?![0-9]))|([(（]?[a-zA-Z][)）.．])|([①-⑳])|([-•·▪]))[\s\u3000]*/;
/**
 * After the entry's thing: a gloss or a count in brackets at most, then the mark that opens the entry, or
 * a full stop before a run-in make-up field (`1．颅内弹簧圈系统。组件：弹簧圈、推送杆`, as procurement lists
 * and catalogues write an item).
 */
const ENTRY_MARK =
  /^(?:\([^()]*\))?(?:[:：，,]|(?:[/／][\u4e00-\u9fffA-Za-z0-9]{1,15})*[。．.](?=(?:组件|部件|主要部件|主要组件|组成|结构组成|结构及组成|产品组成)[:：]))/;
/** An entry's thing written alone before its mark (`主机：`, `附件：`). */
const LABELLED = /^([\u4e00-\u9fffA-Za-z0-9]{2,12})(?=[:：])/;
/** Verbs and role words after which a clause lists what the thing is made of or carries. */
const MAKES =
  /(?:由|包括|包含|含有|内置|内含|配有|配置|配备|装有|设有|采用|选用|为|是|含)(?:[^，,；;。:：]{0,40}?[、/和及与])?(?:[0-9.]+(?:英寸|寸|mm|通道|导联|路))?$/;
/** Where one clause of an entry ends. */
const CLAUSE_MARK = /[，,；;。]/;
const PARTS = new Set(['Component']);
const WHOLES = new Set(['Equipment', 'Component']);

/** The kind of number `m` is, so that entries numbered alike are siblings and others their children. */
const kindOf = (m: RegExpExecArray): number => m.slice(1).findIndex((g) => g !== undefined);

/** Supply edges of the text's structure entries, gathered by `reader`. */
export const entryEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const byOffset = supplyOccurrences(model);
  /** The outermost names in [from, to), in order. */
  const namesIn = (from: number, to: number): Occurrence[] =>
    outermost(occurrencesIn(model, byOffset, from, to));
  /** Devices and parts by name, for an entry's thing written alone before its mark. */
  const named = new Map<string, NodeId>();
  for (const e of ctx.curated.lexicon) if (WHOLES.has(e.label)) named.set(normalizeTerm(e.name), e.id);
  for (const d of model.discovered) if (WHOLES.has(d.label)) named.set(normalizeTerm(d.name), d.id);
  const written = (o: Occurrence): string => normalizeTerm(text.slice(o.start, o.end));
  const edge = (item: NodeId, whole: Occurrence, at: number, rule = ENTRY_RULE): void => {
    const sentence = sentenceAt(model.sentences, at);
    const own = sentenceAt(model.sentences, whole.start);
    if (!reader.generic(item) && !reader.linked(item, whole.nodeId))
      reader.edge(item, whole.nodeId, rule, sentence, own === sentence ? undefined : own);
  };
  /** A label entry's thing and the kind of number its children differ by. */
  let label: { whole: Occurrence; kind: number } | undefined;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const number = ENTRY_NUMBER.exec(text.slice(start, end));
    const from = start + (number?.[0].length ?? 0);
    const found = number ? namesIn(from, end) : [];
    // `（1）主机：`: a short name the text gave a thing before is its entry's thing, though not looked for again.
    const labelled = number && found[0]?.start !== from ? LABELLED.exec(text.slice(from, end)) : null;
    const again = labelled?.[1] && named.get(normalizeTerm(labelled[1]));
    const names = again
      ? [
          {
            nodeId: again,
            start: from,
            end: from + (labelled[1]?.length ?? 0),
            sentence: sentenceAt(model.sentences, from),
          },
          ...found,
        ]
      : found;
    const head = names[0];
    const mark = head?.start === from ? ENTRY_MARK.exec(gapText(model, head.end, end)) : null;
    if (!number || !head || !mark || !WHOLES.has(labelOf(head.nodeId) ?? '') || reader.broad(head.nodeId)) {
      // A line of its own text, or an entry numbered as the label, ends the label's entries; an empty line
      // or an entry under it whose thing is not read does not.
      if (text.slice(start, end).trim() !== '' && (!number || kindOf(number) === label?.kind))
        label = undefined;
      start = end + 1;
      continue;
    }
    const kind = kindOf(number);
    if (label?.kind === kind) label = undefined;
    else if (label && PARTS.has(labelOf(head.nodeId) ?? ''))
      edge(head.nodeId, label.whole, head.start, ENTRY_LABEL_RULE);
    const bodyAt = head.end + text.slice(head.end, end).search(/[:：，,]/) + 1;
    if (text.slice(bodyAt, end).trim() === '') {
      label = { whole: head, kind };
      start = end + 1;
      continue;
    }
    // Each clause: the parts it opens with (`显示屏面板采用钢化玻璃`) or lists after a verb of make-up
    // (`由主控板…组成`, `内置TPU气囊`, `接收元件为光电二极管`); never a kind of the thing itself
    // (`探头：配置单晶凸阵探头`), nor anything of a clause that names another machine.
    const body = names.filter((o) => o.start >= bodyAt);
    let clauseAt = bodyAt;
    const taken = new Set<Occurrence>();
    for (const [k, o] of body.entries()) {
      const before = text.slice(clauseAt, o.start);
      const cut = Math.max(...[...before].map((c, i) => (CLAUSE_MARK.test(c) ? i : -1)));
      if (cut >= 0) clauseAt += cut + 1;
      const lead = gapText(model, clauseAt, o.start);
      const prev = body[k - 1];
      const listed =
        prev && taken.has(prev) && prev.start >= clauseAt && LIST_GAP.test(gapText(model, prev.end, o.start));
      const clause = body.filter(
        (x) => x.start >= clauseAt && !CLAUSE_MARK.test(text.slice(clauseAt, x.start)),
      );
      // A machine among the listed members (`…锂离子电池、记录仪和外壳组成`) is one of them; elsewhere it is
      // what the clause speaks of (`用于体外膜肺氧合（ECMO）`).
      const elsewhere = (x: Occurrence): boolean =>
        labelOf(x.nodeId) === 'Equipment' &&
        x.nodeId !== head.nodeId &&
        !MAKES.test(gapText(model, clauseAt, x.start));
      if (clause.some(elsewhere)) continue;
      if (!PARTS.has(labelOf(o.nodeId) ?? '') || written(o).endsWith(written(head))) continue;
      // A clause that opens with a part of its own (`无创血压模块内置气泵`) speaks of that part's make-up; one
      // with no subject lists the thing's own parts after its verb, past members the reading did not name.
      const subject = clause[0] && gapText(model, clauseAt, clause[0].start) === '' ? clause[0] : undefined;
      // Right after a make-up field's label (`。组件：`) the first clause lists parts with no verb.
      const field = clauseAt === bodyAt && /[。．.]$/.test(mark[0]);
      if (o === subject || listed || field || (subject === undefined && MAKES.test(lead))) {
        edge(o.nodeId, head, o.start);
        taken.add(o);
      }
    }
    start = end + 1;
  }
};
