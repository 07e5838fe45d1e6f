// Supply-chain phrases besides `X用Y`: `用于A的B`, `A配套B`, `A的核心部件/关键零部件B`, `A关键材料B`
// and `用于A……包括B、C`. Parts give PART_OF, materials USED_IN; each list item joined by 、/和/及 counts.
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { gapText, sentenceEvidence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { compositionEdges } from './supply-composition';

/** What may sit between two items of one list. */
const LIST_GAP = /^(?:\([^()]*\))?(?:、|,|\/|及|和|与|以及|或)$/;

interface Phrase {
  readonly rule: string;
  /** The text between the user A and the first item B. */
  readonly gap: RegExp;
  /** Item labels the phrase can name. */
  readonly items: readonly string[];
}

const PHRASES: readonly Phrase[] = [
  { rule: 'grammar:A配套B', gap: /^(?:所?需?的?)?配套(?:的|用)?$/, items: ['Component', 'Material'] },
  {
    rule: 'grammar:A的核心部件B',
    gap: /^的?(?:核心|关键)(?:零部件|部件|元器件|器件)(?:[:：]|如|包括|主要是|有)?$/,
    items: ['Component', 'Material'],
  },
  {
    rule: 'grammar:A关键材料B',
    gap: /^的?(?:关键|核心)?材料(?:[:：]|如|包括|主要是|有)?$/,
    items: ['Material'],
  },
  { rule: 'grammar:用于A的B', gap: /^的$/, items: ['Component', 'Material'] },
  {
    rule: 'grammar:A所需的B',
    gap: /^(?:生产|制造)?所(?:需|需要|用)的?(?:关键|核心|主要)?(?:零部件|部件|元器件|材料|原材料|原料)?(?:[:：]|如|包括)?$/,
    items: ['Component', 'Material'],
  },
  {
    rule: 'grammar:A采用B',
    gap: /^(?:主要|多|大多|一般|通常|均|普遍)?(?:采用|使用|选用)了?$/,
    items: ['Component', 'Material'],
  },
  {
    rule: 'grammar:A上游的B',
    gap: /^(?:产业链)?上游(?:的|关键|核心)*(?:零部件|部件|元器件|材料|原材料|原料)?(?:[:：]|如|包括)?$/,
    items: ['Component', 'Material'],
  },
];
/** `A中的B`: only an equipment A, and only its parts or materials (never `产品中的…` of a class). */
const IN_EQUIPMENT = /^(?:中|里|内|内部|当中)的(?:核心|关键)?$/;

const USERS = new Set(['Equipment', 'Component']);

/** What follows the last user of `用于A、B` before its item: `的`, or `等<class>的` (`等医疗器械产品的`). */
const USERS_THEN_ITEM = /^(?:等[^,;:等的]{0,10})?的$/;
/** `X材料可应用于A、B`: the verb between an item and its users. */
const APPLIED_TO =
  /^(?:(?:是|为|作为)(?:关键|核心|主要|重要)?(?:原料|材料|原材料)[，,]?)?(?:可|可以|能|能够|将|已|主要|广泛|被)*(?:应用于|用于)(?:生产|制造|制备|制作)?$/;
/** `X制成的A`, `X加工成A`: a material made into its user. */
const MADE_INTO = /^(?:制成|制作|制造|加工成|做成|制备)的?$/;
/** A lead before the items of a list (`，包括P、Q`). */
const ITEMS_LEAD = /(?:包括|主要有|主要包括|如)[:：]?$/;

type ListFrom = (occs: readonly Occurrence[], i: number, labels: readonly string[]) => NodeId[];
type Edge = (item: NodeId, user: NodeId, rule: string, sentence: number) => void;

/**
 * Supply lists with several users: `用于A、B、C的X材料，包括P、Q` (X, P and Q each USED_IN A, B and C)
 * and `X材料可应用于A、B`. A single user with a bare `的` is `grammar:用于A的B`.
 */
const userListEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  listFrom: ListFrom,
  edge: Edge,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  const usersFrom = (i: number, labels: readonly string[]): number => {
    let k = i;
    while (
      k + 1 < occs.length &&
      labels.includes(labelOf(occs[k + 1]?.nodeId ?? ('' as NodeId)) ?? '') &&
      /^(?:\([^()]*\))?(?:、|,|\/|及|和|与|以及|或)$/.test(
        gapText(model, occs[k]?.end ?? 0, occs[k + 1]?.start ?? 0),
      )
    )
      k++;
    return k;
  };
  for (let i = 0; i < occs.length; i++) {
    const a = occs[i];
    if (!a || !USERS.has(labelOf(a.nodeId) ?? '')) continue;
    if (gapText(model, Math.max(s.start, a.start - 2), a.start) !== '用于') continue;
    const last = usersFrom(i, ['Equipment', 'Component']);
    const users = occs.slice(i, last + 1).map((o) => o.nodeId);
    const next = occs[last + 1];
    const lastUser = occs[last];
    if (!next || !lastUser) continue;
    const gap = gapText(model, lastUser.end, next.start);
    if (!USERS_THEN_ITEM.test(gap) || (users.length === 1 && gap === '的')) continue;
    const items = listFrom(occs, last + 1, ['Component', 'Material']);
    const lead = occs.findIndex(
      (o, k) => k > last + 1 && ITEMS_LEAD.test(gapText(model, occs[k - 1]?.end ?? 0, o.start)),
    );
    if (items.length > 0 && lead >= 0) items.push(...listFrom(occs, lead, ['Material']));
    for (const item of items) for (const u of users) edge(item, u, 'grammar:用于A、B的X', sentence);
  }
  for (let i = 0; i + 1 < occs.length; i++) {
    const o = occs[i];
    const next = occs[i + 1];
    if (!o || !next || labelOf(o.nodeId) !== 'Material') continue;
    // `镍钛合金制成的支架`: a material made into a device or a part.
    if (MADE_INTO.test(gapText(model, o.end, next.start)) && USERS.has(labelOf(next.nodeId) ?? '')) {
      if (listFrom(occs, i, ['Material']).length > 0)
        edge(o.nodeId, next.nodeId, 'grammar:X制成的A', sentence);
      continue;
    }
    if (!APPLIED_TO.test(gapText(model, o.end, next.start).replace(/^[，,]/, ''))) continue;
    // `聚砜是关键原料，用于生产…`: a class word after 是 stands for the material before it.
    const prev = occs[i - 1];
    const named =
      listFrom(occs, i, ['Material']).length > 0
        ? o.nodeId
        : prev && /^(?:是|为|作为)$/.test(gapText(model, prev.end, o.start))
          ? listFrom(occs, i - 1, ['Material'])[0]
          : undefined;
    if (!named) continue;
    const last = usersFrom(i + 1, ['Equipment']);
    const made = /(?:生产|制造|制备|制作)$/.test(gapText(model, o.end, next.start));
    // `用于生产中空纤维膜`: a material made into a part; otherwise the users are equipment.
    if (labelOf(next.nodeId) !== 'Equipment' && !(made && labelOf(next.nodeId) === 'Component')) continue;
    for (const u of occs.slice(i + 1, Math.max(last, i + 1) + 1))
      edge(named, u.nodeId, 'grammar:X应用于A', sentence);
  }
};

