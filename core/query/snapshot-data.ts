// What an offline snapshot carries (server/snapshot builds it, the page reads it): the whole graph,
// the plan texts, romanised names for search and the tours. Plain data in a JSON <script> element.
import type { PlanTextResponse } from '../contract';
import type { GraphFile } from '../model/interchange';

/** Romanised forms of a node's names (pinyin and initials, as the loader stores them), by node id. */
export type PinyinIndex = Readonly<Record<string, readonly string[]>>;

export const SNAPSHOT_ELEMENT_ID = 'plan-atlas-snapshot';

export interface SnapshotData {
  /** Format version, bumped when the shape changes. */
  format: 1;
  builtAt: string;
  graph: GraphFile;
  /** Plan id -> the plan's file text, byte-for-byte (evidence offsets index it). */
  texts: Record<string, string>;
  /**
   * Plan id -> its sections as the server's source view gives them (the extractor's own section
   * parser, run at build time). Absent in snapshots built before it; the page then approximates.
   */
  sections?: Record<string, PlanTextResponse['sections']>;
  pinyin: PinyinIndex;
  /** Tour files as shipped in client/src/tours/data (validated when played). */
  tours: unknown[];
}

/** Escapes a JSON text for a `<script type="application/json">` element (no `</script>` inside). */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Reads the snapshot embedded in a page, or null on a page served by the app. */
export const readSnapshot = (doc: Pick<Document, 'getElementById'>): SnapshotData | null => {
  const el = doc.getElementById(SNAPSHOT_ELEMENT_ID);
  if (!el?.textContent) return null;
  const data = JSON.parse(el.textContent) as SnapshotData;
  return data.format === 1 ? data : null;
};
