// The lines of tables written as text, cut at tabs or pipes (`序号	装备名称	应用领域`, `| 中文术语 | 释义 |`),
// one at a time, for the readings that walk a table's header and its rows. Pure; offsets of the text as
// written.
import { unquoted } from './csv-view';

/** Cell separators: a tab or a Markdown pipe. */
export const SEPARATOR = /\t|[|｜]/;
/** A Markdown divider row (`| --- | :---: |`): it keeps a table open and holds no cells. */
const DIVIDER = /^[\s|｜:\-–—]+$/;

/** [from, to) of each cell of `line` (starting at `at`), trimmed; Markdown's outer pipes give no cells. */
export const cellsOf = (line: string, at: number): [number, number][] => {
  const cells: [number, number][] = [];
  let start = 0;
  const pieces = line.split(SEPARATOR);
  const pipes = /^\s*[|｜]/.test(line);
  pieces.forEach((piece, i) => {
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    const outer = pipes && (i === 0 || i === pieces.length - 1) && body === '';
    const [from, to] = unquoted(line, start + lead, start + lead + body.length);
    if (!outer) cells.push([at + from, at + to]);
    start += piece.length + 1;
  });
  return cells;
};

/** One line of the text: [start, end) without its line break, and its cells when it has a separator. */
export interface PipeRow {
  readonly start: number;
  readonly end: number;
  /** The line's cells (see `cellsOf`); undefined on a line with no separator, which ends a table. */
  readonly cells?: [number, number][];
}

/**
 * The lines of `text` in order, each with its cells, or none for a line with no tab or pipe (a blank
 * line, a caption, a paragraph: the end of a table, unless the reader lets such a line stand between
 * rows). Markdown's divider rows are left out.
 *
 * @example
 * [...pipeRows('术语\t释义\n球管\t部件\n\n正文')]
 * // [{ start: 0, end: 5, cells: [[0, 2], [3, 5]] }, { start: 6, end: 11, cells: [[6, 8], [9, 11]] },
 * //  { start: 12, end: 12 }, { start: 13, end: 15 }]
 */
export function* pipeRows(text: string): Generator<PipeRow> {
  let at = 0;
  for (const raw of text.split('\n')) {
    const start = at;
    at += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const end = start + line.length;
    if (!SEPARATOR.test(line)) yield { start, end };
    else if (!DIVIDER.test(line)) yield { start, end, cells: cellsOf(line, start) };
  }
}
