// Groups the entities of two plans into both / only A / only B, each by label (GET /api/compare). Pure.
import { NODE_LABELS, type NodeLabel } from '../model/graph-model';
import type { CompareResponse, NodeSummary } from '../contract';
import { toNodeSummary, type NodeRow } from './rows';

type ByLabel = CompareResponse['both'];

const emptyByLabel = (): ByLabel =>
  Object.fromEntries(NODE_LABELS.map((l) => [l, [] as NodeSummary[]])) as Record<NodeLabel, NodeSummary[]>;

export function comparePlans(
  a: CompareResponse['a'],
  b: CompareResponse['b'],
  rows: readonly { node: NodeSummary; inA: boolean; inB: boolean }[],
): CompareResponse {
  const out: CompareResponse = { a, b, both: emptyByLabel(), onlyA: emptyByLabel(), onlyB: emptyByLabel() };
  for (const { node, inA, inB } of rows) {
    const group = inA && inB ? out.both : inA ? out.onlyA : inB ? out.onlyB : null;
    group?.[node.label].push(node);
  }
  for (const group of [out.both, out.onlyA, out.onlyB]) {
    for (const list of Object.values(group))
      list.sort((x, y) => x.name.localeCompare(y.name, 'zh') || x.id.localeCompare(y.id));
  }
  return out;
}

export interface CompareRow {
  node: NodeRow;
  inA: boolean;
  inB: boolean;
  [key: string]: unknown;
}

/** The answer from the rows of cypher/queries/compare-plans.cypher (one more than `limit` asked for). */
export function compareAnswer(
  a: CompareResponse['a'],
  b: CompareResponse['b'],
  rows: readonly CompareRow[],
  limit: number,
): CompareResponse {
  const answer = comparePlans(
    a,
    b,
    rows.slice(0, limit).map((r) => ({ node: toNodeSummary(r.node), inA: r.inA, inB: r.inB })),
  );
  return rows.length > limit ? { ...answer, truncated: true } : answer;
}
