// A plan's lines for the structure parser: offsets, the content without whitespace, `#` and `*`
// marks around it, and the Markdown heading depth.

export interface Line {
  readonly start: number;
  readonly end: number;
  /** The line without surrounding whitespace, `#` and `**` marks. */
  readonly cs: number;
  readonly ce: number;
  readonly content: string;
  readonly markdownHeading: boolean;
  /** Number of leading `#` (0 when the line is no Markdown heading). */
  readonly hashes: number;
}

const MARK = /[\s#*\u3000]/u;

/** The lines of `text` with their offsets and their content trimmed of whitespace and Markdown marks. */
export const splitLines = (text: string): Line[] => {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let cs = start;
    let ce = end;
    while (cs < ce && MARK.test(text[cs] ?? '')) cs++;
    while (ce > cs && MARK.test(text[ce - 1] ?? '')) ce--;
    lines.push({
      start,
      end,
      cs,
      ce,
      content: text.slice(cs, ce),
      markdownHeading: text[start] === '#',
      hashes:
        text[start] === '#' ? (/^#+/.exec(text.slice(start, Math.min(end, start + 8)))?.[0].length ?? 0) : 0,
    });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
};
