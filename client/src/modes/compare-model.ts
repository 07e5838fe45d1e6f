// Plan comparison as plain data: counts by label for "both / only A / only B" and the group of each
// node, for the table and for colouring the graph. Pure.
import type { CompareResponse, NodeSummary } from '../../../server/api/contract';
import { NODE_LABELS, type NodeLabel } from '../../../server/model/graph-model';

export type CompareGroup = 'both' | 'onlyA' | 'onlyB';
export const COMPARE_GROUPS: readonly CompareGroup[] = ['both', 'onlyA', 'onlyB'];

export interface CompareRow {
  label: NodeLabel;
  both: number;
  onlyA: number;
  onlyB: number;
}

/** One row per label that occurs in either plan, in the model's label order, plus the totals. */
export const compareRows = (
  r: Pick<CompareResponse, CompareGroup>,
): { rows: CompareRow[]; total: CompareRow } => {
  const count = (g: CompareGroup, l: NodeLabel): number => r[g][l]?.length ?? 0;
  const rows = NODE_LABELS.map((label) => ({
    label,
    both: count('both', label),
    onlyA: count('onlyA', label),
    onlyB: count('onlyB', label),
  })).filter((row) => row.both + row.onlyA + row.onlyB > 0);
  const sum = (g: CompareGroup): number => rows.reduce((s, row) => s + row[g], 0);
  return { rows, total: { label: 'Plan', both: sum('both'), onlyA: sum('onlyA'), onlyB: sum('onlyB') } };
};

/** The group of every node in the answer. */
export const groupOf = (r: Pick<CompareResponse, CompareGroup>): Map<string, CompareGroup> => {
  const out = new Map<string, CompareGroup>();
  for (const g of COMPARE_GROUPS)
    for (const list of Object.values(r[g]) as (NodeSummary[] | undefined)[])
      for (const n of list ?? []) out.set(n.id, g);
  return out;
};

/** Colours of the groups (Okabe-Ito: distinguishable with the common colour-vision deficiencies). */
export const GROUP_COLOR: Record<CompareGroup, string> = {
  both: '#6b6b6b',
  onlyA: '#E69F00',
  onlyB: '#0072B2',
};
