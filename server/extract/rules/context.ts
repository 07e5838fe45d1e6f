// What every relation rule reads: one analysed plan, the curated seeds and the labels of known nodes.
import type { NodeId } from '../../../core/model/ids';
import type { LabelOf, PlanModel } from '../plan-model';
import type { Curated } from '../types';

export interface RuleContext {
  readonly model: PlanModel;
  readonly curated: Curated;
  readonly labelOf: LabelOf;
  /** The lexicon entity a whole heading names, if any. */
  readonly resolveTitle: (title: string) => NodeId | undefined;
}
