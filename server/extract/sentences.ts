// Sentences of a plan with exact offsets: split at 。！？；, at headings and section ends, and kept
// whole across page breaks and the broken side-column text (a blank line alone never ends a sentence).
import { sectionAt } from './structure';
import type { Section, Sentence } from './types';

const TERMINAL = new Set(['。', '！', '？', '；']);
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

/** Offsets where a sentence must end: section starts and ends, the end of each heading. */
const structuralBreaks = (text: string, sections: readonly Section[]): Set<number> => {
  const breaks = new Set<number>();
  for (const s of sections) {
    if (s.kind === 'front') continue;
    breaks.add(s.start);
    breaks.add(s.end);
    // A heading ends after its title and any closing 。/quote/bold marks that follow it.
    let e = s.titleEnd;
    while (e < text.length && /[。”*]/.test(text[e] ?? '')) e++;
    breaks.add(e);
  }
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    if (STANDALONE_LINE.test(line)) {
      breaks.add(lineStart);
      breaks.add(lineEnd);
    } else if (/[：:]\s*$/.test(line)) breaks.add(lineEnd);
    lineStart = lineEnd + 1;
  }
  return breaks;
};

/** Splits a plan into trimmed sentences, each assigned to its innermost section. */
export const splitSentences = (text: string, sections: readonly Section[]): Sentence[] => {
  const breaks = structuralBreaks(text, sections);
  const out: Sentence[] = [];
  let start = 0;
  const flush = (end: number): void => {
    const [s, e] = trimSpan(text, start, end);
    if (e > s && WORDY.test(text.slice(s, e)))
      out.push({ start: s, end: e, section: sectionAt(sections, s).index });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (breaks.has(i) && i > start) flush(i);
    if (TERMINAL.has(text[i] ?? '')) flush(i + 1);
  }
  flush(text.length);
  return out;
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
