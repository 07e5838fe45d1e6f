// Sentences of a plan with exact offsets: split at 。！？；, at headings and section ends, and kept
// whole across page breaks and the broken side-column text (a blank line alone never ends a sentence).
// News by-lines (来源：..., 记者 ...) are no sentences, so nothing is found in them.
import { isByline } from './bylines';
import { sectionAt } from './structure';
import type { Section, Sentence } from './types';

/** 。！？； end a sentence; half-width ?!; of news texts do after Chinese text (not in `?id=` or `&nbsp;`). */
const isTerminal = (text: string, i: number): boolean => {
  // Character codes, not one-character strings: this runs at every character of the plan.
  const c = text.charCodeAt(i);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b) return true;
  return (c === 0x3f || c === 0x21 || c === 0x3b) && text.charCodeAt(i - 1) > 0x2e80;
};
/** A sentence needs a letter, digit or CJK character (a plain range: Unicode property classes are slow to warm up). */
const WORDY = /[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const EDGE_MARKS = /[\s*#\u3000]/u;
/** Lines that stand alone although they end in no punctuation: dates and document numbers. */
const STANDALONE_LINE = /^\s*(?:\d{4}\s*年[\s\d]*月[\s\d]*日|.*〔\d{4}〕.*号)\s*$/;

/** Trims whitespace, Markdown marks and the `——` of item lines from both ends of [start, end). */
export const trimSpan = (text: string, start: number, end: number): [number, number] => {
  let s = start;
  let e = end;
  for (;;) {
    if (s < e && EDGE_MARKS.test(text[s] ?? '')) s++;
    else if (text.startsWith('——', s) && s + 2 <= e) s += 2;
    else break;
  }
  while (e > s && EDGE_MARKS.test(text[e - 1] ?? '')) e--;
  return [s, e];
};

/** A line that opens an item of a bulleted list (`- `, `* `, `• `, `●`). */
const BULLET_LINE = /^[ \t\u3000]*(?:[-*+][ \t]|[•●▪■◆])/;

/**
 * A line that opens with a short label and a colon (`管理类别：Ⅲ`, an indented `品名举例：A、B`, `序号：12-01-01` spaced out):
 * one field of a record written line by line.
 */
const LABEL_LINE = /^[ \t\u3000]*[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,7}[ \t\u3000]*[：:]/;

/** A row of a pipe table in which a sentence ends: a line that opens and closes on a bar, with a 。 between. */
const TABLE_ROW_WITH_STOP = /^[ \t\u3000]*[|｜].*[。！？；].*[|｜][ \t\u3000]*$/;

/** The most characters of an unpunctuated line between blank lines that reads as a head (`五大目标`). */
const LONE_HEAD_MAX = 20;

/**
 * A short line without punctuation between blank lines after a finished sentence: a news
 * article's head (`五大目标`). A page break inside a sentence (`推进手术机\n\n器人`) follows no
 * finished sentence, so it does not count.
 */
const isLoneHead = (lines: readonly string[], i: number): boolean => {
  const line = (lines[i] ?? '').trim();
  if (line === '' || line.length > LONE_HEAD_MAX || /[。！？；，、：:,;]$/.test(line)) return false;
  if ((lines[i - 1] ?? '').trim() !== '' || (lines[i + 1] ?? '').trim() !== '') return false;
  let j = i - 1;
  while (j >= 0 && (lines[j] ?? '').trim() === '') j--;
  return j < 0 || /[。！？；?!;]\s*$/.test(lines[j] ?? '');
};

/** Offsets where a sentence must end (section starts and ends, the end of each heading) and by-lines. */
const structuralBreaks = (
  text: string,
  sections: readonly Section[],
): { breaks: Set<number>; bylines: [number, number][] } => {
  const breaks = new Set<number>();
  const bylines: [number, number][] = [];
  for (const s of sections) {
    if (s.kind === 'front') continue;
    breaks.add(s.start);
    breaks.add(s.end);
    // A catalogue's code is no word of its category's name (`08 呼吸、麻醉和急救器械`, not `08呼吸器械`).
    if (s.catalogue) breaks.add(s.titleStart);
    // A heading ends after its title and any closing 。/quote/bold marks that follow it.
    let e = s.titleEnd;
    while (e < text.length && /[。”*]/.test(text[e] ?? '')) e++;
    breaks.add(e);
  }
  let lineStart = 0;
  const lines = text.split('\n');
  let prevLabelled = false;
  lines.forEach((line, i) => {
    const lineEnd = lineStart + line.length;
    if (STANDALONE_LINE.test(line) || isByline(line) || isLoneHead(lines, i)) {
      breaks.add(lineStart);
      breaks.add(lineEnd);
      if (isByline(line)) bylines.push([lineStart, lineEnd]);
    } else if (/[：:]\s*$/.test(line)) breaks.add(lineEnd);
    // `- 体外诊断：A、B` after `- 医学影像：C、D`: a bulleted item opens a sentence of its own, though
    // the item before it closed on no 。.
    if (BULLET_LINE.test(line)) breaks.add(lineStart);
    // `…配置要求：A、B。 | 1280 | 2026年7月 |`: the cells after a row's 。 end with the row, so the next
    // row's fact does not quote them.
    if (TABLE_ROW_WITH_STOP.test(line)) breaks.add(lineEnd);
    // `品名举例：A、B` over `管理类别：Ⅲ`: a record's field line under another opens a sentence of its own,
    // though the field above closed on no 。 (a line without a label goes on with the field above).
    const labelled = LABEL_LINE.test(line);
    if (labelled && prevLabelled) breaks.add(lineStart);
    if (line.trim() !== '') prevLabelled = labelled;
    lineStart = lineEnd + 1;
  });
  return { breaks, bylines };
};

/** True when [start, end) lies inside one of the sorted `ranges`. */
const inRanges = (ranges: readonly [number, number][], start: number, end: number): boolean => {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid] ?? [0, 0];
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return start >= s && end <= e;
  }
  return false;
};

