// What a part or a device is made of, the user first: `其柔轮一般采用高强度合金钢`, `海波管材质为304不锈钢`,
// `背衬层同样由环氧树脂和钨粉混合制成`, `非顺应球囊则以聚对苯二甲酸乙二醇酯为原料`, `瓣叶取自牛心包`, and the
// material first: `以钴铬合金作内冠`, `以弛豫铁电单晶制作压电层`. Each material of the list is USED_IN the user written right
// before the verb; the grammar is the one discovery reads the names with (terms/material-uses.ts).
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import { MATERIAL_JOIN, USE_GAP, useCloses, useKindOf, type UseKind } from '../terms/material-uses';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import type { SupplyReader } from './supply-lists';

const RULES: Record<UseKind, string> = {
  adopt: 'grammar:A采用B',
  'is-made-of': 'grammar:A材质为M',
  'made-from': 'grammar:A由M制成',
  'from-raw': 'grammar:A以M为原料',
  'made-with': 'grammar:A用M制成',
  'taken-from': 'grammar:A取自M',
  coat: 'grammar:A采用B',
  is: 'grammar:A为M',
  'is-spoken': 'grammar:A是M做的',
};
export const MATERIAL_AS_PART_RULE = 'grammar:以M作A';
export const BASE_OF_RULE = 'grammar:以M为基体的A';
/** `以M（gloss）为基体的A`: what joins the materials to the thing they are the base of. */
const BASE_OF = /^(?:\([^()]*\))?为(?:主要|核心)?(?:基体|基材|原料|原材料|材料|载体|骨架|主材)的$/;
/** `基于M（gloss）(材料)的(小口径)A`: between the materials and the thing based on them. */
const BASED_ON = /^(?:\([^()]*\))?(?:材料)?的[^，,。；;:：的]{0,6}$/;