/** `A是B的核心部件`, `A这一B的核心部件`, `A相当于B的“心脏”`: what joins a part to its user. */
const IS_PART_OF = /^(?:系统|组件)?(?:是|即|为|作为|相当于|堪称|被称为|被誉为|这一|这个)$/;
/** What follows the user: its class word at most, then 的 and the part word (the heart is the core part). */
const PART_WORD =
  /^(?:[\u4e00-\u9fff]{0,6}(?:仪器|设备|装备|系统|仪|机))?的?["“]?(?:心脏|核心部件|核心零部件|关键部件|关键零部件|核心元器件|关键元器件|核心组件)/;
/** `超导线材是超导磁体的主要原材料`: a material's word after its user. */
const MATERIAL_WORD = /^的?(?:主要|关键|核心|重要|基础)?(?:原材料|原料|材料)/;

/** `球管这一CT的核心部件`, `超导磁体相当于磁共振仪的“心脏”`: A PART_OF (USED_IN for a material) B. */
const corePartEdges = (ctx: RuleContext, sentence: number, occs: readonly Occurrence[], edge: Edge): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  for (let i = 0; i + 1 < occs.length; i++) {
    const a = occs[i];
    const b = occs[i + 1];
    if (!a || !b || !USERS.has(labelOf(b.nodeId) ?? '')) continue;
    const l = labelOf(a.nodeId);
    if (l !== 'Component' && l !== 'Material') continue;
    if (!IS_PART_OF.test(gapText(model, a.end, b.start))) continue;
    const after = gapText(model, b.end, Math.min(s.end, b.end + 16));
    if (labelOf(b.nodeId) === 'Equipment' && PART_WORD.test(after))
      edge(a.nodeId, b.nodeId, 'grammar:A是B的核心部件', sentence);
    else if (l === 'Material' && MATERIAL_WORD.test(after))
      edge(a.nodeId, b.nodeId, 'grammar:X是A的原材料', sentence);
  }
};

