// Each department's responsibility counts as the matrix shows them: its own RESPONSIBLE_FOR edges to
// measures and plans plus those of the bodies it succeeded (SUCCEEDED_BY, folded as in the matrix),
// written into its node's props so that its details say the same number as its matrix column. Pure.
import type { GraphFile } from '../../../core/model/interchange';

/** The graph with `responsibilities`, `responsibilitiesStated` and `responsibilitiesInferred` on every department. */
export const withResponsibilityCounts = (graph: GraphFile): GraphFile => {
  const label = new Map(graph.nodes.map((n) => [n.id as string, n.label]));
  const successor = new Map<string, string>();
  for (const e of graph.edges) if (e.type === 'SUCCEEDED_BY') successor.set(e.source, e.target);
  const currentBody = (id: string): string => {
    let at = id;
    for (let i = 0; i < 10 && successor.has(at); i++) at = successor.get(at) ?? at;
    return at;
  };
  // One cell per (body, row): a predecessor's edge and the body's own to one row count once, stated first.
  const cells = new Map<string, Map<string, 'stated' | 'inferred'>>();
  for (const e of graph.edges) {
    const row = label.get(e.target);
    if (e.type !== 'RESPONSIBLE_FOR' || (row !== 'Measure' && row !== 'Plan')) continue;
    const body = currentBody(e.source);
    const rows = cells.get(body) ?? new Map<string, 'stated' | 'inferred'>();
    if (rows.get(e.target) !== 'stated') rows.set(e.target, e.basis);
    cells.set(body, rows);
  }
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.label !== 'Department') return n;
      const bases = [...(cells.get(n.id)?.values() ?? [])];
      const stated = bases.filter((b) => b === 'stated').length;
      return {
        ...n,
        props: {
          ...n.props,
          responsibilities: bases.length,
          responsibilitiesStated: stated,
          responsibilitiesInferred: bases.length - stated,
        },
      };
    }),
  };
};
