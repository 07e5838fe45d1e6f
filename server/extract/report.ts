// The extraction report: counts by label and type, discovered terms (with their sentences, rules,
// confidence and probable duplicates) and candidates, lexicon entries never found, stated edges
// without evidence (must be none) and edges set aside for breaking the model.
import type { NodeId, PlanId } from '../../core/model/ids';
import type { GraphFile } from '../../core/model/interchange';
import type { RejectedEdge } from './graph-builder';
import type { PlanModel } from './plan-model';
import { termEntries, type TermEntry } from './terms/term-report';
import type { Curated } from './types';

export interface ExtractReport {
  readonly nodesByLabel: Record<string, number>;
  readonly edgesByType: Record<string, number>;
  readonly edgesByBasis: Record<string, number>;
  /** Terms found by reading and graphed (confidence at or above the threshold). */
  readonly discovered: TermEntry[];
  /** Terms found by reading but below the threshold: for a curator, not in the graph. */
  readonly candidates: TermEntry[];
  readonly neverFound: { id: string; name: string }[];
  readonly statedWithoutEvidence: string[];
  readonly rejected: string[];
  readonly plans: PlanId[];
}

const countBy = <T>(items: readonly T[], key: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of items.map(key).sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
};

export const buildReport = (
  graph: GraphFile,
  curated: Curated,
  discovered: ReadonlySet<NodeId>,
  rejected: readonly RejectedEdge[],
  plans: PlanId[],
  models: readonly PlanModel[] = [],
): ExtractReport => {
  const byId = new Map(graph.nodes.map((n) => [n.id as string, n]));
  const terms = termEntries(graph, models, discovered, curated.discovery);
  return {
    plans,
    nodesByLabel: countBy(graph.nodes, (n) => n.label),
    edgesByType: countBy(graph.edges, (e) => e.type),
    edgesByBasis: countBy(graph.edges, (e) => e.basis),
    discovered: terms.discovered,
    candidates: terms.candidates,
    // The department registry covers the whole State Council; a plan names few of its bodies.
    neverFound: [...curated.lexicon]
      .filter((e) => (byId.get(e.id)?.plans.length ?? 0) === 0)
      .map((e) => ({ id: e.id, name: e.name })),
    statedWithoutEvidence: graph.edges
      .filter((e) => e.basis === 'stated' && e.evidence.length === 0)
      .map((e) => `${e.type} ${e.source} -> ${e.target}`),
    rejected: rejected.map((r) => `${r.edge.type} ${r.edge.source} -> ${r.edge.target}: ${r.reason}`),
  };
};

const termLine = (d: TermEntry): string => {
  const first = d.mentions[0];
  const where = first ? ` ${first.plan}@${first.start}-${first.end}` : '';
  const dup = d.probableDuplicates.map((p) => `${p.name} (${p.reason})`).join(', ');
  return [
    `  ${d.label.padEnd(10)} ${d.name}  ${d.confidence.toFixed(2)} ${d.foundBy}${where} ${d.id}`,
    ...(d.completedFrom ? [`      completed from: ${d.completedFrom}`] : []),
    ...(first ? [`      「${first.sentence}」`] : []),
    ...(dup ? [`      probable duplicate of: ${dup}`] : []),
  ].join('\n');
};

/** The report as lines of text for stderr. */
export const formatReport = (r: ExtractReport, elapsedMs?: number): string => {
  const table = (o: Record<string, number>): string =>
    Object.entries(o)
      .map(([k, v]) => `  ${k.padEnd(16)} ${String(v).padStart(5)}`)
      .join('\n');
  const lines = [
    `extract: plans ${r.plans.join(', ')}${elapsedMs !== undefined ? ` in ${elapsedMs.toFixed(0)} ms` : ''}`,
    'nodes by label:',
    table(r.nodesByLabel),
    'edges by type:',
    table(r.edgesByType),
    'edges by basis:',
    table(r.edgesByBasis),
    `discovered terms (${r.discovered.length}):`,
    ...r.discovered.map(termLine),
    `candidates below the confidence threshold, not in the graph (${r.candidates.length}):`,
    ...r.candidates.map(termLine),
    `lexicon and registry entries never found (${r.neverFound.length}):`,
    ...r.neverFound.map((n) => `  ${n.id} ${n.name}`),
    `stated edges without evidence (${r.statedWithoutEvidence.length}):`,
    ...r.statedWithoutEvidence.map((s) => `  ${s}`),
    `edges set aside for breaking the model (${r.rejected.length}):`,
    ...r.rejected.map((s) => `  ${s}`),
  ];
  return `${lines.join('\n')}\n`;
};
