// The cells of the rows aligned by spaces within a sentence (an annual report's raw-material table, a
// textbook's options), so that discovery reads each cell alone.
import type { NormalizedText } from './normalize';

/** A column gap of a row aligned by spaces: an ideographic space, or two spaces or more. */
const COLUMN_GAP = /^[ \u3000]*(?:\u3000| {2})[ \u3000]*$/;
/** What any column gap holds. */
const ANY_GAP = /\u3000| {2}/;

/**
 * Normalised [from, to) of a sentence, split into the cells of the rows aligned by spaces it holds
 * (`高分子材料    聚氨酯、聚四氟乙烯、硅橡胶    12.9%`, `A．液氮  B．液氦  C．去离子水`): a line
 * with two column gaps or more between its words is a row, each cell read alone, so that a list does not run
 * into the cells beside it. One gap (a run-in label, `3．超导型磁体 超导线圈用…`) leaves a line whole, as
 * does a row of a table drawn with bars or tabs and a tree's line (`│ ├─`), which their own readings cut.
 */
export const alignedCells = (
  text: string,
  norm: NormalizedText,
  from: number,
  to: number,
): [number, number][] => {
  // Most sentences hold no gap at all: the whole span, without looking at each character.
  if (from < to && !ANY_GAP.test(text.slice(norm.starts[from] ?? 0, norm.ends[to - 1] ?? 0)))
    return [[from, to]];
  const out: [number, number][] = [];
  let start = from;
  let line: number[] = [];
  let lineStart = from;
  const close = (end: number): void => {
    const first = norm.starts[lineStart] ?? 0;
    const last = norm.ends[Math.max(lineStart, end - 1)] ?? first;
    if (line.length >= 2 && !/[|｜\t\u2500-\u257f]/.test(text.slice(first, last))) {
      // A row is cut from the lines around it: its first cell opens at the line's start and its last
      // ends at the line's end (`光电倍增管 … 暗电流一致性⏎精密减速器 …` joins no cells).
      if (lineStart > start) out.push([start, lineStart]);
      start = lineStart;
      for (const at of line) {
        if (at > start) out.push([start, at]);
        // `2-吸气单向阀`, `B．液氦`: an item's mark opening a cell is no part of its name; a decimal
        // (`12.9%`, `1.5T`) is no mark.
        start =
          at + (/^(?:[0-9]{1,2}|[a-z])[-.、)](?![0-9])/.exec(norm.text.slice(at, at + 4))?.[0].length ?? 0);
      }
      if (end > start) out.push([start, end]);
      start = end;
    }
    line = [];
  };
  for (let i = from + 1; i < to; i++) {
    const between = text.slice(norm.ends[i - 1] ?? 0, norm.starts[i] ?? 0);
    if (between.includes('\n')) {
      close(i);
      lineStart = i;
    } else if (COLUMN_GAP.test(between)) line.push(i);
  }
  close(to);
  if (to > start) out.push([start, to]);
  return out;
};
