// The rows of the plan and search queries, computed from the snapshot's graph: entity counts
// (plan-entity-counts.cypher), mentions (plan-mentions.cypher), comparison (compare-plans.cypher)
// and search candidates (every node: the snapshot has no index; core/query/search-hits keeps
// what the server's indexes would find). Pure.
import type { CompareRow } from '../../../core/query/compare-plans';
import type { EntityCountRow } from '../../../core/query/plan-summary';
import type { MentionRow } from '../../../core/query/plan-text';
import { byCodePoint } from '../../../core/query/rows';
import type { SearchRow } from '../../../core/query/search-hits';
import type { PlanTextResponse } from '../../../core/contract';
import type { PinyinIndex } from '../../../core/query/snapshot-data';
import { nodeRow, type GraphIndex } from './graph-index';

export function entityCountRows(g: GraphIndex): EntityCountRow[] {
  const counts = new Map<string, number>();
  for (const n of g.nodes.values())
    if (n.label !== 'Plan') for (const p of n.plans) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([plan, entities]) => ({ plan, entities }));
}

export const mentionRows = (g: GraphIndex, plan: string): MentionRow[] =>
  [...g.nodes.values()]
    .filter((n) => (n.plans as readonly string[]).includes(plan))
    .map((n) => ({ id: n.id, labels: [n.label, 'Entity'], mentionsJson: JSON.stringify(n.mentions) }));

/** `limit` is the query's: one more than the answer keeps. */
export const compareRows = (g: GraphIndex, a: string, b: string, limit: number): CompareRow[] =>
  [...g.nodes.values()]
    .filter((n) => n.label !== 'Plan' && (n.plans.some((p) => p === a) || n.plans.some((p) => p === b)))
    .sort((x, y) => byCodePoint(x.id, y.id))
    .slice(0, limit)
    .map((n) => ({ node: nodeRow(n), inA: n.plans.some((p) => p === a), inB: n.plans.some((p) => p === b) }));

/** Every node of the labels asked for (all when none), with its romanised names. */
export const searchRows = (g: GraphIndex, pinyin: PinyinIndex, labels: readonly string[]): SearchRow[] =>
  [...g.nodes.values()]
    .filter((n) => labels.length === 0 || labels.includes(n.label))
    .map((n) => ({ node: { ...nodeRow(n), pinyin: [...(pinyin[n.id] ?? [])], initials: [] } }));

/**
 * Sections for a snapshot built before snapshots carried them: one per section path its mentions
 * name, from the first mention to the last. Newer snapshots carry the server's own sections.
 */
export function sectionsFromMentions(g: GraphIndex, plan: string): PlanTextResponse['sections'] {
  const spans = new Map<string, { start: number; end: number }>();
  for (const n of g.nodes.values())
    for (const m of n.mentions) {
      if (m.plan !== plan || n.label === 'Plan') continue;
      const s = spans.get(m.section);
      spans.set(m.section, s ? { start: Math.min(s.start, m.start), end: Math.max(s.end, m.end) } : { ...m });
    }
  return [...spans]
    .sort((a, b) => a[1].start - b[1].start)
    .map(([path, { start, end }]) => ({
      path,
      title: path.split(' > ').at(-1) ?? path,
      level: path.split(' > ').length,
      start,
      end,
    }));
}