const USERS = new Set(['Equipment', 'Component']);
/** A layer or a face of the user written right after it (`外层`, `的基底`): its material is the user's. */
const LAYER_LEAD = /^的?(?:外层|内层|表层|外表面|内表面|表面|外壁|内壁|基底)(?=[^的]*$)/;
/** `以钴铬合金作内冠`: what joins the materials to the part they are made into. */
const MADE_AS = /^(?:作|做|作为|制作|制成)$/;
/** What joins two users that share one material clause (`外壳和端盖`): a joiner alone. */
const SUBJECT_JOIN = /^(?:、|和|与|及)$/;
/** A gloss's bracket opened right after a name, before the name inside it (`聚砜（PSU`). */
const GLOSS_OPEN = /^\($/;
/** What may stand right before a clause's subject: a clause mark or a line's opening. */
const CLAUSE_OPEN = /^[，,；;：:。\n]$/;
/** How far past the materials the closing words are looked for (`共挤制成`, `为原料`). */
const CLOSE_SPAN = 16;

/** Edges from the sentence's materials to the parts or devices said to be made of them. */
export const materialUseEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  reader: SupplyReader,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  const isMaterial = (o: Occurrence | undefined): o is Occurrence =>
    labelOf(o?.nodeId ?? ('' as NodeId)) === 'Material';
  /** Where the gloss's bracket opened at `from` closes (`（PSU）`, `（Ti6Al4V、Ti6Al7Nb）`), else `from`. */
  const glossEndAfter = (from: number): number => {
    const m = /^\s*[(（][^()（）]{1,24}[)）]/.exec(model.text.slice(from, s.end));
    return m ? from + m[0].length : from;
  };
  /** The materials of one list from `occs[i]` on, and the index of the last. */
  const listFrom = (i: number): { items: NodeId[]; last: number } => {
    const items: NodeId[] = [];
    let last = i;
    let glossEnd = 0;
    for (let k = i; k < occs.length; k++) {
      const o = occs[k];
      const prev = occs[last];
      if (!isMaterial(o) || !prev) break;
      // `聚砜（PSU）或316L不锈钢`: the names inside the gloss right after an item are that item again (its short
      // name, its grades), not the next items.
      if (o.start < glossEnd) continue;
      if (k > i && GLOSS_OPEN.test(gapText(model, prev.end, o.start))) {
        glossEnd = glossEndAfter(prev.end);
        if (o.start < glossEnd) continue;
      }
      if (k > i && (o.start < prev.end || !MATERIAL_JOIN.test(gapText(model, prev.end, o.start)))) break;
      if (!reader.generic(o.nodeId)) items.push(o.nodeId);
      last = k;
    }
    return { items, last };
  };
  /** The words after `occs[k]`, past a gloss, up to the end of the sentence. */
  const after = (k: number): string => {
    const end = occs[k]?.end ?? s.end;
    return gapText(model, end, Math.min(s.end, end + CLOSE_SPAN)).replace(/^\([^()]*\)/, '');
  };
  for (let j = 0; j < occs.length; j++) {
    const first = occs[j];
    // `基于聚氨酯的小口径人工血管`: the thing based on the materials.
    if (
      first &&
      isMaterial(first) &&
      gapText(model, Math.max(s.start, first.start - 2), first.start) === '基于'
    ) {
      const { items, last } = listFrom(j);
      const lastItem = occs[last];
      const user = occs[last + 1];
      if (
        user &&
        lastItem &&
        USERS.has(labelOf(user.nodeId) ?? '') &&
        BASED_ON.test(gapText(model, lastItem.end, user.start))
      )
        for (const item of items) reader.edge(item, user.nodeId, BASE_OF_RULE, sentence);
    }
    // `以钴铬合金作内冠`: the material first, the part after 作.
    if (
      first &&
      isMaterial(first) &&
      gapText(model, Math.max(s.start, first.start - 1), first.start) === '以'
    ) {
      const { items, last } = listFrom(j);
      const part = occs[last + 1];
      const lastItem = occs[last];
      if (
        part &&
        lastItem &&
        USERS.has(labelOf(part.nodeId) ?? '') &&
        MADE_AS.test(gapText(model, lastItem.end, part.start))
      )
        for (const item of items) reader.edge(item, part.nodeId, MATERIAL_AS_PART_RULE, sentence);
      // `以左旋聚乳酸（PLLA）为基体的生物可吸收支架`: the thing the materials are the base of.
      const user = occs.slice(last + 1).find((o) => USERS.has(labelOf(o.nodeId) ?? ''));
      if (user && lastItem && BASE_OF.test(gapText(model, lastItem.end, user.start)))
        for (const item of items) reader.edge(item, user.nodeId, BASE_OF_RULE, sentence);
    }
  }
  /** `外壳和端盖一般采用聚碳酸酯`: the users joined to `occs[i]` right before it share its materials. */
  const pairedSubjects = (i: number): Occurrence[] => {
    const out: Occurrence[] = [];
    for (let p = i - 1; p >= 0; p--) {
      const o = occs[p];
      const next = occs[p + 1];
      if (!o || !next || !USERS.has(labelOf(o.nodeId) ?? '') || o.end > next.start) break;
      if (!SUBJECT_JOIN.test(gapText(model, o.end, next.start))) break;
      out.push(o);
    }
    // The pair opens its clause (`；外壳和端盖…`): a pair inside a longer phrase (`A由B和C…`) is no subject.
    const opener = out.at(-1);
    const before = opener ? gapText(model, Math.max(s.start, opener.start - 1), opener.start) : '';
    return opener && (opener.start === s.start || CLAUSE_OPEN.test(before)) ? out : [];
  };
  for (let i = 0; i + 1 < occs.length; i++) {
    const user = occs[i];
    const first = occs[i + 1];
    if (!user || !first || !isMaterial(first)) continue;
    if (!USERS.has(labelOf(user.nodeId) ?? '')) continue;
    // A name inside a longer one (`手术器械` of `骨科手术器械`) is no user of its own.
    if (
      occs.some(
        (o) =>
          o !== user && o.start <= user.start && o.end >= user.end && o.end - o.start > user.end - user.start,
      )
    )
      continue;
    // `插入管外层多采用B`, `柔性传感器的基底多采用B`: a layer of the user, unnamed, before the verb.
    const gap = gapText(model, user.end, first.start).replace(LAYER_LEAD, '');
    if (!USE_GAP.test(gap)) continue;
    const kind = useKindOf(gap);
    if (!kind) continue;
    const { items, last } = listFrom(i + 1);
    if (!useCloses(kind, after(last))) continue;
    for (const u of [...pairedSubjects(i), user])
      for (const item of items) reader.edge(item, u.nodeId, RULES[kind], sentence);
  }
};
