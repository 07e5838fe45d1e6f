// What every supply reading shares: the items of a list (`B、C和D`) as the text joins them, class
// words that are no item (`关键材料`), and the edge an item gives its user (PART_OF, USED_IN).
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { isLatin, normalizeTerm } from '../normalize';
import { gapText, sentenceEvidence, type PlanModel } from '../plan-model';
import { sentenceAt, sentenceFrom } from '../sentences';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';

/** What may sit between two items of one list. */
export const LIST_GAP = /^(?:\([^()]*\))?(?:、|,|\/|及|和|与|以及|或)$/;

/**
 * Members the reading did not name between two named items of one list (`谐波减速器、力传感器和伺服电机`
 * with 力传感器 unnamed): short runs between joiners, none of them holding a joiner, 等, 的 or a mark.
 */
const LOOSE_LIST_GAP = /^[、和及与](?:[^、和及与,，;；:：()（）等的]{1,8}[、和及与])+$/;
/** Heads after which even a modifier of purpose leaves a class (`医用材料`, `医疗设备`). */
const CLASS_HEADS = new Set([
  '材料',
  '原材料',
  '原料',
  '零部件',
  '部件',
  '元器件',
  '器件',
  '组件',
  '设备',
  '装备',
  '器械',
  '仪器',
  '系统',
  '装置',
]);
/** Generic modifiers that say what a thing is for or how it is built, not how good or new it is. */
const PURPOSE_MODIFIERS = new Set(['专用', '医用', '医疗', '精密', '整机']);
/**
 * Kinds of engineering that, before a class head, still leave a class (`电子元器件包括FPGA、ADC` lists
 * members of a kind, not the parts of a thing called 电子元器件).
 */
const KIND_OF_CLASS = /^(?:电子|光学|机械|电气|电子电气|机电|结构|光电)(?=.)/;
/**
 * Heads of parts and materials that, written bare, still name a class in a list of things (a list of
 * chips or of films says no more than 芯片、材料); other heads of parts written bare (`编码器`, `球管`,
 * `滑环`, `传感器`) name the one kind of part the sentence means.
 */
const CLASS_LIKE_HEADS = new Set([
  '芯片',
  '元器件',
  '零部件',
  '模组',
  '材料',
  '试剂',
  '膜',
  '电源',
  '管',
  '阀',
  '泵',
]);
/** Words for a maker or a trade, never a part or a material. */
const MAKER = /^(?:供应商|供货商|厂商|厂家|制造商|生产商|企业|公司|业者)$/;
/** Heads that name a class of parts or materials, never one part. */
const BROAD_HEADS = new Set(['零部件', '部件', '元器件', '器件', '组件', '材料', '原材料', '原料']);

/** What joins the items of a list read backwards from its last item (no comma: a clause ends there). */
export const ITEMS_JOINED = /^(?:\([^()]*\))?(?:、|\/|及|和|与|以及|或)$/;

/**
 * The occurrence `occs[i]` and the occurrences of its label joined to it before it by `joiners` (read
 * on the text between two of them), nearest first. With `skipGlosses`, a name in brackets right after
 * the one before it (`膨体聚四氟乙烯（ePTFE）和涤纶`) is that one's gloss, no item of its own.
 */
export const listBack = (
  ctx: RuleContext,
  occs: readonly Occurrence[],
  i: number,
  joiners: RegExp,
  skipGlosses = false,
): Occurrence[] => {
  const { model, labelOf } = ctx;
  const label = labelOf(occs[i]?.nodeId ?? ('' as NodeId));
  const items: Occurrence[] = [];
  let after: Occurrence | undefined;
  for (let k = i; k >= 0; k--) {
    const o = occs[k];
    const before = occs[k - 1];
    if (skipGlosses && o && k < i && before && gapText(model, before.end, o.start) === '(') continue;
    if (!o || labelOf(o.nodeId) !== label) break;
    if (after && !joiners.test(gapText(model, o.end, after.start))) break;
    items.push(o);
    after = o;
  }
  return items;
};

/** The items from `occs[i]` on: it and each next occurrence of `labels` joined by a list separator. */
export type ListFrom = (occs: readonly Occurrence[], i: number, labels: readonly string[]) => NodeId[];
/** Records that `item` goes into `user`, stated by `sentence` (and `also`, a sentence it leans on). */
export type Edge = (item: NodeId, user: NodeId, rule: string, sentence: number, also?: number) => void;

