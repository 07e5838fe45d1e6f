// The plans' own supply-chain grammar `X用Y、Z` (meq-2021 专栏 3): materials after 用 are USED_IN X,
// parts are PART_OF X. Lists run on with 、 ， / 及 和 与; `A、B用...` names several users.
import type { NodeId } from '../../../core/model/ids';
import { normalizeTerm } from '../normalize';
import { gapText, sentenceEvidence } from '../plan-model';
import type { EdgeDraft } from '../graph-builder';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { GLOSS_SPAN, MATERIAL_GLOSS } from './compound-names';
import { supplyOccurrences } from './supply-lists';

export const GRAMMAR_RULE = 'grammar:X用Y';

/** 用 that does not mean "for": 用于 (used to), 用品, 用户, 用药. */
const NOT_FOR = /^用[于品户药]/;
/** What may sit between two items of one list. */
const LIST_GAP = /^(?:\([^()]*\))?(?:、|,|\/|及|和|与|以及|或)$/;
/** What may sit between two users of one 用 (`A、B用...`). */
const USERS_GAP = /^(?:、|和|及|与)$/;
/**
 * What joins a user to a thing before it in one list (`…检测系统，以及CT用高能X射线球管、平板探测器`):
 * there `CT用` modifies its own item only, and the items after it are the outer list's.
 */
const IN_OUTER_LIST = /^,?(?:、|和|及|与|以及|或)$/;
/**
 * A grade of make that may open the items after 用 (`起搏器用医用级硅橡胶和聚氨酯绝缘材料`): it says how the
 * material is made, not which one, and is no name of its own.
 */
const ITEM_GRADE = /^(?:医用级|医疗级|植入级)$/;
/** A conjunction that closes a list (`以及`, `和`): after it the outer list has no more items. */
const CLOSING_JOIN = /^,?(?:和|及|与|以及)$/;
/** What may sit between a user and its 用: nothing, or a gloss such as `（体外膜肺氧合机）`. */
const USER_GAP = /^(?:\([^()]*\)|\))?$/;

const isUserLabel = (l: string | undefined): boolean => l === 'Equipment' || l === 'Component';

const userFormsOf = (ctx: RuleContext): { form: string; id: NodeId }[] =>
  ctx.curated.lexicon.flatMap((e) => (e.userForms ?? []).map((f) => ({ form: normalizeTerm(f), id: e.id })));

