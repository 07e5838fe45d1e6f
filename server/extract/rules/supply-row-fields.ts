// A catalogue's or a tender's row that names one machine in a cell and describes it in a later cell as
// labelled fields (`11-5	腹腔镜手术机器人系统	机械臂：4臂，关节采用谐波减速器与无框力矩电机；手术器械：腕式器械`):
// a field labelled with a part names a part of the row's machine, and what its value opens with is that
// part's make-up, or the part itself written in full (`探测器：碲锌镉（CZT）光子计数探测器`); a field labelled
// with a slot of the machine (`关节驱动：`, `支撑结构：`, `电源：`) names the machine's own parts and materials.
import type { NodeId } from '../../../core/model/ids';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';
import { cellsOf } from './supply-tables';

export const ROW_FIELD_RULE = 'table:row-fields';

/** A field's label up to its colon: one short name with no clause mark in it. */
const FIELD_LABEL = /^[\s\u3000]*([^:：，,；;。、()（）\s]{1,10})[:：][\s\u3000]*/;
/**
 * Labels of what a row says besides its make-up (use, packing, maker, figures): their values are no
 * parts of the machine.
 */
const NOT_MAKEUP =
  /包装|适用|用途|应用|禁忌|注意|储存|贮存|运输|厂家|厂商|企业|单位|产地|品牌|型号|规格|价格|数量|单价|备注|注册|有效期|范围|功能|性能|速度|精度|时间|分辨率|视野|能量|强度|转速|容量|尺寸|重量|续航|指标|参数|特点|优势|方法|原理|模式|软件|算法/;
/** What joins two items of a field's value: a separator, `+` or a conjunction, a gloss before it. */
const JOIN = /^(?:\([^()]*\))?(?:、|和|与|及|\+|\/)$/;
/** Words before a value's first name: a material or a kind the text does not name, no clause, no figure. */
const VALUE_LEAD = /^[^0-9，,；;：:。≥≤<>=~～]{0,12}$/;
/** What may close a value's list: the field's end, a clause mark, 等. */
const VALUE_END = /^(?:\([^()]*\))?(?:等)?(?:$|[，,。；;])/;
/** A verb of a later clause that fits the labelled thing with parts (`关节采用B与C`, `配B、C`). */
const FITS = /(?:采用|选用|配备|配有|配置|内置|搭载|装有|配)$/;

