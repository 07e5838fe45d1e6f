// The responsibility matrix drawn as a graph: departments, measures, and one RESPONSIBLE_FOR edge
// per cell (a predecessor's responsibility drawn from its successor, as the matrix folds it). Pure.
import type { NodeSummary, ResponsibilitiesResponse } from '../../../core/contract';
import type { WireGraph, WireNode } from '../api/wire';

export const matrixGraph = (r: ResponsibilitiesResponse, known: ReadonlyMap<string, WireNode>): WireGraph => {
  const stub = (s: NodeSummary): WireNode => known.get(s.id) ?? { ...s, aliases: [], plans: [] };
  return {
    nodes: [...r.departments.map(stub), ...r.measures.map(stub)],
    edges: r.cells.map((c) => ({
      type: 'RESPONSIBLE_FOR',
      source: c.department,
      target: c.measure,
      basis: c.basis,
      ...(c.rule !== undefined ? { rule: c.rule } : {}),
      evidence: c.evidence,
    })),
  };
};