/** Edges of one sentence; exported for unit tests on single sentences. */
export const supplyChainEdges = (
  ctx: RuleContext,
  sentence: number,
  userForms = userFormsOf(ctx),
): EdgeDraft[] => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s || !model.text.slice(s.start, s.end).includes('用')) return [];
  const occs: readonly Occurrence[] = supplyOccurrences(model).get(sentence) ?? [];
  const out: EdgeDraft[] = [];
  /**
   * The occurrence used as a user right before `at` (the offset of 用), if any: the outermost one
   * (`电子内窥镜用CMOS图像传感器` is for the 电子内窥镜, not for the 内窥镜 its name ends in).
   */
  const userBefore = (at: number): Occurrence | undefined => {
    const last = occs.findLast(
      (o) => o.end <= at && USER_GAP.test(gapText(model, o.end, at)) && isUserLabel(labelOf(o.nodeId)),
    );
    if (!last) return undefined;
    const outer = occs.find(
      (o) => o.end === last.end && o.start < last.start && isUserLabel(labelOf(o.nodeId)),
    );
    return outer ?? last;
  };
  const isUser = (o: Occurrence): boolean => {
    const next = occs.find((x) => x.start >= o.end);
    const tail = model.text.slice(o.end, next?.start ?? s.end);
    const m = /^[\s*]*(?:[（(][^（）()]*[）)])?[\s*]*用/.exec(tail);
    return m !== null && !NOT_FOR.test(tail.slice(m[0].length - 1));
  };

  for (
    let at = model.text.indexOf('用', s.start);
    at !== -1 && at < s.end;
    at = model.text.indexOf('用', at + 1)
  ) {
    if (NOT_FOR.test(model.text.slice(at, at + 2))) continue;
    const users: NodeId[] = [];
    const first = userBefore(at);
    // The user is itself an item of a list of things: its 用 binds the one item after it.
    let ownItemOnly = false;
    /**
     * The user is the outer list's last item (`、呼吸机用涡轮风机，以及手术机器人用精密减速器和力传感器`), or
     * its own pair goes on with the outer list (`ECMO用膜式氧合器和离心泵、呼吸机用…`): a 和/及/与 right after
     * its one item joins a second item to that one, not to the outer list.
     */
    let outerClosed = false;
    if (first) {
      users.push(first.nodeId);
      // `A、B用...`: more users before the first, joined by 、/和/及/与 and not reaching back past an
      // earlier 用 (whose items they would be: `透析设备用真空泵、微型电磁阀，经鼻高流量氧疗仪用...`). They
      // are things of the first user's kind: a part before a machine (`CT探测器、人工心脏用磁悬浮血泵`) is
      // an item of the outer list, not a second user.
      const earlier = model.text.lastIndexOf('用', first.start);
      let idx = occs.indexOf(first);
      for (
        let prev = occs[idx - 1];
        prev &&
        prev.start > Math.max(earlier, s.start - 1) &&
        USERS_GAP.test(gapText(model, prev.end, occs[idx]?.start ?? 0)) &&
        labelOf(prev.nodeId) === labelOf(first.nodeId);
        prev = occs[--idx - 1]
      )
        users.push(prev.nodeId);
      // The thing that ends last before the earliest user (not a name inside it: POCT of 新型核酸POCT检测系统).
      const userStart = occs[idx]?.start ?? at;
      const outerEnd = Math.max(-1, ...occs.filter((o) => o.end <= userStart).map((o) => o.end));
      const outerGap = gapText(model, outerEnd, userStart);
      ownItemOnly = outerEnd >= s.start && IN_OUTER_LIST.test(outerGap);
      outerClosed = ownItemOnly && CLOSING_JOIN.test(outerGap);
    } else {
      const before = normalizeTerm(model.text.slice(s.start, at));
      const form = userForms.find(
        (f) => before.endsWith(f.form) && !occs.some((o) => o.end > at - f.form.length && o.start < at),
      );
      if (form) users.push(form.id);
    }
    if (users.length === 0) continue;
    // Items: the occurrence right after 用, then each one joined to the previous by a list separator.
    let prevEnd = at + 1;
    // A list closed by a conjunction (`用精密减速器和力传感器`) has ended: a comma after it opens a new
    // list (`，血泵和透析器等关键零部件`), not more of this 用's items.
    let closed = false;
    /** Items taken so far. */
    let taken = 0;
    /** Where the name opened by a glossed material starts (`平板探测器` of `碘化铯（CsI）平板探测器`). */
    let glossedTo = -1;
    for (const o of occs) {
      if (o.start < prevEnd) continue;
      // A name at the head of a longer one is no item of its own (`CMOS` of `内窥镜用CMOS图像传感器`).
      if (occs.some((x) => x.start === o.start && x.end > o.end)) continue;
      // An item that names another machine (`CT探测器` after `磁共振成像设备用超导磁体、`) is that machine's: an
      // item of an outer list, where this 用's list has ended.
      const inside = occs.filter((x) => x !== o && x.start >= o.start && x.end <= o.end);
      if (inside.some((x) => labelOf(x.nodeId) === 'Equipment' && !users.includes(x.nodeId))) break;
      const gap = gapText(model, prevEnd, o.start);
      if (o.start === glossedTo) {
        // The name the material before it opens stands where that material stood.
      } else if (prevEnd === at + 1 ? gap !== '' && !ITEM_GRADE.test(gap) : !LIST_GAP.test(gap)) break;
      // `DR用碘化铯（CsI）平板探测器`: a material glossed in brackets opens the item's name; the item is the
      // name after the brackets (compound-names.ts reads the material as used in it).
      const named =
        labelOf(o.nodeId) === 'Material'
          ? occs.find(
              (x) =>
                x.start > o.end &&
                x.start - o.end <= GLOSS_SPAN &&
                isUserLabel(labelOf(x.nodeId)) &&
                MATERIAL_GLOSS.test(gapText(model, o.end, x.start)),
            )
          : undefined;
      if (named) {
        glossedTo = named.start;
        prevEnd = named.start;
        continue;
      }
      // A user of an outer list binds one item, and a second one only as a tight pair (`用B和C`) that
      // ends the clause or is followed by the outer list's next item (`、`), and only when the outer list
      // cannot be what the 和 closes (it was closed before the user, or goes on after the pair).
      if (ownItemOnly && taken === 1) {
        const next = occs.find((x) => x.start >= o.end);
        const after = model.text.slice(o.end, Math.min(s.end, next?.start ?? s.end, o.end + 2));
        const endsClause =
          /^(?:\([^()]*\))?[，,。；;]|^$/.test(after.replace(/^\([^()]*\)/, '')) || o.end >= s.end;
        const goesOn = /^(?:\([^()]*\))?、/.test(model.text.slice(o.end, o.end + 12));
        if (!/^(?:和|及|与)$/.test(gap) || !((outerClosed && endsClause) || goesOn)) break;
      }
      // `用纯钛及钛锆合金、眼科飞秒激光器的研发`: after the closing conjunction a 、 goes on with the outer list.
      if (closed && (gap === ',' || gap === '、')) break;
      if (/^(?:和|及|与|以及)$/.test(gap)) closed = true;
      if (isUser(o)) break;
      const label = labelOf(o.nodeId);
      const type = label === 'Material' ? 'USED_IN' : label === 'Component' ? 'PART_OF' : null;
      if (type)
        for (const u of users)
          out.push({
            type,
            source: o.nodeId,
            target: u,
            basis: 'stated',
            rule: GRAMMAR_RULE,
            evidence: [sentenceEvidence(model, sentence)],
          });
      prevEnd = o.end;
      taken++;
      if (ownItemOnly && taken >= 2) break;
    }
  }
  return out;
};

export const supplyChainGrammar = (ctx: RuleContext): EdgeDraft[] => {
  const userForms = userFormsOf(ctx);
  return ctx.model.sentences.flatMap((_, i) => supplyChainEdges(ctx, i, userForms));
};
