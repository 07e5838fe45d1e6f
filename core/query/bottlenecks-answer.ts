// Bottlenecks (GET /api/bottlenecks) from the rows of cypher/queries/bottlenecks.cypher. Pure.
import type { BottlenecksResponse } from '../contract';
import { toNodeSummary, type NodeRow } from './rows';

export interface BottleneckRow {
  node: NodeRow;
  equipment: number;
  domains: number;
  score: number;
  [key: string]: unknown;
}

/** The labels ranked: those asked for, sorted and once each, or both parts and materials. */
export const bottleneckLabels = (labels: readonly string[] | undefined): string[] =>
  labels && labels.length > 0 ? [...new Set(labels)].sort() : ['Component', 'Material'];

export const bottlenecksAnswer = (rows: readonly BottleneckRow[]): BottlenecksResponse => ({
  items: rows.map((r) => ({
    node: toNodeSummary(r.node),
    equipment: r.equipment,
    domains: r.domains,
    score: r.score,
  })),
});
