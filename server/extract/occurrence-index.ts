// Occurrences of a plan looked up by offset: a rule that asks what is named in or around a span reads
// the few occurrences near it, not every occurrence of the plan (on a long plan, asked once per
// sentence, a scan of all of them grows with the square of its length).
import { lowerBound } from './lower-bound';
import type { Occurrence } from './types';

interface Index {
  readonly starts: readonly number[];
  /** The longest occurrence: one that overlaps a span starts at most this far before it. */
  readonly longest: number;
}

const indexes = new WeakMap<readonly Occurrence[], Index | null>();

/** The index of `occ`, or null when `occ` is not sorted by start (then every occurrence is read). */
const indexOf = (occ: readonly Occurrence[]): Index | null => {
  let index = indexes.get(occ);
  if (index === undefined) {
    const starts = occ.map((o) => o.start);
    const sorted = starts.every((s, i) => i === 0 || (starts[i - 1] ?? 0) <= s);
    let longest = 0;
    for (const o of occ) longest = Math.max(longest, o.end - o.start);
    index = sorted ? { starts, longest } : null;
    indexes.set(occ, index);
  }
  return index;
};

/**
 * True when an occurrence that starts at `from` or later, before `stop` says the starts have run past
 * the span, passes `keep`; without an index every occurrence is read.
 */
const someFrom = (
  occ: readonly Occurrence[],
  from: (index: Index) => number,
  stop: (o: Occurrence) => boolean,
  keep: (o: Occurrence) => boolean,
): boolean => {
  const index = indexOf(occ);
  if (!index) return occ.some(keep);
  for (let i = lowerBound(index.starts, from(index)); i < occ.length; i++) {
    const o = occ[i];
    if (!o || stop(o)) break;
    if (keep(o)) return true;
  }
  return false;
};

/** True when an occurrence overlapping [start, end) of the text passes `test`. */
export const someOverlapping = (
  occ: readonly Occurrence[],
  start: number,
  end: number,
  test: (o: Occurrence) => boolean,
): boolean =>
  someFrom(
    occ,
    (index) => start - index.longest,
    (o) => o.start >= end,
    (o) => o.start < end && o.end > start && test(o),
  );

/** True when an occurrence inside [start, end] of the text passes `test`. */
export const someWithin = (
  occ: readonly Occurrence[],
  start: number,
  end: number,
  test: (o: Occurrence) => boolean,
): boolean =>
  someFrom(
    occ,
    () => start,
    (o) => o.start > end,
    (o) => o.start >= start && o.end <= end && test(o),
  );