export interface SupplyReader {
  readonly listFrom: ListFrom;
  readonly edge: Edge;
  /** A class rather than a thing (`关键材料`, `核心零部件`): generic modifiers and a head only. */
  readonly generic: (id: NodeId) => boolean;
  /** A class even where a bare head names a thing (`若干只探头` in a list of parts is the probes). */
  readonly broad: (id: NodeId) => boolean;
  readonly edges: EdgeDraft[];
  /** True when an edge from `item` has evidence that starts at `start` (a sentence's start). */
  readonly hasEvidence: (item: NodeId, start: number) => boolean;
  /** True when an edge runs from `item` to `user`. */
  readonly linked: (item: NodeId, user: NodeId) => boolean;
}

/** A reader over one plan: its list reading and the edges it gathers (a material USED_IN, a part PART_OF). */
export const supplyReader = (ctx: RuleContext): SupplyReader => {
  const { model, labelOf } = ctx;
  const names = new Map<NodeId, string>(ctx.curated.lexicon.map((e) => [e.id, e.name]));
  for (const d of model.discovered) names.set(d.id, d.name);
  const { genericModifiers, heads } = ctx.curated.discovery;
  const headNames = Object.values(heads);
  const bareHeads = new Set(headNames.flat());
  const thingHeads = new Set([...heads.Component, ...heads.Material].filter((h) => !CLASS_LIKE_HEADS.has(h)));
  /**
   * A class rather than a thing (`关键材料`, `核心零部件`, `高端芯片`): generic modifiers and a head only.
   * A modifier that says what the thing is for (`专用芯片`, `医用硅胶`) names a thing with a narrow head;
   * only before a class word (`医用材料`) does it name a class.
   */
  const generic = (id: NodeId): boolean => {
    let rest = names.get(id) ?? '';
    // A modifier alone (`核心` cut from `其核心零部件`) names nothing.
    if (genericModifiers.includes(rest)) return true;
    let graded = false;
    for (let changed = true; changed;) {
      changed = false;
      const g = genericModifiers.find((m) => rest.startsWith(m) && rest.length > m.length);
      if (g) {
        rest = rest.slice(g.length);
        graded ||= !PURPOSE_MODIFIERS.has(g);
        changed = true;
      }
    }
    if (CLASS_HEADS.has(rest.replace(KIND_OF_CLASS, ''))) return true;
    return (
      headNames.some((hs) => hs.includes(rest)) &&
      (graded || (rest === names.get(id) && !thingHeads.has(rest)) || CLASS_HEADS.has(rest))
    );
  };
  const listFrom: ListFrom = (occs, i, labels) => {
    const items: NodeId[] = [];
    let prev: Occurrence | undefined;
    for (let k = i; k < occs.length; k++) {
      const o = occs[k];
      // A gloss of the item before it (`超导核磁共振成像装置(MRI)`) is no item of its own, nor is a
      // name inside the item (`磁共振成像` of `超导核磁共振成像装置`).
      if (prev && o && (o.start < prev.end || /^\($/.test(gapText(model, prev.end, o.start)))) continue;
      // A name at the head of a longer one (`图像处理` of `图像处理器`) gives way to it.
      const longer = occs[k + 1];
      if (o && longer?.start === o.start && longer.end > o.end) continue;
      if (!o || !labels.includes(labelOf(o.nodeId) ?? '')) break;
      if (
        prev &&
        !LIST_GAP.test(gapText(model, prev.end, o.start)) &&
        !LOOSE_LIST_GAP.test(gapText(model, prev.end, o.start))
      )
        break;
      if (!generic(o.nodeId)) items.push(o.nodeId);
      prev = o;
    }
    return items;
  };
  const edges: EdgeDraft[] = [];
  // The rules ask per part whether it has an edge already: indexed, not a scan of every edge so far.
  const starts = new Map<NodeId, Set<number>>();
  const users = new Map<NodeId, Set<NodeId>>();
  const edge: Edge = (item, user, rule, sentence, also) => {
    const userName = names.get(user) ?? '';
    // Nothing goes into a class (`关键零部件`, `医疗设备`); a bare head of a thing (`支架`) is that thing.
    if (item === user || (generic(user) && (!bareHeads.has(userName) || CLASS_HEADS.has(userName)))) return;
    // A maker is no part (`核心部件供应商` read as a part named 供应商).
    if (MAKER.test(names.get(item) ?? '')) return;
    const evidence = [sentenceEvidence(model, sentence)];
    if (also !== undefined && also !== sentence) evidence.unshift(sentenceEvidence(model, also));
    edges.push({
      type: labelOf(item) === 'Material' ? 'USED_IN' : 'PART_OF',
      source: item,
      target: user,
      basis: 'stated',
      rule,
      evidence,
    });
    const at = starts.get(item) ?? new Set<number>();
    for (const e of evidence) at.add(e.start);
    starts.set(item, at);
    users.set(item, (users.get(item) ?? new Set<NodeId>()).add(user));
  };
  const hasEvidence = (item: NodeId, start: number): boolean => starts.get(item)?.has(start) ?? false;
  const linked = (item: NodeId, user: NodeId): boolean => users.get(item)?.has(user) ?? false;
  const broad = (id: NodeId): boolean => {
    const name = names.get(id) ?? '';
    return generic(id) && (BROAD_HEADS.has(name) || genericModifiers.some((m) => name.startsWith(m)));
  };
  return { listFrom, edge, edges, generic, broad, hasEvidence, linked };
};

const SUPPLY_LABELS = new Set(['Equipment', 'Component', 'Material']);
/** Ids of the lexicon's devices, parts and materials (their label is the id's prefix). */
const SUPPLY_ID = /^(?:equipment|component|material):/;
/** Shorter discovered names are not looked for again: two characters are too often a piece of a word. */
const MIN_AGAIN = 3;
/**
 * A short name the text gives a thing in brackets right after its full name (`数字减影血管造影系统（DSA）`,
 * `硬管式内窥镜（硬镜）`, `（以下简称“CGM”）`): an abbreviation in capitals, or two to six Chinese characters
 * that share one with the full name (a maker in brackets, `光电倍增管（滨松）`, shares none) or that the
 * text says it calls the thing (`AW-9麻醉工作站（以下简称“本机”）`).
 */
const GLOSS = /^[(（](?:以下)?(?:简称)?["“]?([A-Z][A-Z0-9-]{1,7}|[\u4e00-\u9fff]{2,6})["”]?[)）]/;
/** Brackets that say something else than a short name (`（含配套软件）`, `（下同）`). */
const NOT_SHORT_NAME = /^(?:以下|下同|简称|又称|即|含|包括|不含|如|例如|等)/;

/** Where a name is written in Latin letters only (`CT`, `PET/CT`): it is short already. */
const LATIN_ONLY = /^[A-Za-z0-9][A-Za-z0-9/+-]*$/;

/**
 * The short names `occurrences` are glossed with where the text first names them, with where their
 * brackets open. Capitals after a name written in Latin letters name its maker (`CT（GE）`), not it.
 */
const glossesOf = (model: PlanModel, occurrences: readonly Occurrence[]): Map<string, Set<number>> => {
  const out = new Map<string, Set<number>>();
  for (const o of occurrences) {
    const m = GLOSS.exec(model.text.slice(o.end, o.end + 16));
    const g = m?.[1];
    const full = model.text.slice(o.start, o.end);
    const latin = g !== undefined && /^[A-Z]/.test(g);
    if (latin && LATIN_ONLY.test(full)) continue;
    // `（以下简称“本机”）`: a short name the text says it gives is one whatever its characters.
    const stated = (m?.[0] ?? '').includes('简称');
    if (g && !NOT_SHORT_NAME.test(g) && (latin || stated || [...g].some((c) => full.includes(c))))
      out.set(normalizeTerm(g), (out.get(normalizeTerm(g)) ?? new Set<number>()).add(o.end));
  }
  return out;
};
/**
 * Heads of two characters that, written bare after the one part the text named with them (`柔性探针`,
 * `钨合金叶片`), point back to it (`探针长约5毫米`, `每片叶片由…驱动`).
 */
const BARE_HEADS = [
  '探针',
  '探头',
  '叶片',
  '磁体',
  '线圈',
  '球管',
  '电极',
  '晶片',
  '导线',
  '镜头',
  '滑环',
  '泵头',
];
/** What may stand right before such a bare head: a clause mark, a count or a pointer, a function word. */
const BARE_BEFORE =
  /^(?:|[\s，,。；;：:、（(“"]|[片个只根支台套颗枚块条每该这此其各的和与及在由是为对把将从])$/;
/** What may follow it: a clause mark or a word that starts the clause's predicate, never more noun. */
const BARE_AFTER =
  /^(?:|[\s，,。；;：:、）)”"的是由在为和与及上内中里长约多采用以则也都均已需可被负将会从把有通一两等仍还直])$/;
/** Every name of `byOffset` (a text's occurrences by sentence) between `from` and `to`, in order. */
export const occurrencesIn = (
  model: PlanModel,
  byOffset: ReadonlyMap<number, readonly Occurrence[]>,
  from: number,
  to: number,
): Occurrence[] => {
  const all: Occurrence[] = [];
  for (let s = sentenceFrom(model.sentences, from); s < model.sentences.length; s++) {
    const sentence = model.sentences[s];
    if (!sentence || sentence.start >= to) break;
    for (const o of byOffset.get(s) ?? []) if (o.start >= from && o.end <= to) all.push(o);
  }
  return all;
};

/**
 * The outermost of `all`, in their order: those no longer name of `all` holds (`CT探测器`, not its
 * `CT`). One sweep by start, longest first, so a whole page's names cost n log n, not n².
 */
export const outermost = (all: readonly Occurrence[]): Occurrence[] => {
  const order = all
    .map((_, i) => i)
    .sort((a, b) => all[a]!.start - all[b]!.start || all[b]!.end - all[a]!.end);
  const held = new Set<number>();
  /** The furthest end of the names starting before the current start, and of those starting at it. */
  let before = -1;
  let atStart = -1;
  let start = -1;
  for (const i of order) {
    const o = all[i]!;
    if (o.start !== start) [before, atStart, start] = [Math.max(before, atStart), -1, o.start];
    // Held when one starting earlier reaches as far, or one starting here reaches further.
    if (before >= o.end || atStart > o.end) held.add(i);
    atStart = Math.max(atStart, o.end);
  }
  return all.filter((_, i) => !held.has(i));
};

const cache = new WeakMap<PlanModel, ReadonlyMap<number, readonly Occurrence[]>>();

/**
 * The occurrences of each sentence the supply readings see: the model's, and every further place
 * where the name of a discovered device, part or material is written again outside any occurrence
 * (discovery names a part where a list or a head shows it; `为手术机器人配套谐波减速器` then names it
 * only by its name). Evidence stays the sentence, so every edge still quotes its text exactly.
 */
export const supplyOccurrences = (model: PlanModel): ReadonlyMap<number, readonly Occurrence[]> => {
  const known = cache.get(model);
  if (known) return known;
  const { norm } = model;
  const taken = new Uint8Array(model.text.length + 1);
  for (const o of model.occurrences) taken.fill(1, o.start, o.end);
  const extraTaken = new Uint8Array(model.text.length + 1);
  const extra: Occurrence[] = [];
  /** Model occurrences a longer discovered name written over them stands for (`CT` of `CT探测器`). */
  const covered = new Set<Occurrence>();
  /** The model occurrences inside [start, end) when every one that overlaps it lies inside, else none. */
  const inside = (sentence: number, start: number, end: number): Occurrence[] | undefined => {
    const overlap = (model.bySentence.get(sentence) ?? []).filter((o) => o.start < end && o.end > start);
    return overlap.every((o) => o.start >= start && o.end <= end && o.end - o.start < end - start)
      ? overlap
      : undefined;
  };
  const discovered = new Set<NodeId>(model.discovered.map((d) => d.id));
  /** Curated things the text glosses with a short name of its own, and their occurrences. */
  const curatedOccs = new Map<NodeId, Occurrence[]>();
  for (const o of model.occurrences)
    if (!discovered.has(o.nodeId) && SUPPLY_ID.test(o.nodeId))
      curatedOccs.set(o.nodeId, [...(curatedOccs.get(o.nodeId) ?? []), o]);
  // Where the text names each discovered thing: where discovery found it and every place its name is
  // written again (`AW-9麻醉工作站（以下简称“本机”）` may gloss a mention after the one discovery read).
  const writtenAt = (id: NodeId, name: string): Occurrence[] => {
    const out: Occurrence[] = [];
    if (name.length < MIN_AGAIN) return out;
    for (let from = norm.text.indexOf(name); from !== -1; from = norm.text.indexOf(name, from + 1)) {
      const start = norm.starts[from];
      const end = norm.ends[from + name.length - 1];
      if (start !== undefined && end !== undefined) out.push({ nodeId: id, start, end, sentence: -1 });
    }
    return out;
  };
  const things = [
    ...model.discovered
      .filter((d) => SUPPLY_LABELS.has(d.label))
      .map((d) => ({
        id: d.id,
        name: normalizeTerm(d.name),
        occurrences: [...d.occurrences, ...writtenAt(d.id, normalizeTerm(d.name))],
      })),
    ...[...curatedOccs].map(([id, occurrences]) => ({ id, name: '', occurrences })),
  ];
  // A gloss written after two names (not one inside the other) names neither: `呼吸机（GE）两台、监护仪（GE）
  // 六台` names their maker.
  const glossed = things.map((d) => glossesOf(model, d.occurrences));
  const glossedAt = new Map<string, Set<number>>();
  for (const [g, at] of glossed.flatMap((x) => [...x]))
    for (const a of at) glossedAt.set(g, (glossedAt.get(g) ?? new Set<number>()).add(a));
  for (const [k, d] of things.entries()) {
    const glosses = [...(glossed[k] ?? [])]
      .filter(([g, at]) => glossedAt.get(g)?.size === at.size)
      .map(([g]) => g);
    // A machine written in two capitals (`DR`, `MR`) is a word of its own: the Latin bounds below keep it
    // out of longer words.
    const forms = [d.name]
      .filter((f) => f.length >= MIN_AGAIN || (d.id.startsWith('equipment:') && /^[A-Z]{2}$/i.test(f)))
      .concat(glosses);
    for (const name of forms)
      for (let from = norm.text.indexOf(name); from !== -1; from = norm.text.indexOf(name, from + 1)) {
        const to = from + name.length;
        const start = norm.starts[from];
        const end = norm.ends[to - 1];
        if (start === undefined || end === undefined) continue;
        // A Latin name runs on into a longer one (`PET` of `PETCT`).
        if (
          (isLatin(name[0]) && isLatin(norm.text[from - 1])) ||
          (isLatin(name.at(-1)) && isLatin(norm.text[to]))
        )
          continue;
        // The gloss itself, in its brackets, is no further mention.
        if (glosses.includes(name) && /[(（]/.test(model.text[start - 1] ?? '')) continue;
        const sentence = sentenceAt(model.sentences, start);
        const s = model.sentences[sentence];
        if (!s || end > s.end || model.sections[s.section]?.kind === 'toc') continue;
        // Over shorter names only: the reading sees the whole name, as it does where discovery found it.
        const within = taken.subarray(start, end).some((x) => x === 1) ? inside(sentence, start, end) : [];
        if (!within || extraTaken.subarray(start, end).some((x) => x === 1)) continue;
        for (const o of within) covered.add(o);
        extraTaken.fill(1, start, end);
        extra.push({ nodeId: d.id, start, end, sentence });
      }
  }
  // `柔性探针……。探针长约5毫米`: a bare head written after the one part the text named with it.
  for (const head of BARE_HEADS) {
    const named = things.filter(
      (d) => d.name.length > head.length && d.name.endsWith(head) && d.id.startsWith('component:'),
    );
    const curatedSame = [...curatedOccs].some(
      ([id, os]) =>
        id.startsWith('component:') &&
        os.some((o) => normalizeTerm(model.text.slice(o.start, o.end)).endsWith(head)),
    );
    const [only] = named;
    if (named.length !== 1 || !only || curatedSame) continue;
    const firstAt = Math.min(...only.occurrences.map((o) => o.start));
    for (let at = model.text.indexOf(head, firstAt + 1); at !== -1; at = model.text.indexOf(head, at + 1)) {
      const end = at + head.length;
      if (!BARE_BEFORE.test(model.text[at - 1] ?? '') || !BARE_AFTER.test(model.text[end] ?? '')) continue;
      if (taken.subarray(at, end).some((x) => x === 1) || extraTaken.subarray(at, end).some((x) => x === 1))
        continue;
      const sentence = sentenceAt(model.sentences, at);
      const s = model.sentences[sentence];
      if (!s || end > s.end || model.sections[s.section]?.kind === 'toc') continue;
      extraTaken.fill(1, at, end);
      extra.push({ nodeId: only.id, start: at, end, sentence });
    }
  }
  const out = new Map<number, readonly Occurrence[]>(model.bySentence);
  for (const o of extra)
    out.set(
      o.sentence,
      [...(out.get(o.sentence) ?? []).filter((x) => !covered.has(x)), o].sort((a, b) => a.start - b.start),
    );
  cache.set(model, out);
  return out;
};
