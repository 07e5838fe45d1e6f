// An industrial-chain list (产业链补短板/锻长板清单, 产业链图谱): a group names its machines on a line of their own
// (`整机：输液泵、注射泵、除颤监护仪`) and lists its upstream parts in bullet lines below
// (`· 除颤监护仪：高压储能电容□、IGBT功率模块□、血氧探头■`, `· 种植机马达 ■ —— 无刷直流电机■、霍尔传感器■`).
import type { NodeId } from '../../../core/model/ids';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { supplyOccurrences, type SupplyReader } from './supply-lists';

export const CHAIN_LIST_RULE = 'structure:产业链清单整机与上游部件';
export const CHAIN_DASH_RULE = 'structure:产业链清单A——B';

/** The line naming a group's machines. */
const MACHINES_LINE = /^(?:整机|终端产品|整机产品)[:：]/;
/** The same, found at a line's start in the text. */
const MACHINES_AT = /^(?:整机|终端产品|整机产品)[:：]/gm;
/** A bullet of the group's parts. */
const BULLET = /^[·•]\s*/;
/** Where a group ends: a blank line or the next group's heading. */
const GROUP_END = /^(?:\s*$|【|[一二三四五六七八九十]+、)/;
const DASH = /\s*——\s*/;
const MAX_LINES = 12;

const lineEnd = (text: string, at: number): number => {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
};

/**
 * Parts in a group's bullets go into its machines: those a bullet names before a colon
 * (`· 输液泵/注射泵：步进电机■、压力传感器◇`), or the group's only machine. In `A —— B、C` the parts after the
 * dash are A's (`种植机马达 ■ —— 无刷直流电机■`) and A is the machine's. A bullet of a group of several
 * machines that names none is left out: which machine takes the part is not written.
 */
export const chainListEdges = (ctx: RuleContext, reader: SupplyReader): void => {
  const { model, labelOf } = ctx;
  const text = model.text;
  const occurrences = supplyOccurrences(model);
  const sentences = model.sentences;
  const occsIn = (k: number, from: number, end: number): Occurrence[] => {
    const out: Occurrence[] = [];
    for (let j = k; j < sentences.length && (sentences[j]?.start ?? end) < end; j++)
      for (const o of occurrences.get(j) ?? []) if (o.start >= from && o.end <= end) out.push(o);
    // The longest name only (`工业相机CMOS传感器` over `工业相机`).
    return out
      .filter(
        (o) =>
          !out.some(
            (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
          ),
      )
      .sort((a, b) => a.start - b.start);
  };
  const sentenceAt = (at: number, from: number): number => {
    let k = from;
    while (k + 1 < sentences.length && (sentences[k + 1]?.start ?? Infinity) <= at) k++;
    return k;
  };
  for (const head of text.matchAll(MACHINES_AT)) {
    const lineAt = head.index;
    const k = sentenceAt(lineAt, 0);
    const end = lineEnd(text, lineAt);
    const machines = occsIn(k, lineAt + head[0].length, end).filter((o) => labelOf(o.nodeId) === 'Equipment');
    if (machines.length === 0) continue;
    const machineIds = new Set<NodeId>(machines.map((o) => o.nodeId));
    // One machine only when the line lists one item (`整机：A、B` where B is no node yet is two machines).
    const single =
      machineIds.size === 1 && !/[、，,;；和及与]/.test(text.slice(lineAt + head[0].length, end));
    let at = end + 1;
    for (let n = 0; n < MAX_LINES && at < text.length; n++) {
      const stop = lineEnd(text, at);
      const line = text.slice(at, stop);
      if (GROUP_END.test(line) || MACHINES_LINE.test(line)) break;
      const bullet = BULLET.exec(line);
      const from = at;
      at = stop + 1;
      if (!bullet) continue;
      const k0 = sentenceAt(from, k);
      const occs = occsIn(k0, from, stop).filter((o) => !reader.generic(o.nodeId));
      const sentence = (o: Occurrence): number => sentenceAt(o.start, k0);
      const dash = DASH.exec(line);
      const dashAt = dash ? from + dash.index : stop;
      const colon = line.slice(0, dash ? dash.index : line.length).search(/[:：]/);
      const colonAt = colon < 0 ? -1 : from + colon;
      // The machines the bullet names before its colon, or the group's only machine.
      let users: Occurrence[] = [];
      if (colonAt >= 0) {
        users = occs.filter((o) => o.end <= colonAt && machineIds.has(o.nodeId));
        if (users.length === 0) continue;
      } else if (single) users = machines.slice(0, 1);
      const parts = occs.filter((o) => o.start > colonAt && labelOf(o.nodeId) === 'Component');
      if (dash) {
        const [lead] = parts.filter((o) => o.end <= dashAt);
        if (!lead || parts.some((o) => o.end <= dashAt && o !== lead)) continue;
        // After the dash, up to a bracket of notes: the lead's parts (`陶瓷球轴承□（氮化硅陶瓷球…）`).
        for (const o of parts)
          if (o.start >= dashAt && !reader.linked(o.nodeId, lead.nodeId))
            reader.edge(o.nodeId, lead.nodeId, CHAIN_DASH_RULE, sentence(o), sentence(lead));
        for (const u of users)
          if (!reader.linked(lead.nodeId, u.nodeId))
            reader.edge(
              lead.nodeId,
              u.nodeId,
              CHAIN_LIST_RULE,
              sentence(lead),
              u === machines[0] && colonAt < 0 ? k : sentence(u),
            );
        continue;
      }
      for (const o of parts)
        for (const u of users)
          if (o.nodeId !== u.nodeId && !reader.linked(o.nodeId, u.nodeId))
            reader.edge(o.nodeId, u.nodeId, CHAIN_LIST_RULE, sentence(o), colonAt < 0 ? k : sentence(u));
    }
  }
};