export const supplyPhrases = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const names = new Map<NodeId, string>(ctx.curated.lexicon.map((e) => [e.id, e.name]));
  for (const d of model.discovered) names.set(d.id, d.name);
  const idName = (id: NodeId): string => names.get(id) ?? '';
  const out: EdgeDraft[] = [];
  const edge = (item: NodeId, user: NodeId, rule: string, sentence: number): void => {
    const type = labelOf(item) === 'Material' ? 'USED_IN' : 'PART_OF';
    out.push({
      type,
      source: item,
      target: user,
      basis: 'stated',
      rule,
      evidence: [sentenceEvidence(model, sentence)],
    });
  };
  /** A class rather than a thing (`关键材料`, `核心零部件`): generic modifiers and a head only. */
  const generic = (id: NodeId): boolean => {
    let rest = idName(id);
    for (let changed = true; changed;) {
      changed = false;
      const g = ctx.curated.discovery.genericModifiers.find(
        (m) => rest.startsWith(m) && rest.length > m.length,
      );
      if (g) {
        rest = rest.slice(g.length);
        changed = true;
      }
    }
    return Object.values(ctx.curated.discovery.heads).some((hs) => hs.includes(rest));
  };
  /** The items from `occs[i]` on: it and each next occurrence joined by a list separator. */
  const listFrom = (occs: readonly Occurrence[], i: number, labels: readonly string[]): NodeId[] => {
    const items: NodeId[] = [];
    let prev: Occurrence | undefined;
    for (let k = i; k < occs.length; k++) {
      const o = occs[k];
      // A gloss of the item before it (`超导核磁共振成像装置(MRI)`) is no item of its own.
      // nor is a name inside the item (`磁共振成像` of `超导核磁共振成像装置`).
      if (prev && o && (o.start < prev.end || /^\($/.test(gapText(model, prev.end, o.start)))) continue;
      if (!o || !labels.includes(labelOf(o.nodeId) ?? '')) break;
      if (prev && !LIST_GAP.test(gapText(model, prev.end, o.start))) break;
      if (!generic(o.nodeId)) items.push(o.nodeId);
      prev = o;
    }
    return items;
  };
  for (const [sentence, occs] of model.bySentence) {
    const s = model.sentences[sentence];
    if (!s) continue;
    for (let i = 0; i + 1 < occs.length; i++) {
      const a = occs[i];
      const b = occs[i + 1];
      if (!a || !b || !USERS.has(labelOf(a.nodeId) ?? '')) continue;
      const gap = gapText(model, a.end, b.start);
      const before = gapText(model, Math.max(s.start, a.start - 2), a.start);
      for (const p of PHRASES) {
        if (!p.gap.test(gap)) continue;
        // `用于A的B` needs its 用于 right before A.
        if (p.rule === 'grammar:用于A的B' && before !== '用于') continue;
        for (const item of listFrom(occs, i + 1, p.items)) edge(item, a.nodeId, p.rule, sentence);
        break;
      }
    }
    userListEdges(ctx, sentence, occs, listFrom, edge);
    corePartEdges(ctx, sentence, occs, edge);
    compositionEdges(ctx, sentence, occs, listFrom, edge);
    for (let i = 0; i + 1 < occs.length; i++) {
      const a = occs[i];
      const b = occs[i + 1];
      if (!a || !b || labelOf(a.nodeId) !== 'Equipment') continue;
      if (!IN_EQUIPMENT.test(gapText(model, a.end, b.start))) continue;
      for (const item of listFrom(occs, i + 1, ['Component', 'Material']))
        edge(item, a.nodeId, 'grammar:A中的B', sentence);
    }
    // `A的B、C等核心部件`: the parts listed between A的 and the class.
    for (let i = 0; i + 1 < occs.length; i++) {
      const a = occs[i];
      const b = occs[i + 1];
      if (!a || !b || labelOf(a.nodeId) !== 'Equipment' || gapText(model, a.end, b.start) !== '的') continue;
      const items = listFrom(occs, i + 1, ['Component']);
      let k = i + 1;
      while (k + 1 < occs.length && items.includes(occs[k + 1]?.nodeId ?? ('' as NodeId))) k++;
      // Members the reading did not name may stand before 等 (`、高压发生器等核心部件`).
      const tail = gapText(model, occs[k]?.end ?? 0, Math.min(s.end, (occs[k]?.end ?? 0) + 40));
      if (!/^(?:[、和及与][^、,;:()等的]{1,12})*等(?:核心|关键)?(?:零部件|部件|元器件|器件)/.test(tail))
        continue;
      for (const item of items) edge(item, a.nodeId, 'grammar:A的B等核心部件', sentence);
    }
    // `用于A……包括B、C`: the one user after 用于, then the list after 包括/如/主要有.
    const text = model.sentenceNorms[sentence] ?? '';
    if (!text.includes('用于') || !/包括|主要有|如/.test(text)) continue;
    const at = model.text.indexOf('用于', s.start);
    const user = occs.find((o) => o.start >= at + 2 && gapText(model, at + 2, o.start) === '');
    if (!user || !USERS.has(labelOf(user.nodeId) ?? '')) continue;
    const others = occs.filter((o) => o !== user && o.start > user.end && labelOf(o.nodeId) === 'Equipment');
    const listAt = occs.findIndex(
      (o) => o.start > user.end && /(?:包括|主要有|如)[:：]?$/.test(gapText(model, user.end, o.start)),
    );
    const first = occs[listAt];
    if (!first || others.some((o) => o.start < first.start)) continue;
    for (const item of listFrom(occs, listAt, ['Component', 'Material']))
      edge(item, user.nodeId, 'grammar:用于A包括B', sentence);
  }
  return out;
};
