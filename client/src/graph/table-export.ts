// The visible elements as CSV and JSON, for spreadsheets and scripts. Pure.
import type { EdgeData, NodeData } from './element-mapping';

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Excel reads UTF-8 Chinese only when the file starts with a byte-order mark. */
export const CSV_BOM = '\ufeff';

const HEADER = ['element', 'id', 'label', 'name', 'nameEn', 'plans', 'type', 'source', 'target', 'basis'];

/** One row per node, then one per edge; a spreadsheet can filter by the `element` column. */
export const toCsv = (nodes: readonly NodeData[], edges: readonly EdgeData[]): string =>
  [
    HEADER,
    ...nodes.map((n) => ['node', n.id, n.kind, n.name, n.nameEn, n.plans.join(';'), '', '', '', '']),
    ...edges.map((e) => ['edge', e.id, '', '', '', '', e.type, e.source, e.target, e.basis]),
  ]
    .map((row) => row.map(csvCell).join(','))
    .join('\r\n') + '\r\n';

export const toJson = (nodes: readonly NodeData[], edges: readonly EdgeData[]): string =>
  JSON.stringify(
    {
      nodes: nodes.map((n) => ({ id: n.id, label: n.kind, name: n.name, nameEn: n.nameEn, plans: n.plans })),
      edges: edges.map((e) => ({ type: e.type, source: e.source, target: e.target, basis: e.basis })),
    },
    null,
    2,
  );
