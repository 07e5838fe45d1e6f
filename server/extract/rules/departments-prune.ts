// The registry covers the whole State Council, but a graph keeps only the departments its plans
// speak of (named, issuing, responsible) and the bodies those became (SUCCEEDED_BY, followed
// forward), so 59 registry entries do not crowd a graph of two plans. Pure.
import type { GraphFile } from '../../../core/model/interchange';

export const pruneDepartments = (graph: GraphFile): GraphFile => {
  const used = new Set<string>();
  for (const n of graph.nodes) if (n.label === 'Department' && n.plans.length > 0) used.add(n.id);
  for (const e of graph.edges)
    if (e.type !== 'SUCCEEDED_BY') {
      used.add(e.source);
      used.add(e.target);
    }
  const successor = new Map<string, string>();
  for (const e of graph.edges) if (e.type === 'SUCCEEDED_BY') successor.set(e.source, e.target);
  for (const id of [...used])
    for (let at = successor.get(id), i = 0; at !== undefined && i < 10; at = successor.get(at), i++)
      used.add(at);
  const keep = (id: string, label: string): boolean => label !== 'Department' || used.has(id);
  const labelOf = new Map(graph.nodes.map((n) => [n.id as string, n.label as string]));
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => keep(n.id, n.label)),
    edges: graph.edges.filter(
      (e) => keep(e.source, labelOf.get(e.source) ?? '') && keep(e.target, labelOf.get(e.target) ?? ''),
    ),
  };
};
