// What a device or a subsystem is made of, as a text states it; the one place these readings live.
// `A由B和C两部分构成`, `A一般由B、C和D组合而成`, `A整体上由三大系统构成：B、C和D`, `A包括B、C` (parts
// only), `A：核心是B和C`, and `该产品由B和C构成` with A the one device named just before.
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { supplyOccurrences, type SupplyReader } from './supply-lists';

export const COMPOSED_RULE = 'grammar:A由B组成';
export const INCLUDES_RULE = 'grammar:A包括B';
export const CORE_RULE = 'grammar:A：核心是B';
export const ANAPHOR_RULE = 'grammar:该产品由B组成';

/** Hedges that may stand between the whole and 由 (`则一般由`, `整体上由`, `内部由`). */
const HEDGE = '(?:[，,:：]?(?:内部|内)?[\\s则一般通常主要均都也基本整体上大体大致]*)';
/** Between the whole and its first part: `由`, `主要由`, `则一般由`. */
const BY = new RegExp(`^${HEDGE}由$`);
/** `由三大系统构成：B、C和D`: the count and verb before a colon, the parts after it. */
const MADE_OF_COLON = new RegExp(
  `^${HEDGE}由[两二三四五六七八九十几多]?[大个]?(?:部分|系统|部件|模块|单元|组件)(?:组成|构成)[:：]$`,
);
/** `A包括B、C`: a whole that lists its parts (never a class listing its members: those are equipment). */
const INCLUDES = /^[:：]?(?:主要|通常|一般)?(?:包括|包含|含有)[:：]?$/;
/** `窥镜系统：核心是手柄和镜体`, `照明系统：主要是照明光源和传光束`, `CT的核心部件是球管`. */
const CORE =
  /^(?:[:：](?:其)?(?:核心|核心部件|关键部件|主要部件|主体)?(?:主要)?(?:是|为)|的(?:核心|核心部件|关键部件|主要部件)(?:是|为))[:：]?$/;
/** `该产品由…`, `这一系统由…`, `其由…`: a whole the sentence names only by pointing back to it. */
const POINTER = new RegExp(
  `^(?:而|其中)?(?:(?:该|此|这一?|这种|这款|本)(?:产品|设备|装置|系统|仪器|器械|装备)|其|它)${HEDGE}由`,
);
/** What may sit inside a 由…组成 list besides its items: separators, glosses, 等, members left unnamed. */
const LIST_FILLER = /^(?:[、,/和及与或以及等]|\([^()]*\)|[^，。；;:：()]{0,12})*$/;
/** How far back a pointed-at device may be named: this many sentences. */
const POINTER_REACH = 3;

const WHOLE_LABELS = new Set(['Equipment', 'Component']);
const PART_LABELS = ['Component', 'Material'];

/** Composition edges of one sentence, gathered by `reader`. */
export const compositionEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const { listFrom, edge, broad } = reader;
  const s = model.sentences[sentence];
  if (!s) return;
  const isPart = (o: Occurrence | undefined): o is Occurrence =>
    o !== undefined && PART_LABELS.includes(labelOf(o.nodeId) ?? '');
  /**
   * The parts of a `由B、C…组成` list starting at `occs[i]`: every outermost part up to the verb, when
   * nothing but separators, glosses, counts and names the reading did not know lie between them
   * (`由CCD(电荷耦合器件)/CMOS(…)光电传感器、显示器…组合而成`, `由B、C等两部分构成`).
   */
  const madeOf = (i: number): NodeId[] => {
    const first = occs[i];
    if (!isPart(first)) return [];
    const verb = /组成|构成|(?:组合|组装|叠合|叠加|复合|拼接|集成)而成/.exec(
      model.text.slice(first.start, s.end),
    );
    return verb ? spanParts(i, first.start + verb.index) : [];
  };
  /** The parts of a list after 包括 or 核心是, up to the end of its clause. */
  const listed = (i: number): NodeId[] => {
    const first = occs[i];
    if (!first) return [];
    const stop = /[，,。；;:：]/.exec(model.text.slice(first.end, s.end));
    return spanParts(i, stop ? first.end + stop.index : s.end);
  };
  /** Every outermost part from `occs[i]` up to `to`, when only fillers lie between them. */
  const spanParts = (i: number, to: number): NodeId[] => {
    const first = occs[i];
    if (!isPart(first)) return [];
    const inside = occs.filter((o) => o.start >= first.start && o.end <= to);
    const outer = inside.filter(
      (o) => !inside.some((x) => x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start),
    );
    let at = first.start;
    for (const o of outer) {
      if (o.start < at) continue;
      if (!LIST_FILLER.test(gapText(model, at, o.start))) return [];
      at = o.end;
    }
    if (!LIST_FILLER.test(gapText(model, at, to))) return [];
    return [...new Set(outer.filter((o) => isPart(o) && !broad(o.nodeId)).map((o) => o.nodeId))];
  };

  for (let i = 0; i + 1 < occs.length; i++) {
    const whole = occs[i];
    const first = occs[i + 1];
    if (!whole || !first || !WHOLE_LABELS.has(labelOf(whole.nodeId) ?? '')) continue;
    // `电子内窥镜` holds the curated `内窥镜`: the longer name is the whole, not the one inside it.
    if (
      occs.some(
        (o) => (o.start < whole.start && o.end >= whole.end) || (o.start <= whole.start && o.end > whole.end),
      )
    )
      continue;
    // The first part is the next occurrence that is not inside the whole.
    let k = i + 1;
    while (occs[k] && (occs[k]?.start ?? 0) < whole.end) k++;
    const head = occs[k];
    if (!isPart(head)) continue;
    const gap = gapText(model, whole.end, head.start);
    // 包括 and 核心是 may list kinds after a device: they name parts only when the first item is one.
    const lists = labelOf(head.nodeId) === 'Component';
    const [rule, parts] = BY.test(gap)
      ? [COMPOSED_RULE, madeOf(k)]
      : MADE_OF_COLON.test(gap)
        ? [COMPOSED_RULE, listFrom(occs, k, PART_LABELS)]
        : INCLUDES.test(gap) && lists
          ? [INCLUDES_RULE, listed(k)]
          : CORE.test(gap) && lists
            ? [CORE_RULE, listed(k)]
            : ['', []];
    for (const p of parts) edge(p, whole.nodeId, rule, sentence);
  }

  // `该产品由加速器系统和治疗系统两部分构成`: the whole is the one device of the sentences just before.
  if (!occs[0] || !POINTER.test(gapText(model, s.start, occs[0].start))) return;
  const parts = madeOf(0);
  if (parts.length === 0) return;
  for (let back = sentence - 1; back >= Math.max(0, sentence - POINTER_REACH); back--) {
    if (model.sentences[back]?.section !== s.section) break;
    const named = supplyOccurrences(model).get(back) ?? [];
    // Outermost names only: `电子内窥镜` is one device, not two with its `内窥镜`.
    const devices = new Set(
      named
        .filter((o) => labelOf(o.nodeId) === 'Equipment')
        .filter(
          (o) =>
            !named.some(
              (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
            ),
        )
        .map((o) => o.nodeId),
    );
    // A part named there may be what the pointer means (`CT球管是CT的核心部件。其由…组成`): no reading.
    const partNamed = named.some((o) => isPart(o));
    if (devices.size === 0 && !partNamed) continue;
    const [only] = devices;
    if (devices.size === 1 && only && !partNamed)
      for (const p of parts) edge(p, only, ANAPHOR_RULE, sentence, back);
    return;
  }
};
