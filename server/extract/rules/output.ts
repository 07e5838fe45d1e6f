// What a rule that creates nodes returns: the nodes, where they are mentioned, and its edges.
import type { NodeId } from '../../../core/model/ids';
import type { Mention } from '../../../core/model/interchange';
import type { EdgeDraft, NodeDraft } from '../graph-builder';

export interface RuleOutput {
  readonly nodes: NodeDraft[];
  readonly mentions: { readonly id: NodeId; readonly mention: Mention }[];
  readonly edges: EdgeDraft[];
  /** Other names the text writes a known node in (a ministry's office: `国家药监局综合司`). */
  readonly aliases?: { readonly id: NodeId; readonly aliases: readonly string[] }[];
}

export const emptyOutput = (): RuleOutput => ({ nodes: [], mentions: [], edges: [] });
