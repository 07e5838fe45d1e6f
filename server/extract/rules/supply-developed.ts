// A plan's task in two clauses: the machines to develop, then the core parts to work on
// (`重点发展血液透析滤过机、连续性肾脏替代治疗设备和血液灌流机，突破血泵、平衡称重系统和漏血检测器等部件`).
// The class word closing the parts says they are the machines' parts; the pair is written with the
// first machine, the head of the list.
import type { NodeId } from '../../../core/model/ids';
import { normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { outermost, type SupplyReader } from './supply-lists';
import { distinctive } from './supply-pairing';

export const DEVELOPED_RULE = 'grammar:发展A，攻关B';

/**
 * The first clause's lead before its machines: a verb of developing or backing (`重点发展`, `支持`, `推动`),
 * after a short field clause's comma at most, with a grade of make at most before the first machine.
 */
const MACHINES_LEAD =
  /^(?:重点|加快|大力|积极|着力|鼓励|优先|继续)?(?:发展|支持|推动)(?:高端|新型|国产|新一代|智能)?$/;
/** Between two machines of the list: a joiner, after a gloss, with short unnamed members in between. */
const MEMBER = '[^、,;:()等的和及与/]{1,10}(?:\\([^()]*\\)[^、,;:()等的和及与/]{0,4})?';
const JOIN = '(?:、|和|及|与|以及|/)';
const MACHINES_GAP = new RegExp(`^(?:\\([^()]*\\))?${JOIN}(?:${MEMBER}${JOIN})*[^、,;:()等的和及与/]{0,4}$`);
/** What may close the machines' clause: a class of products, or the word for their development. */
const MACHINES_TAIL =
  /^(?:\([^()]*\))?(?:(?:、|和|及|与|以及|\/)[^、,;:()等的和及与/]{1,10}?(?:\([^()]*\))?)*(?:等(?:[^,;:等的]{0,6}(?:产品|装备|设备|整机|器械))?)?(?:的?(?:研制|研发|开发|产业化|智能化升级))?$/;
/** The second clause's lead before its parts: a verb of work on parts. */
const PARTS_LEAD = /^(?:并|同时|同步|加快|重点|着力|集中|联合|支持|推动|加强)*(?:攻关|突破|攻克|研制|研发)$/;
/**
 * After the last part: a class of parts closing the clause (`等核心部件`). Without it a list of things
 * worked on may be anything the field needs, not parts of the machines just named.
 */
const PARTS_TAIL = /^(?:\([^()]*\))?等(?:核心|关键|主要)?(?:零部件|部件|元器件|器件|组件)$/;

const SEPARATORS = /[,;:。]/;

export const developedEdges = (
  ctx: RuleContext,
  sentence: number,
  all: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  const occs = outermost(all);
  const norm = (from: number, to: number): string => gapText(model, from, to);
  /** Offsets of the clause marks of the sentence. */
  const marks: number[] = [];
  for (let i = s.start; i < s.end; i++)
    if (SEPARATORS.test(normalizeTerm(model.text[i] ?? ''))) marks.push(i);
  for (const [k, comma] of marks.entries()) {
    if (!/^,$/.test(norm(comma, comma + 1))) continue;
    const from = k > 0 ? (marks[k - 1] ?? s.start) + 1 : s.start;
    const to = marks[k + 1] ?? s.end;
    // The machines: the names of the first clause, every one a machine, joined as one list.
    const named = occs.filter((o) => o.start >= from && o.end <= comma);
    // A short name in brackets after a machine (`主动脉内球囊反搏泵（IABP）`) is its gloss, no machine of its own.
    const machines = named.filter((o, i) => i === 0 || norm(named[i - 1]?.end ?? 0, o.start) !== '(');
    const first = machines[0];
    const last = machines.at(-1);
    if (!first || !last || machines.some((o) => labelOf(o.nodeId) !== 'Equipment')) continue;
    if (!MACHINES_LEAD.test(norm(from, first.start))) continue;
    if (!MACHINES_TAIL.test(norm(last.end, comma))) continue;
    if (machines.some((o, i) => i > 0 && !MACHINES_GAP.test(norm(machines[i - 1]?.end ?? 0, o.start))))
      continue;
    // The parts: the list right after the second clause's verb, closed by their class.
    const at = occs.findIndex((o) => o.start > comma && o.end <= to);
    const head = occs[at];
    if (!head || !PARTS_LEAD.test(norm(comma + 1, head.start))) continue;
    const items = reader.listFrom(occs, at, ['Component']);
    const lastItem = occs.findLast((o) => o.end <= to && items.includes(o.nodeId));
    if (items.length === 0 || !lastItem) continue;
    if (!PARTS_TAIL.test(norm(lastItem.end, to))) continue;
    // A part that names another machine than the first (`CT探测器` after `PET/MR、光子计数CT`) shares the
    // list out by names (supply-pairing.ts); one naming the first (`加速管` of `医用电子直线加速器`) or
    // none leaves the list the first machine's.
    const written = (o: Occurrence): string => normalizeTerm(model.text.slice(o.start, o.end));
    const itemOccs = occs.filter((o) => o.start > comma && o.end <= lastItem.end && items.includes(o.nodeId));
    if (
      itemOccs.some(
        (i) =>
          !distinctive(written(i), written(first)) &&
          machines.some((m) => distinctive(written(i), written(m))),
      )
    )
      continue;
    const user: NodeId = first.nodeId;
    for (const item of items)
      if (!reader.linked(item, user)) reader.edge(item, user, DEVELOPED_RULE, sentence);
  }
};
