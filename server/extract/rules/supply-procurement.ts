// A purchase written as a sentence, as a procurement-intention page or a tender's summary writes it:
// `采购4K荧光腹腔内窥镜系统3套。每套包括4K摄像主机、LED冷光源…`, `采购高端彩色多普勒超声诊断系统4台，配置单晶凸阵探头、
// 高频线阵探头…`. The machine is the object of 采购 with its count; the parts it is fitted with, up to the next
// machine bought or the end of its line or table cell, are its parts.
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import { sentenceAt } from '../sentences';
import type { RuleContext } from './context';
import { occurrencesIn, outermost, supplyOccurrences, type SupplyReader } from './supply-lists';

export const PROCUREMENT_RULE = 'procurement:fitted-parts';

/** The verb of buying before the machine, a rating or a few words of its kind between (`采购1.5T`, `采购落地式双C臂`). */
const BUYS = /采购(?:[^,，。；;:：、|()]{0,6})$/;
/** The machine's count right after it, a gloss in brackets at most between (`（DSA）1套`, `4台`). */
const COUNTED = /^(?:\([^()]{1,12}\))?(?:[0-9]+|[一两二三四五六七八九十]+)(?:台|套|条|组|个|件|部|辆|批)/;
/**
 * What fits the machine with the list that follows: `配置要求：`, `配置`, `配备`, `每套包括`, `（配`, `由…`
 * (…组成). Never 配套 (what comes with it: a device of its own), 适配 or 匹配 (what it works with), nor 含: what a
 * price includes is as often a service, a warranty or a spare as a part.
 */
const MARK =
  /(?:配置要求|配置清单|主要配置|标准配置|基本配置|配置|配备|配有|标配|选配|包括|内置)[:：]?|(?<![不无未分适匹搭调装])配(?![套合送件])|(?:^|[,，。;；(])由/g;
/** After the mark, up to the list's first named part: parts the reading left unnamed, notes in brackets. */
const LIST_SO_FAR = /^(?:[^,，。；;:：()]|\([^()]*\))*$/;
/** Between two parts of a fitted list: a joiner, parts the reading left unnamed, a few words of the next one's grade. */
const NEXT_PART = /^\)?(?:\([^()]*\))?(?:、|\/|及|和|与|以及)(?:[^,，。；;:：()]|\([^()]*\))*$/;
const MAX_GAP = 40;
/** The mark that fits a list running up to the gap's end, and where it stands in the gap, if any. */
const fitting = (gap: string): { mark: string; at: number } | undefined => {
  const marks = [...gap.matchAll(MARK)];
  const last = marks[marks.length - 1];
  if (!last) return undefined;
  const rest = gap.slice(last.index + last[0].length);
  return rest.length <= MAX_GAP && LIST_SO_FAR.test(rest) ? { mark: last[0], at: last.index } : undefined;
};
/** Before a mark that opens a sentence of its own: the end of the one before. */
const SENTENCE_BEFORE = /[。；;]$/;
/** Where a machine's scope ends: its line, or a table's cell. */
const CELL_END = /[\n|｜\t]/;

interface Bought {
  readonly id: NodeId;
  readonly sentence: number;
  readonly cellEnd: number;
  /** Its index among the names. */
  readonly at: number;
}

export const procurementEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  if (!text.includes('采购') && !text.includes('採購')) return;
  const occs = supplyOccurrences(model);
  // The outermost names only (`X射线球管` of `液态金属轴承X射线球管` gives way).
  const names = outermost(occurrencesIn(model, occs, 0, text.length));
  let bought: Bought | undefined;
  /** The thing a running list fits with parts, or none. */
  let owner: { id: NodeId; sentence: number } | undefined;
  for (const [k, o] of names.entries()) {
    const label = labelOf(o.nodeId);
    if (bought && o.start >= bought.cellEnd) bought = owner = undefined;
    const lineStart = text.lastIndexOf('\n', o.start - 1) + 1;
    const prev = names[k - 1];
    const gap = gapText(model, Math.max(lineStart, prev?.end ?? 0), o.start);
    if (
      label === 'Equipment' &&
      BUYS.test(gap) &&
      COUNTED.test(gapText(model, o.end, Math.min(text.length, o.end + 24)))
    ) {
      const close = text.slice(o.end).search(CELL_END);
      bought = {
        id: o.nodeId,
        sentence: sentenceAt(model.sentences, o.start),
        cellEnd: close < 0 ? text.length : o.end + close,
        at: k,
      };
      owner = undefined;
      continue;
    }
    if (!bought) continue;
    const sentence = sentenceAt(model.sentences, o.start);
    const fit = fitting(gap);
    const mark = fit?.mark;
    if (gap.endsWith('(')) continue;
    if (mark) {
      // `化学发光免疫分析仪配光电倍增管检测系统`: a machine named right before the verb is the one fitted.
      const subject =
        prev &&
        ['Equipment', 'Component'].includes(labelOf(prev.nodeId) ?? '') &&
        prev.start >= lineStart &&
        (gap === mark || gap === `(${mark}`)
          ? { id: prev.nodeId, sentence: sentenceAt(model.sentences, prev.start) }
          : undefined;
      // The bought machine's own list follows it with nothing named between, or opens a sentence of its
      // own (`…1套，用于介入诊疗。配置要求：`); after another thing named, the list may be that thing's.
      const own = k - 1 === bought.at || SENTENCE_BEFORE.test(gap.slice(0, fit?.at ?? 0));
      owner = subject ?? (own ? { id: bought.id, sentence: bought.sentence } : undefined);
      if (!owner) continue;
    } else if (!owner || gap.length > MAX_GAP || !NEXT_PART.test(gap)) {
      owner = undefined;
      continue;
    }
    if (label !== 'Component' || reader.generic(o.nodeId)) continue;
    reader.edge(
      o.nodeId,
      owner.id,
      PROCUREMENT_RULE,
      sentence,
      owner.sentence === sentence ? undefined : owner.sentence,
    );
  }
};
