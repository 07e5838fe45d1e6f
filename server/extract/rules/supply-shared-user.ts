// A user written once before a short list of its parts: `磁共振超导磁体和射频线圈`, `超声单晶探头、
// 二维面阵探头等新型探头`. The first part carries its user's name (磁共振, 超声); a later part of the same
// group that names no user of its own is that user's part too, as the modifier is shared.
import type { NodeId } from '../../../core/model/ids';
import { buildAliasIndex } from '../lexicon';
import { isLatin, normalizeTerm } from '../normalize';
import { gapText } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { supplyOccurrences, supplyReader } from './supply-lists';
import type { EdgeDraft } from '../graph-builder';

export const SHARED_USER_RULE = 'compound-name:shared';

/** What joins the parts of one group: no comma, which would start another item of the sentence. */
const GROUP_GAP = /^(?:、|和|及|与|以及)$/;
/** What may stand before a group: the start of the sentence, a clause mark, a colon, a lead verb. */
const GROUP_OPEN = /(?:^|[，,；;：:。]|主要是|包括|如)$/;
/** What may close a group: the end of the sentence, a clause mark, or 等. */
const GROUP_CLOSE = /^(?:$|[，,；;。]|等)/;
/** A pair of parts joined tightly (`超导磁体和射频线圈`). */
const PAIR_GAP = /^(?:和|及|与)$/;
/** Groups longer than this read as lists of the trade's parts, not of one user's. */
const MAX_GROUP = 3;

export const sharedUsers = (ctx: RuleContext): EdgeDraft[] => {
  const { model, labelOf, curated } = ctx;
  const reader = supplyReader(ctx);
  const forms = [...buildAliasIndex(curated.lexicon.filter((e) => e.label === 'Equipment')).values()].flat();
  const isPart = (o: Occurrence | undefined): o is Occurrence =>
    labelOf(o?.nodeId ?? ('' as NodeId)) === 'Component';
  /** The user named at the head of a part (`超声` of `超声单晶探头`), if one is. */
  const userInside = (o: Occurrence): NodeId | undefined => {
    const surface = normalizeTerm(model.text.slice(o.start, o.end));
    const f = forms.find(
      (x) =>
        surface.startsWith(x.form) &&
        surface.length > x.form.length &&
        !(isLatin(x.form.at(-1)) && isLatin(surface[x.form.length])),
    );
    return f?.nodeId;
  };
  /** Whether a part's name holds any user's name. */
  const namesUser = (o: Occurrence): boolean => {
    const surface = normalizeTerm(model.text.slice(o.start, o.end));
    return forms.some((x) => surface.includes(x.form));
  };
  for (const [sentence, all] of supplyOccurrences(model)) {
    const s = model.sentences[sentence];
    if (!s) continue;
    // Outermost names only: a part's own pieces are no items of the group.
    const occs = all.filter(
      (o) =>
        !all.some(
          (x) => x !== o && x.start <= o.start && x.end >= o.end && x.end - x.start > o.end - o.start,
        ),
    );
    for (let i = 0; i < occs.length; i++) {
      const user = occs[i];
      const first = occs[i + 1];
      let userId: NodeId | undefined;
      let groupStart: number;
      let at = i + 1;
      if (user && isPart(user) && userInside(user)) {
        // `超声单晶探头`: the user inside the first part's own name.
        userId = userInside(user);
        groupStart = user.start;
        at = i;
      } else if (
        user &&
        first &&
        labelOf(user.nodeId) === 'Equipment' &&
        isPart(first) &&
        first.start === user.end
      ) {
        // `磁共振超导磁体`: the user's name right before the first part.
        userId = user.nodeId;
        groupStart = user.start;
      } else continue;
      const head = occs[at];
      const second = occs[at + 1];
      if (!userId || !head || !second) continue;
      // `磁共振超导磁体和射频线圈、CT球管`: a pair joined by 和/及/与 and followed by 、 binds tighter than
      // the list around it, so it may stand anywhere in it; any other group must be a whole clause item.
      const pair = PAIR_GAP.test(gapText(model, head.end, second.start));
      const opens = GROUP_OPEN.test(gapText(model, s.start, groupStart));
      if (!pair && !opens) continue;
      const group: Occurrence[] = [head];
      for (let k = at + 1; k < occs.length; k++) {
        const prev = occs[k - 1];
        const o = occs[k];
        if (!prev || !o || !(pair ? PAIR_GAP : GROUP_GAP).test(gapText(model, prev.end, o.start))) break;
        group.push(o);
        if (pair) break;
      }
      const last = group.at(-1);
      if (!last || group.length < 2 || group.length > MAX_GROUP) continue;
      const close = gapText(model, last.end, Math.min(s.end, last.end + 1));
      // `A、B和C` ends a list with 和: only a pair that more items follow (`B和C、D`) is a tight one.
      if (!(opens ? GROUP_CLOSE : /^、$/).test(close)) continue;
      const later = group.slice(1);
      if (!later.every((o) => isPart(o) && !namesUser(o))) continue;
      // A list that is no tight pair shares its user only among parts of one kind (`超声单晶探头、二维面阵
      // 探头`, `…模拟前端芯片、模数转换芯片`): `CT球管、超导磁体和射频线圈` lists parts of several machines.
      const kind = (o: Occurrence) => normalizeTerm(model.text.slice(o.start, o.end)).slice(-2);
      if (!pair && !later.every((o) => kind(o) === kind(head))) continue;
      for (const o of later) reader.edge(o.nodeId, userId, SHARED_USER_RULE, sentence);
      i = occs.indexOf(last);
    }
  }
  return reader.edges;
};
