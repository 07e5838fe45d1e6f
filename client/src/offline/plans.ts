// Plans, plan comparison and plan texts from the snapshot, as /api/plans, /api/compare and
// /api/plans/:id/text answer. Pure.
import type { CompareResponse, NodeSummary, PlanSummary, PlanTextResponse } from '../../../core/contract';
import { NODE_LABELS, type NodeLabel } from '../../../core/model/graph-model';
import type { PlanId } from '../../../core/model/ids';
import type { PlanMeta } from '../../../core/model/interchange';
import type { GraphIndex } from './graph-index';
import { toSummary } from './wire-shapes';

const planSummary = (g: GraphIndex, p: PlanMeta): PlanSummary => ({
  id: p.id,
  title: p.title,
  titleEn: p.titleEn,
  year: p.year,
  file: p.file,
  ...(p.issuers ? { issuers: p.issuers } : {}),
  entities: [...g.nodes.values()].filter((n) => n.label !== 'Plan' && n.plans.includes(p.id)).length,
});

export const plans = (g: GraphIndex): { plans: PlanSummary[] } => ({
  plans: g.plans.map((p) => planSummary(g, p)),
});

type ByLabel = CompareResponse['both'];
const emptyByLabel = (): ByLabel =>
  Object.fromEntries(NODE_LABELS.map((l) => [l, [] as NodeSummary[]])) as Record<NodeLabel, NodeSummary[]>;

/**
 * The server's `comparePlans` (server/api/graph/compare-plans.ts): every label present, each list by
 * Chinese name then id. A copy only because tsconfig.client.json does not include that file yet; a
 * unit test holds the two to the same answers.
 */
const comparePlans = (
  a: PlanId,
  b: PlanId,
  rows: readonly { node: NodeSummary; inA: boolean; inB: boolean }[],
): CompareResponse => {
  const out: CompareResponse = { a, b, both: emptyByLabel(), onlyA: emptyByLabel(), onlyB: emptyByLabel() };
  for (const { node, inA, inB } of rows) {
    const group = inA && inB ? out.both : inA ? out.onlyA : inB ? out.onlyB : null;
    group?.[node.label].push(node);
  }
  for (const group of [out.both, out.onlyA, out.onlyB])
    for (const list of Object.values(group))
      list.sort((x, y) => x.name.localeCompare(y.name, 'zh') || x.id.localeCompare(y.id));
  return out;
};

/**
 * Entities in both plans, only in A, only in B, by label (the Plan nodes themselves left out), over
 * the rows the server's query would return (by id, cut at `limit`).
 */
export const compare = (g: GraphIndex, q: { a: PlanId; b: PlanId; limit?: number }): CompareResponse => {
  const rows = [...g.nodes.values()]
    .filter((n) => n.label !== 'Plan' && (n.plans.includes(q.a) || n.plans.includes(q.b)))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((n) => ({ node: toSummary(n), inA: n.plans.includes(q.a), inB: n.plans.includes(q.b) }));
  const limit = q.limit ?? rows.length;
  const answer = comparePlans(q.a, q.b, rows.slice(0, limit));
  return rows.length > limit ? { ...answer, truncated: true } : answer;
};

/**
 * A plan's text with the entity mentions in it. Sections come from the snapshot (parsed at build time
 * as the server parses them); a snapshot without them gets sections reconstructed from the mentions'
 * section paths, each spanning its first to last mention.
 */
export const planText = (
  g: GraphIndex,
  texts: Readonly<Record<string, string>>,
  id: PlanId,
  builtSections?: Readonly<Record<string, PlanTextResponse['sections']>>,
): PlanTextResponse | null => {
  const meta = g.plans.find((p) => p.id === id);
  const text = texts[id];
  if (!meta || text === undefined) return null;
  const mentions = [...g.nodes.values()]
    .filter((n) => n.label !== 'Plan')
    .flatMap((n) =>
      n.mentions
        .filter((m) => m.plan === id)
        .map((m) => ({ node: n.id, label: n.label, start: m.start, end: m.end, section: m.section })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const sections = new Map<string, { start: number; end: number }>();
  for (const m of mentions) {
    const s = sections.get(m.section);
    sections.set(
      m.section,
      s ? { start: Math.min(s.start, m.start), end: Math.max(s.end, m.end) } : { start: m.start, end: m.end },
    );
  }
  return {
    plan: planSummary(g, meta),
    text,
    sections:
      builtSections?.[id] ??
      [...sections].map(([path, s]) => ({
        path,
        title: path.split(' > ').at(-1) ?? path,
        level: path.split(' > ').length,
        ...s,
      })),
    mentions,
  };
};
