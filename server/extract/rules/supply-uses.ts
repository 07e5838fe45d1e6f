// What a part or a material goes into, as a text states it with the item first: `X可应用于A、B`,
// `X是关键原料，用于生产Y`, `X制成的A`, `X的应用主要在4个方面：A、B`, `X在A和B中的应用`, `A是B的核心部件`,
// `A相当于B的“心脏”`, `X是A的原材料`. Parts give PART_OF, materials USED_IN.
import type { NodeId } from '../../../core/model/ids';
import type { Occurrence } from '../types';
import { gapText } from '../plan-model';
import type { RuleContext } from './context';
import { ITEMS_JOINED, LIST_GAP, listBack, supplyOccurrences, type SupplyReader } from './supply-lists';

export const APPLIED_RULE = 'grammar:X应用于A';
export const MADE_INTO_RULE = 'grammar:X制成的A';
export const APPLICATIONS_RULE = 'grammar:X的应用：A、B';
export const CORE_PART_RULE = 'grammar:A是B的核心部件';
export const RAW_MATERIAL_RULE = 'grammar:X是A的原材料';
export const USE_IN_RULE = 'grammar:X在A中的应用';

const USERS = new Set(['Equipment', 'Component']);

/**
 * `X材料可应用于A、B`, `聚砜用来生产中空纤维膜`, `亲水涂层液，涂覆于球囊扩张导管和微导管表面`: the verb between an
 * item and its users.
 */
const APPLIED_TO =
  /^(?:材料|原料)?(?:(?:是|为|作为)(?:关键|核心|主要|重要)?(?:原料|材料|原材料)[，,]?)?(?:(?:因其?|由于其?|凭借其?)[^，,。；;]{1,16}?[，,]?)?(?:可|可以|能|能够|将|已|已经|现已|主要|广泛|大量|普遍|多|常|也|还|均|目前|逐步|被|批量|规模化|大规模|成功|率先|陆续|开始|正|逐渐|稳定)*(?:应用于|应用到|用于|用在|用来|用以|用作|用做|配套于|涂覆于|涂覆在|涂布于|喷涂于|喷涂在|包覆于|镀于)(?:生产|制造|制备|制作|绕制|加工|纺制)?$/;
/** `X制成的A`, `X加工成A`: a material made into its user. */
const MADE_INTO = /^(?:材料|原料)?(?:所)?(?:制成|制作|制造|加工成|做成|制备)的?$/;
/** `超导磁体产业的应用主要在4个方面：`: a part's or material's uses, listed after a colon. */
const APPLICATIONS =
  /^(?:产业|技术|产品)?的?(?:应用|用途)(?:领域|场景)?(?:主要|目前)?(?:在|包括|有|集中在|涉及)?[^，,。；;:：]{0,8}[:：]$/;
/** `可降解材料在骨科植入物和心血管支架中的应用`: 在 between the items and their users... */
const IN_USE = /^(?:等[^，,。；;在的]{0,8})?在$/;
/** ...and after the users (and any the reading did not name), where and the word for use. */
const USE_WORD =
  /^(?:[和及与、][^，,。；;()]{1,10}?)*(?:等[^，,。；;()中上里内]{0,6})?(?:中|上|里|内|领域|方面)?(?:的|得到|获得|有)?(?:了)?(?:广泛|大量|普遍)?的?(?:应用|使用|研究)/;
/** What joins the items before 在, read backwards: list separators, or 等 before the items' class. */
const ITEMS_BACK = /^(?:\([^()]*\))?(?:、|,|\/|及|和|与|以及|或|等)$/;
/**
 * `A是B的核心部件`, `A这一B的核心部件`, `A相当于B的“心脏”` (also 「大脑」, “眼睛”: the organ a part is likened
 * to): what joins a part to its user.
 */
const IS_PART_OF = /^(?:系统|组件)?等?(?:均|都|也|皆)?(?:是|即|为|作为|相当于|堪称|被称为|被誉为|这一|这个)$/;
/** After a material described in a clause: what it is held to be, up to its first user. */
const HELD_TO_BE =
  /^[^，,。；;:：]{0,30}[，,](?:它|其)?(?:已)?(?:是|被视为|被认为是|被誉为|被称为|成为|作为)(?:[^，,。；;:：的]{0,6})$/;
/** `聚醚醚酮是制造椎间融合器的理想材料`: a material's verb before its user. */
const IS_MATERIAL_OF =
  /^等?(?:均|都|也|皆)?(?:是|为|作为|用作|被用作)(?:目前|当前|现阶段)?(?:(?:制备|制造|生产|制作)?[^，,。；;:：的]{0,6})?$/;