/**
 * `sectionAt` for offsets asked in rising order, without reading every section for each: the sections
 * begun so far wait in a heap, deepest (then latest) on top, and those that ended are dropped from it.
 * The answer is `sectionAt`'s: the deepest, then latest, section around the offset, or the first
 * section when it ranks higher. An offset below the last one asked falls back to `sectionAt`.
 */
const sectionFinder = (sections: readonly Section[]): ((offset: number) => Section) => {
  const byStart = sections
    .map((_, i) => i)
    .sort((a, b) => (sections[a]?.start ?? 0) - (sections[b]?.start ?? 0));
  /** True when section a ranks above section b (level, then start, then later in the list). */
  const above = (a: number, b: number): boolean => {
    const x = sections[a];
    const y = sections[b];
    if (!x || !y) return false;
    return x.level !== y.level ? x.level > y.level : x.start !== y.start ? x.start > y.start : a > b;
  };
  const heap: number[] = [];
  const push = (i: number): void => {
    heap.push(i);
    for (let k = heap.length - 1; k > 0;) {
      const up = (k - 1) >> 1;
      if (!above(heap[k] ?? 0, heap[up] ?? 0)) break;
      [heap[k], heap[up]] = [heap[up] ?? 0, heap[k] ?? 0];
      k = up;
    }
  };
  const pop = (): void => {
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    heap[0] = last;
    for (let k = 0; ;) {
      const [l, r] = [2 * k + 1, 2 * k + 2];
      let top = k;
      if (l < heap.length && above(heap[l] ?? 0, heap[top] ?? 0)) top = l;
      if (r < heap.length && above(heap[r] ?? 0, heap[top] ?? 0)) top = r;
      if (top === k) break;
      [heap[k], heap[top]] = [heap[top] ?? 0, heap[k] ?? 0];
      k = top;
    }
  };
  let next = 0;
  let last = -Infinity;
  return (offset) => {
    const first = sections[0];
    if (offset < last || first === undefined) return sectionAt(sections, offset);
    last = offset;
    for (; next < byStart.length && (sections[byStart[next] ?? 0]?.start ?? 0) <= offset; next++)
      push(byStart[next] ?? 0);
    // A section that ended before this offset ends before every later one too.
    while (heap.length > 0 && (sections[heap[0] ?? 0]?.end ?? 0) <= offset) pop();
    const top = heap[0];
    if (top === undefined) return first;
    const s = sections[top];
    return s && (s.level !== first.level ? s.level > first.level : s.start >= first.start) ? s : first;
  };
};

/** Splits a plan into trimmed sentences, each assigned to its innermost section. */
export const splitSentences = (text: string, sections: readonly Section[]): Sentence[] => {
  const { breaks, bylines } = structuralBreaks(text, sections);
  const sectionOf = sectionFinder(sections);
  const out: Sentence[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const [s, e] = trimSpan(text, start, end);
    if (e > s && WORDY.test(text.slice(s, e)) && !inRanges(bylines, s, e))
      out.push({ start: s, end: e, section: sectionOf(s).index });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (breaks.has(i) && i > start) flush(i);
    if (isTerminal(text, i)) flush(i + 1);
  }
  flush(text.length);
  return out;
};

/** The index of the first sentence ending after `offset` (the one holding it, or the next), or the count. */
export const sentenceFrom = (sentences: readonly Sentence[], offset: number): number => {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? Infinity) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The index of the sentence containing `offset` (binary search over sorted sentences). */
export const sentenceAt = (sentences: readonly Sentence[], offset: number): number => {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
};
