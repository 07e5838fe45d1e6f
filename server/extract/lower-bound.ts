// Binary search over sorted offsets, shared by the rules that map between sentences, normalised
// text and the plan.

/** The first index of the sorted `xs` whose value is at least `x` (`xs.length` when none is). */
export const lowerBound = (xs: readonly number[], x: number): number => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
