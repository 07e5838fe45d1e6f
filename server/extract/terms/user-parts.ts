// Things named after a machine and its 用 (`体外膜肺氧合（ECMO）用膜式氧合器和离心泵`, `化学发光免疫分析仪所用的
// 光电倍增管和精密注射泵`) or after a machine or a part and `及其配套的`: what a machine uses, listed so, are its
// parts, also when a name ends in a machine's head (氧合器, 注射泵) and discovery read it as one.
import type { Range } from './coordination';

/** A name read in the text: its label and normalised span. */
export interface NamedSpan {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** What joins the machine to its first part: `用`, `所用的`, `用的` (never `医用`, `家用`: no machine stands there). */
const USES = ['所用的', '用的', '所用', '用'];
/**
 * `ECMO系统及其配套的膜式氧合器`, `超导磁体及配套的脉管制冷机`: what comes with a machine or a part. A bare
 * `配套的` is left out: `与A配套的B` may name a machine used alongside another.
 */
const MATCHED = ['及其配套的', '及配套的'];
/** What joins two parts of one list. */
const JOIN = /^(?:、|和|及|与|以及)$/;
/** A gloss right after a name (`体外膜肺氧合（ECMO）`). */
const GLOSS = /^[(（][^()（）]{1,12}[)）]/;

/**
 * The spans of `names` (normalised text `s`) that are items of a list right after a machine and its 用:
 * each item is joined to the one before by a joiner alone, and the first follows `Machine用` or
 * `Machine所用的` with nothing between.
 */
export const partsAfterUser = (s: string, names: readonly NamedSpan[]): Range[] => {
  const byStart = new Map<number, NamedSpan[]>();
  const byEnd = new Map<number, NamedSpan[]>();
  for (const n of names) {
    byStart.set(n.from, [...(byStart.get(n.from) ?? []), n]);
    byEnd.set(n.to, [...(byEnd.get(n.to) ?? []), n]);
  }
  /** The longest name ending at `to`, past a gloss written after it. */
  const endingAt = (to: number): NamedSpan | undefined => {
    const found = [...(byEnd.get(to) ?? [])];
    // A gloss is at most 14 characters (its brackets and twelve inside): only names ending so close are looked up.
    for (let end = Math.max(0, to - 14); end < to; end++) {
      const ns = byEnd.get(end);
      if (ns && GLOSS.exec(s.slice(end, to))?.[0].length === to - end) found.push(...ns);
    }
    return found.sort((a, b) => b.to - b.from - (a.to - a.from))[0];
  };
  const out: Range[] = [];
  for (const machine of names) {
    if (machine.label !== 'Equipment' && machine.label !== 'Component') continue;
    let end = machine.to;
    const gloss = GLOSS.exec(s.slice(end));
    if (gloss) end += gloss[0].length;
    // `体外膜肺氧合（ECMO）用`: the short name in the brackets is the machine as well.
    else if (/^[)）]/.test(s.slice(end))) end += 1;
    const uses =
      machine.label === 'Equipment'
        ? [...USES, ...MATCHED].find((u) => s.startsWith(u, end))
        : MATCHED.find((u) => s.startsWith(u, end));
    if (!uses) continue;
    // The machine must be the whole name there (`医用` is no machine, and `呼吸机` of `家用呼吸机用` is not one).
    if (endingAt(machine.to) !== machine) continue;
    let at = end + uses.length;
    for (;;) {
      const item = (byStart.get(at) ?? []).sort((a, b) => b.to - b.from - (a.to - a.from))[0];
      if (!item || item.label === 'Material') break;
      let next = item.to;
      const g = GLOSS.exec(s.slice(next));
      if (g) next += g[0].length;
      // `…、呼吸机用涡轮风机`: a machine with its own 用 opens a list of its own.
      if (s.startsWith('用', next) || s.startsWith('所用', next)) break;
      out.push([item.from, item.to]);
      const join = ['以及', '、', '和', '及', '与'].find((j) => s.startsWith(j, next) && JOIN.test(j));
      if (!join) break;
      at = next + join.length;
    }
  }
  return out;
};
