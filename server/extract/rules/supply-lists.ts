// What every supply reading shares: the items of a list (`B、C和D`) as the text joins them, class
// words that are no item (`关键材料`), and the edge an item gives its user (PART_OF, USED_IN).
import type { NodeId } from '../../../core/model/ids';
import type { EdgeDraft } from '../graph-builder';
import { gapText, sentenceEvidence } from '../plan-model';
import type { Occurrence } from '../types';
import type { RuleContext } from './context';

/** What may sit between two items of one list. */
export const LIST_GAP = /^(?:\([^()]*\))?(?:、|,|\/|及|和|与|以及|或)$/;

/** The items from `occs[i]` on: it and each next occurrence of `labels` joined by a list separator. */
export type ListFrom = (occs: readonly Occurrence[], i: number, labels: readonly string[]) => NodeId[];
/** Records that `item` goes into `user`, stated by `sentence` (and `also`, a sentence it leans on). */
export type Edge = (item: NodeId, user: NodeId, rule: string, sentence: number, also?: number) => void;

export interface SupplyReader {
  readonly listFrom: ListFrom;
  readonly edge: Edge;
  /** A class rather than a thing (`关键材料`, `核心零部件`): generic modifiers and a head only. */
  readonly generic: (id: NodeId) => boolean;
  readonly edges: EdgeDraft[];
}

/** A reader over one plan: its list reading and the edges it gathers (a material USED_IN, a part PART_OF). */
export const supplyReader = (ctx: RuleContext): SupplyReader => {
  const { model, labelOf } = ctx;
  const names = new Map<NodeId, string>(ctx.curated.lexicon.map((e) => [e.id, e.name]));
  for (const d of model.discovered) names.set(d.id, d.name);
  const { genericModifiers, heads } = ctx.curated.discovery;
  const headNames = Object.values(heads);
  /** A class rather than a thing (`关键材料`, `核心零部件`): generic modifiers and a head only. */
  const generic = (id: NodeId): boolean => {
    let rest = names.get(id) ?? '';
    for (let changed = true; changed;) {
      changed = false;
      const g = genericModifiers.find((m) => rest.startsWith(m) && rest.length > m.length);
      if (g) {
        rest = rest.slice(g.length);
        changed = true;
      }
    }
    return headNames.some((hs) => hs.includes(rest));
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
      if (prev && !LIST_GAP.test(gapText(model, prev.end, o.start))) break;
      if (!generic(o.nodeId)) items.push(o.nodeId);
      prev = o;
    }
    return items;
  };
  const edges: EdgeDraft[] = [];
  const edge: Edge = (item, user, rule, sentence, also) => {
    if (item === user) return;
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
  };
  return { listFrom, edge, edges, generic };
};
