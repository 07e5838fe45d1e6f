// Bounds that keep a graph's size proportional to what a text says, not to how often it says it:
// a sentence repeated a thousand times gives a node at most MAX_MENTIONS_PER_NODE_PER_PLAN mentions.
import type { PlanId } from '../../core/model/ids';

/** Mentions kept per node and plan (the seeds' most mentioned node has 15 in one plan). */
export const MAX_MENTIONS_PER_NODE_PER_PLAN = 50;
/** Evidence passages kept per edge and plan (the seeds' best-attested edge has 4 in one plan). */
export const MAX_EVIDENCE_PER_EDGE_PER_PLAN = 10;

/** A node's mentions or an edge's evidence in one plan beyond the cap: how many there were, how many kept. */
export interface CappedCount {
  readonly kind: 'mentions' | 'evidence';
  /** The node id, or the edge as `TYPE source -> target`. */
  readonly of: string;
  readonly plan: PlanId;
  readonly total: number;
  readonly kept: number;
}

/** The capped counts as report lines (empty when nothing went past a cap). */
export const formatCapped = (capped: readonly CappedCount[]): string =>
  capped.length === 0
    ? ''
    : [
        `capped (${capped.length}; at most ${MAX_MENTIONS_PER_NODE_PER_PLAN} mentions per node and ${MAX_EVIDENCE_PER_EDGE_PER_PLAN} passages per edge, per plan):`,
        ...capped.map((c) => `  ${c.kind.padEnd(9)} ${c.of} in ${c.plan}: ${c.kept} of ${c.total} kept`),
        '',
      ].join('\n');
