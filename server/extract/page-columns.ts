// A page of two columns copied out of a PDF line by line: each line holds a line of the left column,
// a run of blanks, then the line of the right column beside it (`（三）放射治疗装备。重点发展 … （二）手术
// 机器人。供应链集中在`). Headings are read at a line's start, so the left column's sections would hold the
// right column's words too; this finds the right column's spans so that a reading of sections can leave
// them out.

/** A gap between two columns: two ideographic spaces or more, or four spaces or more. */
const GAP = /[\u3000]{2,}[ \u3000]*| {4,}[ \u3000]*|[ \u3000]{3,}/g;
/** A line indented this far holds the right column alone (the left one has run out). */
const RIGHT_ALONE = /^(?:\u3000{8,}| {16,})/;
/** Lines in a row, their two parts read as prose (not a table's short cells). */
const MIN_LINES = 6;
const MIN_MEDIAN = 10;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * [start, end) of the right column's part of every line in a run of two-column lines: at least six lines in
 * a row, empty lines aside, each a left part, a gap and a right part, whose parts run ten characters or more
 * (median), as lines of prose do and a table's cells mostly do not.
 *
 * @example rightColumns('甲'.repeat(12) + '\u3000'.repeat(3) + '乙'.repeat(12) + '\n') // [] (one line is no page)
 */
export const rightColumns = (text: string): [number, number][] => {
  if (!/\u3000\u3000| {4}/.test(text)) return [];
  const out: [number, number][] = [];
  let run: { left: number; right: number; span: [number, number] }[] = [];
  const close = (): void => {
    const two = run.filter((r) => r.left > 0 && r.right > 0);
    if (
      two.length >= MIN_LINES &&
      median(two.map((r) => r.left)) >= MIN_MEDIAN &&
      median(two.map((r) => r.right)) >= MIN_MEDIAN
    )
      for (const r of run) if (r.right > 0) out.push(r.span);
    run = [];
  };
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).replace(/\r$/, '');
    const trimmed = line.replace(/[ \u3000]+$/, '');
    const lead = trimmed.length - trimmed.replace(/^[ \u3000]+/, '').length;
    if (trimmed.length === lead) {
      // An empty line (a page's break) keeps the run; a run of two-column lines goes on across it.
    } else if (RIGHT_ALONE.test(trimmed)) {
      run.push({ left: 0, right: trimmed.length - lead, span: [start + lead, start + trimmed.length] });
    } else {
      GAP.lastIndex = lead;
      const gap = GAP.exec(trimmed);
      if (gap) {
        const at = gap.index + gap[0].length;
        run.push({
          left: gap.index - lead,
          right: trimmed.length - at,
          span: [start + at, start + trimmed.length],
        });
      } else close();
    }
    if (nl === -1) break;
    start = nl + 1;
  }
  close();
  return out;
};

/** Whether `offset` falls in one of `spans` (sorted, not overlapping). */
export const inSpans = (spans: readonly [number, number][], offset: number): boolean => {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s[0]) hi = mid - 1;
    else if (offset >= s[1]) lo = mid + 1;
    else return true;
  }
  return false;
};
