// The data an offline snapshot carries: the graph, the plan texts byte-for-byte, the romanised names
// for search, the plans' sections and the tour files. Pure apart from pinyin-pro (a pure library).
import type { GraphFile } from '../../core/model/interchange';
import { jsonForScript, SNAPSHOT_ELEMENT_ID, type SnapshotData } from '../../core/query/snapshot-data';
import { planSections } from '../api/graph/plan-text';
import { pinyinForms } from '../load/pinyin-forms';

export const buildSnapshotData = (o: {
  graph: GraphFile;
  texts: Record<string, string>;
  tours: unknown[];
  builtAt: string;
}): SnapshotData => {
  const pinyin: Record<string, string[]> = {};
  for (const n of o.graph.nodes) {
    const f = pinyinForms(n.name, n.aliases);
    const forms = [...f.pinyin, ...f.initials];
    if (forms.length > 0) pinyin[n.id] = forms;
  }
  // The sections the server's source view gives, from its own function (so offline and served
  // pages match).
  const sections = Object.fromEntries(Object.entries(o.texts).map(([id, text]) => [id, planSections(text)]));
  return { format: 1, builtAt: o.builtAt, graph: o.graph, texts: o.texts, sections, pinyin, tours: o.tours };
};

/** The `<script type="application/json">` element the page reads (core/query/snapshot-data.ts). */
export const dataScript = (data: SnapshotData): string =>
  `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${jsonForScript(data)}</script>\n`;
