// The data an offline snapshot carries: the graph, the plan texts byte-for-byte, the romanised names
// for search, the plans' sections and the tour files. Pure apart from pinyin-pro (a pure library).
import type { GraphFile } from '../../core/model/interchange';
import { pinyinForms } from '../load/pinyin-forms';
import { planTextAnswer } from '../api/graph/plan-text';
import type { PlanSummary } from '../../core/contract';
import {
  jsonForScript,
  SNAPSHOT_ELEMENT_ID,
  type SnapshotData,
} from '../../client/src/offline/snapshot-data';

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
  // pages match); the summary and mentions it also takes play no part in them.
  const sections = Object.fromEntries(
    Object.entries(o.texts).map(([id, text]) => [
      id,
      planTextAnswer({ id } as PlanSummary, text, []).sections,
    ]),
  );
  return { format: 1, builtAt: o.builtAt, graph: o.graph, texts: o.texts, sections, pinyin, tours: o.tours };
};

/** The `<script type="application/json">` element the page reads (client/src/offline/snapshot-data.ts). */
export const dataScript = (data: SnapshotData): string =>
  `<script type="application/json" id="${SNAPSHOT_ELEMENT_ID}">${jsonForScript(data)}</script>\n`;
