// Node ids for things the seeds do not name: discovered terms, uncurated measures and targets.
import type { NodeLabel } from '../../core/model/graph-model';
import { asNodeId, type NodeId, type PlanId } from '../../core/model/ids';
import { pinyinSlug } from './slug';

/** `equipment:` + pinyin of the name (`equipment:sheng-ming-sou-suo-jiu-yuan-ji-qi-ren`). */
export const discoveredId = (label: NodeLabel, name: string): NodeId =>
  asNodeId(`${label.toLowerCase()}:${pinyinSlug(name)}`);

/** Measures belong to one plan: `measure:meq-2021-tackle-key-parts`. */
export const measureId = (plan: PlanId, slug: string): NodeId => asNodeId(`measure:${plan}-${slug}`);

export const targetId = (plan: PlanId, name: string): NodeId =>
  asNodeId(`target:${plan}-${pinyinSlug(name)}`);

export const planNodeId = (plan: PlanId): NodeId => asNodeId(`plan:${plan}`);
