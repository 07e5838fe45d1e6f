// A table row that names a machine and, in a later cell, what it comes with or what a service covers: a
// maintenance contract's `| 128排螺旋CT | 1台 | 含球管、高压发生器、探测器、滑环…及检查床 |`, a budget's or a
// tender's `| 医用X射线设备 | 256排CT：配置液态金属轴承X射线球管、宽体探测器…和图像重建工作站 | 1台 |`. The
// list a cell opens with 含 or 配置 names the row machine's parts; it ends at the first clause mark, so what the
// cell goes on to say (`，球管不限次更换`, `，液氦补充每年不超过300升`) is left alone.
import { gapText, spanEvidence } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';
import { cellsOf } from './supply-tables';

export const COVERAGE_RULE = 'table:covered-parts';

/**
 * What opens a cell's list of the machine's parts: what the price or the service includes (含, 包含, 包括),
 * or what the machine is fitted with (配置, 配备). Not 不含 (an exclusion), nor 配套 (a device of its own).
 */
const LIST_MARK = /^(?:含|包含|包括|(?:主要|标准|基本)?配置|配备|配有|标配)[:：]?/;
/** A rating written before the machine's name that the name leaves out (`256排`, `3.0T`, `64通道`). */
const RATING = /^(?:[0-9]+(?:\.[0-9]+)?(?:排|层|t|通道|mhz)?)?$/i;
/** After the machine's name in its cell: a gloss, then the cell's end or a colon before its list. */
const AFTER_MACHINE = /^(?:\([^()]{1,12}\))?(?:$|[:：])/;
/** What joins two members of a list. */
const JOIN = '(?:、|/|及|和|与|以及)';
/** A member the reading left unnamed (`氦压缩机` of `冷头、氦压缩机、梯度放大器`), a gloss in it at most. */
const UNNAMED = '(?:[^,，。；;:：、()|及和与]|\\([^()]*\\)){1,14}';
/** A few words of the next part's grade or number, no clause mark (`全部`, `原厂`). */
const GRADE = '[^,，。；;:：、()|]{0,6}';
/** Before the list's first named part: members left unnamed, each with its joiner, and a grade. */
const FIRST_GAP = new RegExp(`^(?:${UNNAMED}${JOIN})*${GRADE}$`);
/** Between two named parts: a gloss of the one before, a joiner, members left unnamed, a grade. */
const NEXT_GAP = new RegExp(`^(?:\\([^()]*\\))?${JOIN}(?:${UNNAMED}${JOIN})*${GRADE}$`);
const ITEM_LABELS = new Set(['Component', 'Material']);

export const coverageEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  if (!text.includes('|') && !text.includes('｜') && !text.includes('\t')) return;
  const byOffset = supplyOccurrences(model);
  const label = (o: Occurrence): string => labelOf(o.nodeId) ?? '';
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const cells = cellsOf(text, start, end);
    const rowStart = start;
    start = end + 1;
    if (cells.length < 2) continue;
    // The row's machines: a cell that opens with one machine's name, a rating before it at most, and holds
    // nothing else but a list after a colon (`256排CT：配置…`). A list belongs to the nearest before it (a
    // class filed in an earlier cell, `医用X射线设备`, gives way to the machine after it).
    let machine: Occurrence | undefined;
    for (const c of cells) {
      const inside = outermost(occurrencesIn(model, byOffset, c.start, c.end));
      const first = inside[0];
      const after =
        first && label(first) === 'Equipment' && !reader.broad(first.nodeId)
          ? RATING.test(gapText(model, c.start, first.start))
            ? AFTER_MACHINE.exec(gapText(model, first.end, c.end))
            : null
          : null;
      let from = c.start;
      if (first && after) {
        machine = first;
        if (!/[:：]$/.test(after[0])) continue;
        from = first.end + text.slice(first.end, c.end).search(/[:：]/) + 1;
      }
      if (!machine) continue;
      const lead = text.slice(from, c.end).trimStart();
      const mark = LIST_MARK.exec(lead);
      if (!mark) continue;
      const markEnd = c.end - lead.length + mark[0].length;
      for (const item of coveredItems(
        ctx,
        outermost(occurrencesIn(model, byOffset, markEnd, c.end)),
        markEnd,
      )) {
        if (reader.generic(item.nodeId) || reader.linked(item.nodeId, machine.nodeId)) continue;
        // The row is the statement: a table reads as one sentence, so its row, not the whole table, is quoted.
        const section =
          model.sections[model.sentences[sentenceAt(model.sentences, item.start)]?.section ?? 0];
        reader.edges.push({
          type: labelOf(item.nodeId) === 'Material' ? 'USED_IN' : 'PART_OF',
          source: item.nodeId,
          target: machine.nodeId,
          basis: 'stated',
          rule: COVERAGE_RULE,
          evidence: [spanEvidence(model, rowStart, end, section?.path ?? '')],
        });
      }
    }
  }
};

/**
 * The parts a list from `from` names, up to its first clause mark. Two names written as one
 * (`液态金属轴承X射线球管`) are the last one, a part; a name the reading left out between joiners is passed
 * over with its joiner; names in a gloss are no items.
 */
const coveredItems = (ctx: RuleContext, occs: readonly Occurrence[], from: number): Occurrence[] => {
  const { model, labelOf } = ctx;
  const items: Occurrence[] = [];
  let prevEnd = from;
  for (let k = 0; k < occs.length; k++) {
    const o = occs[k];
    if (!o) break;
    // `X射线球管` right after `液态金属轴承`: one name, whose head is the part.
    let last = o;
    while (occs[k + 1] && (occs[k + 1]?.start ?? 0) === last.end) {
      last = occs[k + 1]!;
      k++;
    }
    const gap = gapText(model, prevEnd, o.start);
    if (!(prevEnd === from ? FIRST_GAP : NEXT_GAP).test(gap)) break;
    prevEnd = last.end;
    // A gloss after the item (`数据采集系统（DAS）`, `膜式氧合器（聚甲基戊烯中空纤维膜）`) is passed over.
    const close = /^[(（][^()（）]*[)）]/.exec(model.text.slice(last.end));
    if (close) {
      prevEnd = last.end + close[0].length;
      while (occs[k + 1] && (occs[k + 1]?.start ?? 0) < prevEnd) k++;
    }
    if (!ITEM_LABELS.has(labelOf(last.nodeId) ?? '')) {
      // A device in the list (`锥形束CT`) may be a part as well as a machine of its own: no item, but the list
      // reads on past it.
      if (labelOf(last.nodeId) === 'Equipment') continue;
      break;
    }
    items.push(last);
  }
  return items;
};