/** Row-field edges of the whole text, gathered by `reader`. */
export const rowFieldEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  if (!text.includes('\t') && !text.includes('|') && !text.includes('｜')) return;
  const byOffset = supplyOccurrences(model);
  const label = (o: Occurrence | undefined): string => (o ? (labelOf(o.nodeId) ?? '') : '');
  const isItem = (o: Occurrence | undefined): boolean =>
    (label(o) === 'Component' || label(o) === 'Material') && !reader.broad(o?.nodeId ?? ('' as NodeId));
  /** The items a list opening at `occs[i]` names, when it closes its clause or field. */
  const listAt = (occs: readonly Occurrence[], i: number, end: number): Occurrence[] => {
    const out: Occurrence[] = [];
    for (let k = i; k < occs.length; k++) {
      const o = occs[k];
      if (!o || !isItem(o)) break;
      const prev = out.at(-1);
      if (prev && !JOIN.test(gapText(model, prev.end, o.start))) break;
      out.push(o);
    }
    const last = out.at(-1);
    return last && VALUE_END.test(gapText(model, last.end, end)) ? out : [];
  };
  /** `碲锌镉（CZT）光子计数探测器`: a part named with its material first is the part. */
  const skipMaterialModifier = (occs: readonly Occurrence[], i: number): number => {
    const o = occs[i];
    const next = occs[i + 1];
    if (
      label(o) === 'Material' &&
      label(next) === 'Component' &&
      o &&
      next &&
      /^(?:\([^()]*\))?$/.test(gapText(model, o.end, next.start))
    )
      return i + 1;
    return i;
  };
  const sameHead = (a: Occurrence, b: Occurrence): boolean =>
    normalizeTerm(text.slice(a.start, a.end)).at(-1) === normalizeTerm(text.slice(b.start, b.end)).at(-1);

  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const cells = cellsOf(text, start, end);
    const tab = text.indexOf('\t', start);
    start = end + 1;
    // A CSV export's record (its commas are the view's tabs) is a database's row, not a described
    // catalogue entry: its columns' own readings read it (its labelled cells gave mostly unstated parts).
    if (cells.length < 2 || (tab !== -1 && tab < end && model.original[tab] === ',')) continue;
    // The row's machine: the first cell that is one machine's name (a gloss after it at most).
    let machine: Occurrence | undefined;
    let at = -1;
    for (const [k, c] of cells.entries()) {
      const inside = outermost(occurrencesIn(model, byOffset, c.start, c.end));
      const [only] = inside;
      if (
        inside.length === 1 &&
        only &&
        label(only) === 'Equipment' &&
        only.start === c.start &&
        /^(?:\([^()]*\))?$/.test(gapText(model, only.end, c.end)) &&
        !reader.broad(only.nodeId)
      ) {
        machine = only;
        at = k;
        break;
      }
    }
    if (!machine) continue;
    const machineSentence = sentenceAt(model.sentences, machine.start);
    for (const c of cells.slice(at + 1)) {
      // The cell's fields, parted by semicolons.
      for (let fs = c.start; fs < c.end;) {
        const semi = text.slice(fs, c.end).search(/[；;]/);
        const fe = semi === -1 ? c.end : fs + semi;
        const fieldStart = fs;
        fs = fe + 1;
        const m = FIELD_LABEL.exec(text.slice(fieldStart, fe));
        if (!m?.[1] || NOT_MAKEUP.test(m[1])) continue;
        const labelStart = fieldStart + m[0].indexOf(m[1]);
        const labelEnd = labelStart + m[1].length;
        const valueStart = fieldStart + m[0].length;
        const occs = outermost(occurrencesIn(model, byOffset, fieldStart, fe));
        const sentence = sentenceAt(model.sentences, valueStart);
        if (!model.sentences[sentence]) continue;
        const inLabel = occs.filter((o) => o.start < labelEnd);
        const part = inLabel[0];
        // A label that is one part (`机械臂：`), or a slot the text names no thing in (`关节驱动：`).
        const partLabel =
          inLabel.length === 1 &&
          part?.start === labelStart &&
          part.end === labelEnd &&
          isItem(part) &&
          label(part) === 'Component'
            ? part
            : undefined;
        if (inLabel.length > 0 && !partLabel) continue;
        const owner = partLabel?.nodeId ?? machine.nodeId;
        if (partLabel)
          reader.edge(partLabel.nodeId, machine.nodeId, ROW_FIELD_RULE, sentence, machineSentence);
        // What the value opens with.
        // What the value opens with: its first name before any comma, past a few words the text names no
        // thing in (`铌钛（NbTi）超导磁体`, `硅酸钇镥（LYSO）晶体+硅光电倍增管`).
        const clauseEnd = (() => {
          const comma = text.slice(valueStart, fe).search(/[，,]/);
          return comma === -1 ? fe : valueStart + comma;
        })();
        const first = occs.findIndex((o) => o.start >= valueStart);
        const opening = occs[first];
        if (
          opening &&
          opening.end <= clauseEnd &&
          VALUE_LEAD.test(gapText(model, valueStart, opening.start))
        ) {
          const i = skipMaterialModifier(occs, first);
          for (const o of listAt(occs, i, clauseEnd)) {
            // The part written in full (`磁体：铌钛（NbTi）超导磁体`, `X射线管：液态金属轴承球管`) is the machine's.
            if (partLabel && label(o) === 'Component' && sameHead(o, partLabel))
              reader.edge(o.nodeId, machine.nodeId, ROW_FIELD_RULE, sentence, machineSentence);
            else reader.edge(o.nodeId, owner, ROW_FIELD_RULE, sentence, machineSentence);
          }
        }
        // Later clauses that fit the labelled thing with parts (`，关节采用B与C`, `，配B、C`).
        for (const [k, o] of occs.entries()) {
          if (o.start <= valueStart || label(o) !== 'Component') continue;
          const before = text.slice(valueStart, o.start);
          const comma = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
          if (comma < 0) continue;
          const lead = normalizeTerm(before.slice(comma + 1));
          if (!FITS.test(lead) || lead.length > 6) continue;
          if (occs.some((x) => x.start > valueStart + comma && x.end <= o.start)) continue;
          const clauseEnd = (() => {
            const next = text.slice(o.start, fe).search(/[，,]/);
            return next === -1 ? fe : o.start + next;
          })();
          for (const p of listAt(occs, k, clauseEnd))
            if (label(p) === 'Component')
              reader.edge(p.nodeId, owner, ROW_FIELD_RULE, sentence, machineSentence);
        }
      }
    }
  }
};
