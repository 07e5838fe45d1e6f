// The toolbar's exports of the visible view: PNG, SVG, CSV (with a BOM so Excel reads the Chinese)
// and JSON, each saved under a time-stamped name.
import type { GraphView } from '../graph/graph-view';
import { CSV_BOM, toCsv, toJson } from '../graph/table-export';
import { download } from '../panels/download';

export type ExportKind = 'png' | 'svg' | 'csv' | 'json';

const stamp = (): string => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

export const exportView = async (graph: GraphView, kind: ExportKind, title: string): Promise<void> => {
  const name = `plan-atlas-${stamp()}.${kind}`;
  if (kind === 'png') return download(name, await graph.png());
  if (kind === 'svg') return download(name, new Blob([graph.svg(title)], { type: 'image/svg+xml' }));
  const d = graph.visibleData();
  if (kind === 'csv') download(name, new Blob([CSV_BOM, toCsv(d.nodes, d.edges)], { type: 'text/csv' }));
  else download(name, new Blob([toJson(d.nodes, d.edges)], { type: 'application/json' }));
};
