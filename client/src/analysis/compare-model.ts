// Plan comparison as plain data: counts by label for "both / only A / only B" and the group of each
// node, for the table and for colouring the graph. Pure.
import type { CompareResponse, NodeSummary } from '../../../core/contract';
import { NODE_LABELS, type NodeLabel } from '../../../core/model/graph-model';
import type { CompareGroup } from '../graph/palette';

// The groups and their colours (Okabe-Ito: distinguishable with the common colour-vision deficiencies).
export { GROUP_COLOR, type CompareGroup } from '../graph/palette';

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

/** Labels the comparison draws: the landmarks (domains) and what the plans are about (equipment). */
export const DRAWN_LABELS: readonly NodeLabel[] = ['Domain', 'Equipment'];

/** Most nodes drawn per group; the lists in the panel still name every entity. */
export const DRAW_LIMIT_PER_GROUP = 150;

/** What one group puts on the graph: its nodes, how many it has of the drawn labels, whether cut. */
export interface DrawnGroup {
  nodes: NodeSummary[];
  total: number;
  truncated: boolean;
}

/**
 * The nodes each group draws: the drawn labels in that order, each by name (the API's order), at most
 * `limit` per group, so a comparison of two large plans stays a bounded drawing.
 *
 * @example drawnGroups(answer).onlyB.total // 141 new domains and equipment in meq-2021 over hist-2017
 */
export const drawnGroups = (
  r: Pick<CompareResponse, CompareGroup>,
  labels: readonly NodeLabel[] = DRAWN_LABELS,
  limit = DRAW_LIMIT_PER_GROUP,
): Record<CompareGroup, DrawnGroup> => {
  const one = (g: CompareGroup): DrawnGroup => {
    const all = labels.flatMap((l) => r[g][l] ?? []);
    return { nodes: all.slice(0, limit), total: all.length, truncated: all.length > limit };
  };
  return { both: one('both'), onlyA: one('onlyA'), onlyB: one('onlyB') };
};

/** The group of every drawn node (what the columns and colours of the graph follow). */
export const groupOfDrawn = (drawn: Record<CompareGroup, DrawnGroup>): Map<string, CompareGroup> =>
  new Map(COMPARE_GROUPS.flatMap((g) => drawn[g].nodes.map((n) => [n.id as string, g] as const)));
