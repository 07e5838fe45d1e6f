// What a rule that creates nodes returns: the nodes, where they are mentioned, and its edges.
import type { NodeId } from '../../../core/model/ids';
import type { Mention } from '../../../core/model/interchange';
import type { EdgeDraft, NodeDraft } from '../graph-builder';

export interface RuleOutput {
  readonly nodes: NodeDraft[];
  readonly mentions: { readonly id: NodeId; readonly mention: Mention }[];
  readonly edges: EdgeDraft[];
}

export const emptyOutput = (): RuleOutput => ({ nodes: [], mentions: [], edges: [] });
