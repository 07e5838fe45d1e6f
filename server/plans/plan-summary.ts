// What the extractor found in one plan, for `npm run plan -- add` and `list`: counts, the terms it
// discovered (with their sentences and probable duplicates), the departments it names and its issuers. Pure.
import type { PlanId } from '../../core/model/ids';
import type { GraphFile } from '../../core/model/interchange';
import type { ExtractReport } from '../extract/report';
import type { TermEntry } from '../extract/terms/term-report';

export interface PlanCounts {
  /** Nodes the plan mentions (its own Plan node included). */
  readonly nodes: number;
  /** Mentions in the plan's text. */
  readonly mentions: number;
  /** Edges with a passage of the plan as evidence. */
  readonly edges: number;
}

export const planCounts = (graph: GraphFile, id: PlanId): PlanCounts => {
  let nodes = 0;
  let mentions = 0;
  for (const n of graph.nodes) {
    if (n.plans.includes(id)) nodes++;
    for (const m of n.mentions) if (m.plan === id) mentions++;
  }
  const edges = graph.edges.filter((e) => e.evidence.some((ev) => ev.plan === id)).length;
  return { nodes, mentions, edges };
};

export interface PlanFindings {
  readonly counts: PlanCounts;
  readonly byLabel: Record<string, number>;
  /** Terms found by reading this plan (confidence at or above the threshold, so in the graph). */
  readonly discovered: TermEntry[];
  /** Terms of this plan below the threshold: not in the graph. */
  readonly candidates: number;
  /** Departments the plan's text names. */
  readonly departments: string[];
  /** Departments that issued the plan (from its text, or from `--issuer`). */
  readonly issuers: string[];
  /** Departments whose notice passes another body's plan on: they did not write it. */
  readonly forwarders: string[];
}

const inPlan = (id: PlanId) => (t: TermEntry) => t.mentions.some((m) => m.plan === id);

export const planFindings = (graph: GraphFile, report: ExtractReport, id: PlanId): PlanFindings => {
  const byLabel: Record<string, number> = {};
  for (const n of graph.nodes)
    if (n.plans.includes(id) && n.label !== 'Plan') byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
  const names = new Map(graph.nodes.map((n) => [n.id as string, n.name]));
  const planNode = `plan:${id}`;
  const issued = graph.edges.filter((e) => e.type === 'ISSUED' && e.target === planNode);
  const forwards = (e: (typeof issued)[number]) => e.props?.role === 'forwarder';
  const name = (e: (typeof issued)[number]) => names.get(e.source) ?? e.source;
  return {
    counts: planCounts(graph, id),
    byLabel,
    discovered: report.discovered.filter(inPlan(id)),
    candidates: report.candidates.filter(inPlan(id)).length,
    departments: graph.nodes
      .filter((n) => n.label === 'Department' && n.mentions.some((m) => m.plan === id))
      .map((n) => n.name),
    issuers: issued.filter((e) => !forwards(e)).map(name),
    forwarders: issued.filter(forwards).map(name),
  };
};

const termLines = (t: TermEntry, id: PlanId): string[] => {
  const m = t.mentions.find((x) => x.plan === id);
  const dup = t.probableDuplicates.map((p) => `${p.name} (${p.reason})`).join(', ');
  return [
    `  ${t.label.padEnd(10)} ${t.name}  ${t.confidence.toFixed(2)} ${t.foundBy}${m ? ` @${m.start}-${m.end}` : ''}`,
    ...(m ? [`      「${m.sentence}」`] : []),
    ...(dup ? [`      probable duplicate of: ${dup}`] : []),
  ];
};

/** The findings as lines for the terminal. */
export const formatFindings = (id: PlanId, f: PlanFindings): string => {
  const dups = f.discovered.filter((t) => t.probableDuplicates.length > 0);
  const lines = [
    `plan ${id}: ${f.counts.nodes} nodes, ${f.counts.mentions} mentions, ${f.counts.edges} edges with evidence in it`,
    `  by label: ${Object.entries(f.byLabel)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `discovered terms (${f.discovered.length}; ${f.candidates} more below the confidence threshold, not in the graph):`,
    ...f.discovered.flatMap((t) => termLines(t, id)),
    `probable duplicates (${dups.length}):`,
    ...dups.map(
      (t) => `  ${t.name}: ${t.probableDuplicates.map((p) => `${p.name} (${p.reason})`).join(', ')}`,
    ),
    `departments named (${f.departments.length}): ${f.departments.join('、') || 'none'}`,
    `issuers (${f.issuers.length}): ${f.issuers.join('、') || 'none found; give them with --issuer NAME'}`,
    ...(f.forwarders.length ? [`forwarded by (${f.forwarders.length}): ${f.forwarders.join('、')}`] : []),
  ];
  return `${lines.join('\n')}\n`;
};
