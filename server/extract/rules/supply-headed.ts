// A section headed by one thing's name speaks of that thing: a catalogue's entry (`01 血液透析器` then
// `产品描述：通常由中空纤维透析膜、外壳和端盖组成`), a registration's (`结构及组成：由B、C组成`), a product
// sheet's. A make-up sentence there that names no whole of its own gives its parts to the heading's thing.
import type { NodeId } from '../../../core/model/ids';
import { headingSentence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';
import { supplyOccurrences } from './supply-lists';

export const HEADED_RULE = 'grammar:标题A，由B组成';

const WHOLE_LABELS = new Set(['Equipment', 'Component']);

/**
 * What may open a subjectless make-up sentence up to its first named part: a label that describes the thing
 * (`产品描述：`, `结构及组成：`, `主要组成：`) and hedges (`通常`, `一般`, `主要`). A label of anything else
 * (`适用范围：`, `预期用途：`) says what the thing is for, not what it is made of. After 由, members
 * the reading did not name may come first (`由扫描架、X射线管组件、高压发生器…组成`).
 */
export const HEADED_LEAD =
  /^(?:(?:产品|结构|系统|主要|基本)?(?:描述|结构|组成|构成|结构及组成|结构与组成|结构组成|组成结构)[:：])?(?:通常|一般|主要|基本|均|则)*由(?:[^，,。；;:：()]|\([^()]*\))*$/;

/**
 * The one Equipment or Component whose name is the whole title of the heading of `sentence`'s section
 * (`01 膜式氧合器`); none when the title holds anything else (`06-01 X射线诊断设备` is a class, and
 * `01 摄影X射线机` names only `X射线机` of it).
 */
export const headedWhole = (
  ctx: RuleContext,
  sentence: number,
): { id: NodeId; sentence: number } | undefined => {
  const { model, labelOf } = ctx;
  const s = model.sentences[sentence];
  const section = s && model.sections[s.section];
  if (!section || section.titleEnd <= section.titleStart) return undefined;
  const at = headingSentence(model, section);
  // The sentence is the heading itself, or not inside the heading's scope.
  if (at === sentence || s.start < section.start || s.start >= section.end) return undefined;
  const named = (supplyOccurrences(model).get(at) ?? []).filter(
    (o: Occurrence) => o.start === section.titleStart && o.end === section.titleEnd,
  );
  const ids = new Set(named.filter((o) => WHOLE_LABELS.has(labelOf(o.nodeId) ?? '')).map((o) => o.nodeId));
  const [only] = ids;
  if (ids.size !== 1 || !only) return undefined;
  return { id: only, sentence: at };
};
