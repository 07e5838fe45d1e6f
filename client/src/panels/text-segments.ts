// Cuts a plan's text into runs for the source view: plain text, the highlighted evidence, and
// entity mentions (clickable back into the graph). Pure; offsets are UTF-16 like the API's.

export interface Segment {
  text: string;
  start: number;
  highlighted: boolean;
  /** The entity mentioned here, if any. */
  mention?: string;
}

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
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const mention = sorted.find((m) => m.start <= start && m.end >= end)?.node;
    out.push({
      text: text.slice(start, end),
      start,
      highlighted: highlight !== null && start >= highlight.start && end <= highlight.end,
      ...(mention ? { mention } : {}),
    });
  }
  return out;
};
