// What a device or a subsystem is made of, as a text lists it: `A由B和C两部分构成`,
// `A整体上由三大系统构成：B、C和D`, `A一般由B、C和D组合而成`, `A包括B、C和D` (parts only). Each listed
// part is PART_OF A, a listed material USED_IN A. Pure: occurrences in, edge drafts out.
import type { NodeId } from '../../../core/model/ids';
import { gapText } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';

type ListFrom = (occs: readonly Occurrence[], i: number, labels: readonly string[]) => NodeId[];
type Edge = (item: NodeId, user: NodeId, rule: string, sentence: number) => void;

export const COMPOSED_RULE = 'grammar:A由B组成';
export const INCLUDES_RULE = 'grammar:A包括B';
export const APPLICATIONS_RULE = 'grammar:X的应用：A、B';

/** Between the whole and its first part: `由`, `主要由`, `整体上由`, `一般由`. */
const BY = /^(?:[，,:：]?(?:主要|通常|一般|基本|整体上|大体上|大致|则一般|则)?)由$/;
/** After the last part: an optional count of parts, then the verb (`两部分构成`, `等组成`, `组合而成`). */
const MADE_OF =
  /^(?:\([^()]*\))?(?:等)?(?:[两二三四五六七八九十几多]?[大个]?(?:部分|系统|部件|模块|单元|组件))?(?:组成|构成|组合而成|组装而成)/;
/** `由三大系统构成：B、C和D`: the count and verb before a colon, the parts after it. */
const MADE_OF_COLON =
  /^(?:主要|通常|一般|基本|整体上|大体上)?由[两二三四五六七八九十几多]?[大个]?(?:部分|系统|部件|模块|单元|组件)(?:组成|构成)[:：]$/;
/** `A包括B、C`: a whole that lists its parts (never a class listing its members: those are equipment). */
const INCLUDES = /^(?:[:：]|主要|通常|一般)?(?:包括|包含|含有)[:：]?$/;

/** `超导磁体产业的应用主要在4个方面：`: a part's or material's uses, listed after a colon. */
const APPLICATIONS =
  /^(?:产业|技术|产品)?的?(?:应用|用途)(?:领域|场景)?(?:主要|目前)?(?:在|包括|有|集中在|涉及)?[^，,。；;:：]{0,8}[:：]$/;

const PART_LABELS = ['Component', 'Material'];
const WHOLE_LABELS = new Set(['Equipment', 'Component']);

/** Composition edges of one sentence. */
export const compositionEdges = (
  ctx: RuleContext,
  sentence: number,
  occs: readonly Occurrence[],
  listFrom: ListFrom,
  edge: Edge,
): void => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  if (!s) return;
  for (let i = 0; i + 1 < occs.length; i++) {
    const part = occs[i];
    const user = occs[i + 1];
    if (!part || !user || !PART_LABELS.includes(labelOf(part.nodeId) ?? '')) continue;
    if (labelOf(user.nodeId) !== 'Equipment' || !APPLICATIONS.test(gapText(model, part.end, user.start)))
      continue;
    for (const u of listFrom(occs, i + 1, ['Equipment'])) edge(part.nodeId, u, APPLICATIONS_RULE, sentence);
  }
  for (let i = 0; i + 1 < occs.length; i++) {
    const whole = occs[i];
    const first = occs[i + 1];
    if (!whole || !first || !WHOLE_LABELS.has(labelOf(whole.nodeId) ?? '')) continue;
    if (!PART_LABELS.includes(labelOf(first.nodeId) ?? '')) continue;
    const gap = gapText(model, whole.end, first.start);
    const parts = listFrom(occs, i + 1, PART_LABELS).filter((p) => p !== whole.nodeId);
    if (parts.length === 0) continue;
    let last = i + 1;
    while (last + 1 < occs.length && parts.includes(occs[last + 1]?.nodeId ?? ('' as NodeId))) last++;
    const end = occs[last]?.end ?? first.end;
    if (BY.test(gap)) {
      // `由B、C组成`: the verb must close the list (or a member the reading did not name, before 等).
      const tail = gapText(model, end, Math.min(s.end, end + 24));
      if (MADE_OF.test(tail) || /^(?:[、和及与][^、,;:()等的]{1,12})*等?(?:组成|构成)/.test(tail))
        for (const p of parts) edge(p, whole.nodeId, COMPOSED_RULE, sentence);
    } else if (MADE_OF_COLON.test(gap.replace(/^[，,]/, ''))) {
      for (const p of parts) edge(p, whole.nodeId, COMPOSED_RULE, sentence);
    } else if (INCLUDES.test(gap) && labelOf(first.nodeId) === 'Component') {
      for (const p of parts) edge(p, whole.nodeId, INCLUDES_RULE, sentence);
    }
  }
};
