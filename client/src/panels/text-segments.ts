// Cuts a plan's text into runs for the source view: plain text, the highlighted evidence, entity
// mentions (clickable back into the graph) and the text's Markdown (headings, bold, and the marks
// that make them, which the view hides but keeps, so every offset still points at the same
// character). Pure; offsets are UTF-16 like the API's.

export interface Segment {
  text: string;
  start: number;
  highlighted: boolean;
  /** The entity mentioned here, if any. */
  mention?: string;
  /** Markdown syntax (`### `, `**`): kept in the text, not shown. */
  markup?: boolean;
  strong?: boolean;
  /** Heading level (1-6) of the line this run is in. */
  heading?: number;
}

export type MarkdownStyle = { kind: 'markup' | 'strong' } | { kind: 'heading'; level: number };
export type StyleSpan = Span & MarkdownStyle;

/**
 * The Markdown the plan texts use: `#` headings and `**bold**` within a line.
 *
 * @example markdownStyles('### **（一）总体思路**')
 * // markup 0-4 ('### '), heading 4-15, markup 4-6, strong 6-13, markup 13-15
 */
export const markdownStyles = (text: string): StyleSpan[] => {
  const out: StyleSpan[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const head = /^(#{1,6})[ \t]+/.exec(line);
    if (head) {
      out.push({ start: at, end: at + head[0].length, kind: 'markup' });
      if (line.length > head[0].length)
        out.push({
          start: at + head[0].length,
          end: at + line.length,
          kind: 'heading',
          level: head[1]!.length,
        });
    }
    for (const m of line.matchAll(/\*\*(?=\S)(.+?)\*\*/g)) {
      const s = at + m.index;
      const e = s + m[0].length;
      out.push({ start: s, end: s + 2, kind: 'markup' });
      out.push({ start: s + 2, end: e - 2, kind: 'strong' });
      out.push({ start: e - 2, end: e, kind: 'markup' });
    }
    at += line.length + 1;
  }
  return out;
};

export interface Span {
  start: number;
  end: number;
}

/**
 * @example segmentText('ab中空纤维膜cd', {start: 2, end: 7}, [{start: 2, end: 7, node: 'material:x'}])
 * // [{text:'ab'...}, {text:'中空纤维膜', highlighted: true, mention: 'material:x'...}, {text:'cd'...}]
 */
export const segmentText = (
  text: string,
  highlight: Span | null,
  mentions: readonly (Span & { node: string })[],
  styles: readonly StyleSpan[] = [],
): Segment[] => {
  const valid = mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  if (highlight) {
    cuts.add(Math.max(0, Math.min(text.length, highlight.start)));
    cuts.add(Math.max(0, Math.min(text.length, highlight.end)));
  }
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const looks = styles.filter((st) => st.start >= 0 && st.end <= text.length && st.end > st.start);
  for (const st of looks) {
    cuts.add(st.start);
    cuts.add(st.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const mention = sorted.find((m) => m.start <= start && m.end >= end)?.node;
    const inside = looks.filter((st) => st.start <= start && st.end >= end);
    const heading = inside.find((st) => st.kind === 'heading');
    out.push({
      text: text.slice(start, end),
      start,
      highlighted: highlight !== null && start >= highlight.start && end <= highlight.end,
      ...(mention ? { mention } : {}),
      ...(inside.some((st) => st.kind === 'markup') ? { markup: true } : {}),
      ...(inside.some((st) => st.kind === 'strong') ? { strong: true } : {}),
      ...(heading?.kind === 'heading' ? { heading: heading.level } : {}),
    });
  }
  return out;
};