/**
 * What follows the user: its class word at most, then 的 and the part word (the heart is the core part):
 * `…设备的核心部件`, `…最核心的部件`, `A和B共用的关键零部件` (B, a user not named, is passed over),
 * `A和B的共用部件`.
 */
const PART_WORD =
  /^(?:中|里|内|上)[^，,。；;:：的]{1,8}的(?:[一二两三四五六七八九十几]+[个类种大])?(?:零部件|部件|元器件|组件)|^(?:[和及与、][\u4e00-\u9fffA-Za-z0-9]{1,10}?)?(?:[\u4e00-\u9fff]{0,6}(?:仪器|设备|装备|系统|仪|机))?(?:中|里|内|上)?(?:的|最为|最|共用的|通用的|所需的)*["“「『'‘]?(?:心脏|大脑|眼睛|中枢|(?:核心|关键|共用|通用|重要|主要|不可或缺|必不可少)的?(?:零部件|部件|元器件|组件|组成部分))/;
/** `超导线材是超导磁体的主要原材料`: a material's word after its user. */
const MATERIAL_WORD =
  /^(?:研究|研发|开发|应用)?的?(?:最|最为)?(?:主要|关键|核心|重要|基础|常用|首选|理想|热点|候选)?的?(?:原材料|原料|材料)/;
/** A sentence that opens by pointing back to a material, then says what it is used in. */
const POINTED_MATERIAL =
  /^(?:[^，,。；;:：]{0,6}[，,])?(?:该材料|这种材料|此类材料|该类材料|这类材料|这一材料|该聚合物|该合金)[^，,。；;:：]{0,24}?[，,]?(?:因而|因此|故|目前|现已|已经|已)*(?:被)?(?:广泛|大量|主要|多|常|普遍)?(?:应用于|用于|用来|适用于|适合于?|可用于)(?:制作|制备|制造|生产|加工)?[^，,。；;:：的]{0,6}$/;
/** After a material described in a clause: what it suits, up to its first user (`，适用于制作自膨式A`). */
const SUITED_TO =
  /^[^，,。；;:：]{0,30}[，,](?:因而|因此|故|所以|从而|因此被)?(?:特别|尤其|非常|广泛)?(?:适用于|适合于?|适合用于|可用于|被用于|被广泛用于|广泛用于|常用于|多用于)(?:制作|制备|制造|生产|加工)?[^，,。；;:：的]{0,6}$/;

/** Item-first supply edges of one sentence, gathered by `reader`. */
export const useEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const { listFrom, edge } = reader;
  const s = model.sentences[sentence];
  if (!s) return;
  /** The first occurrence, when it is a machine (the sentence names nothing before it). */
  const firstUserAt = (i: number): number | undefined =>
    occs[i] && labelOf(occs[i]?.nodeId ?? ('' as NodeId)) === 'Equipment' ? i : undefined;
  /** The last of the users joined to `occs[i]` by list separators. */
  const usersTo = (i: number, labels: readonly string[]): number => {
    let k = i;
    for (let next = occs[k + 1]; next; next = occs[++k + 1]) {
      const joined = LIST_GAP.test(gapText(model, occs[k]?.end ?? 0, next.start));
      if (!joined || !labels.includes(labelOf(next.nodeId) ?? '')) break;
    }
    return k;
  };
  /** The item `occs[i]` and the items of its label joined to it before it, nearest first. */
  const itemsBack = (i: number): NodeId[] => listBack(ctx, occs, i, ITEMS_JOINED, true).map((o) => o.nodeId);
  /** `A、B等X在U和V中的应用`: A, B and X each go into U and V. */
  const inUse = (i: number): void => {
    const last = usersTo(i + 1, ['Equipment']);
    const end = occs[last]?.end ?? 0;
    if (!USE_WORD.test(gapText(model, end, Math.min(s.end, end + 24)))) return;
    const items: Occurrence[] = [];
    for (let k = i, after = occs[i + 1]; k >= 0; k--) {
      const o = occs[k];
      if (!o || !after) break;
      // A short name in brackets (`聚醚醚酮（PEEK）、…`) is its item's gloss: the list reads on past it.
      const glossed = occs[k - 1];
      if (k < i && glossed && gapText(model, glossed.end, o.start) === '(') continue;
      if (k < i && !ITEMS_BACK.test(gapText(model, o.end, after.start).replace(/^\)/, ''))) break;
      if (labelOf(o.nodeId) !== labelOf(occs[i]?.nodeId ?? o.nodeId)) break;
      items.push(o);
      after = o;
    }
    for (const item of items)
      for (const u of occs.slice(i + 1, last + 1)) edge(item.nodeId, u.nodeId, USE_IN_RULE, sentence);
  };
  // `谐波减速器体积小、传动比大，是手术机器人和工业协作机器人共用的关键零部件`: the sentence's subject,
  // described, then `，是` and its users.
  const subject = occs[0];
  const firstUser = occs[1];
  if (
    subject &&
    firstUser &&
    ['Component', 'Material'].includes(labelOf(subject.nodeId) ?? '') &&
    labelOf(firstUser.nodeId) === 'Equipment' &&
    gapText(model, s.start, subject.start) === '' &&
    /^[^，,。；;:：]{0,24}[，,](?:它|其)?是$/.test(gapText(model, subject.end, firstUser.start))
  ) {
    const last = usersTo(1, ['Equipment']);
    const end = occs[last]?.end ?? 0;
    if (PART_WORD.test(gapText(model, end, Math.min(s.end, end + 16))))
      for (const u of occs.slice(1, last + 1)) edge(subject.nodeId, u.nodeId, CORE_PART_RULE, sentence);
  }
  // `镁合金具有良好的生物相容性…，被视为新一代可降解血管支架和骨科内固定器械的理想材料`: a material
  // described, then what it is held to be the material of.
  if (
    subject &&
    firstUser &&
    labelOf(subject.nodeId) === 'Material' &&
    labelOf(firstUser.nodeId) === 'Equipment' &&
    /^(?:[^，,。；;:：]{0,4}[:：])?$/.test(
      gapText(model, Math.max(s.start, model.text.lastIndexOf('\n', subject.start) + 1), subject.start),
    ) &&
    HELD_TO_BE.test(gapText(model, subject.end, firstUser.start))
  ) {
    const last = usersTo(1, ['Equipment']);
    const end = occs[last]?.end ?? 0;
    if (MATERIAL_WORD.test(gapText(model, end, Math.min(s.end, end + 16))))
      for (const u of occs.slice(1, last + 1)) edge(subject.nodeId, u.nodeId, RAW_MATERIAL_RULE, sentence);
  }
  // `聚氨酯……。该材料已被广泛用于人工心脏瓣膜和人工血管`: a material pointed back to, named alone in the
  // sentence before (or its section's heading).
  const pointed = firstUserAt(0);
  if (
    pointed !== undefined &&
    POINTED_MATERIAL.test(gapText(model, s.start, occs[pointed]?.start ?? s.start))
  )
    for (let back = sentence - 1; back >= Math.max(0, sentence - 2); back--) {
      if (model.sentences[back]?.section !== s.section && back !== sentence - 1) break;
      const named = supplyOccurrences(model).get(back) ?? [];
      const materials = new Set(named.filter((o) => labelOf(o.nodeId) === 'Material').map((o) => o.nodeId));
      if (named.length === 0) continue;
      const [only] = materials;
      if (materials.size === 1 && only && !reader.generic(only)) {
        // The outermost names only (`人工心脏瓣膜`, not its `心脏瓣膜`), joined by list separators.
        const outer = occs.filter(
          (o) =>
            !occs.some(
              (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
            ),
        );
        const users = [outer[0]];
        for (let k = 1; k < outer.length; k++) {
          const prev = outer[k - 1];
          const o = outer[k];
          if (
            !prev ||
            !o ||
            labelOf(o.nodeId) !== 'Equipment' ||
            !LIST_GAP.test(gapText(model, prev.end, o.start))
          )
            break;
          users.push(o);
        }
        for (const u of users) if (u) edge(only, u.nodeId, APPLIED_RULE, sentence, back);
      }
      break;
    }
  // `镍钛合金具有超弹性和形状记忆效应，适用于制作自膨式血管支架`: a material described, then what it suits.
  if (
    subject &&
    firstUser &&
    labelOf(subject.nodeId) === 'Material' &&
    USERS.has(labelOf(firstUser.nodeId) ?? '') &&
    gapText(model, s.start, subject.start) === '' &&
    SUITED_TO.test(gapText(model, subject.end, firstUser.start))
  )
    for (const u of occs.slice(1, usersTo(1, [labelOf(firstUser.nodeId) ?? '']) + 1))
      edge(subject.nodeId, u.nodeId, APPLIED_RULE, sentence);
  for (let i = 0; i + 1 < occs.length; i++) {
    const o = occs[i];
    const next = occs[i + 1];
    if (!o || !next) continue;
    const label = labelOf(o.nodeId);
    const nextLabel = labelOf(next.nodeId);
    // `热塑性聚氨酯（TPU）用于冠脉微导管`: the verb after a short name in brackets is its item's.
    const gap = gapText(model, o.end, next.start).replace(
      /^\)(?=.)/,
      /[(（]$/.test(model.text.slice(Math.max(0, o.start - 1), o.start)) ? '' : ')',
    );
    if (label !== 'Component' && label !== 'Material') continue;
    // `超导磁体产业的应用主要在4个方面：A、B`.
    if (nextLabel === 'Equipment' && APPLICATIONS.test(gap))
      for (const u of listFrom(occs, i + 1, ['Equipment'])) edge(o.nodeId, u, APPLICATIONS_RULE, sentence);
    // `球管这一CT的核心部件`, `超导线材是超导磁体的主要原材料`, `柔轮是谐波减速器的核心部件`; every item
    // of a list that ends right before the verb (`涡轮风机和比例电磁阀是…`, `钴铬合金、镍钛合金等是…`).
    if (USERS.has(nextLabel ?? '') && (IS_PART_OF.test(gap) || IS_MATERIAL_OF.test(gap))) {
      const after = gapText(model, next.end, Math.min(s.end, next.end + 16));
      // `比例电磁阀是呼吸机和麻醉机的共用部件`: every user the list names.
      const last = nextLabel === 'Equipment' ? usersTo(i + 1, ['Equipment']) : i + 1;
      const end = occs[last]?.end ?? next.end;
      // `CMOS图像传感器被誉为…`: the whole name written there, not the name inside it that ends with it.
      const whole = occs.findIndex((x) => x !== o && x.start < o.start && x.end === o.end);
      const items = itemsBack(whole >= 0 ? whole : i);
      if (IS_PART_OF.test(gap) && PART_WORD.test(gapText(model, end, Math.min(s.end, end + 16))))
        for (const item of items)
          for (const u of occs.slice(i + 1, last + 1)) edge(item, u.nodeId, CORE_PART_RULE, sentence);
      else if (label === 'Material' && MATERIAL_WORD.test(after))
        for (const item of items) edge(item, next.nodeId, RAW_MATERIAL_RULE, sentence);
    }
    if (IN_USE.test(gap) && labelOf(next.nodeId) === 'Equipment') inUse(i);
    const applied = APPLIED_TO.test(gap.replace(/^[，,]/, ''));
    const made = /(?:生产|制造|制备|制作|绕制|加工|纺制)$/.test(gap);
    const users = () => occs.slice(i + 1, Math.max(usersTo(i + 1, ['Equipment']), i + 1) + 1);
    // `涡轮风机主要用于呼吸机和制氧机`: a part that goes into devices is a part of each.
    if (label === 'Component' && nextLabel === 'Equipment' && applied && !made) {
      for (const item of itemsBack(i).filter((x) => !reader.generic(x)))
        for (const u of users()) edge(item, u.nodeId, APPLIED_RULE, sentence);
      continue;
    }
    if (label !== 'Material') continue;
    const prev = occs[i - 1];
    // The materials the verb speaks of: the list that ends right before it, and the members of a list
    // its class closes (`聚乳酸、聚己内酯等可降解材料已用于…`).
    const members = (): NodeId[] => [
      ...itemsBack(i).filter((x) => !reader.generic(x)),
      ...(prev && labelOf(prev.nodeId) === 'Material' && gapText(model, prev.end, o.start) === '等'
        ? itemsBack(i - 1).filter((x) => !reader.generic(x))
        : []),
    ];
    // `镍钛合金制成的支架`: a material made into a device or a part.
    if (MADE_INTO.test(gap) && USERS.has(nextLabel ?? '')) {
      for (const item of members()) edge(item, next.nodeId, MADE_INTO_RULE, sentence);
      continue;
    }
    if (!applied) continue;
    // `聚砜是关键原料，用于生产…`: a class word after 是 stands for the material before it.
    const named =
      listFrom(occs, i, ['Material']).length > 0 || members().length > 0
        ? members()
        : prev && /^(?:是|为|作为)$/.test(gapText(model, prev.end, o.start))
          ? listFrom(occs, i - 1, ['Material']).slice(0, 1)
          : [];
    // `用于生产中空纤维膜`: a material made into a part; otherwise the users are equipment.
    if (nextLabel !== 'Equipment' && !(made && nextLabel === 'Component')) continue;
    for (const item of named) for (const u of users()) edge(item, u.nodeId, APPLIED_RULE, sentence);
  }
};
