// Sorting ASCII names (labels, node ids) in the order `localeCompare` gives them, without its cost:
// the first `localeCompare` of a process loads ICU's collation data, some 30-60 ms of a cold run.

/**
 * Printable ASCII in the order of the root collation (which `en` keeps), upper case left out: each
 * of these characters has one primary weight of its own, so two strings of them compare as the
 * sequences of their ranks, and upper case differs from lower case only at the third level.
 */
const ASCII_ORDER = '_-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';

/** Primary rank of each ASCII code unit, -1 for those left to ICU (controls, space, DEL). */
const RANK = new Int16Array(128).fill(-1);
for (let r = 0; r < ASCII_ORDER.length; r++) RANK[ASCII_ORDER.charCodeAt(r)] = r;
for (let c = 0x41; c <= 0x5a; c++) RANK[c] = RANK[c + 0x20] ?? -1;

const rankOf = (code: number): number => (code < 128 ? (RANK[code] ?? -1) : -1);

/**
 * `a.localeCompare(b)` in the root and English collations (the sign is what counts), read from a
 * table when both strings are printable ASCII and differ by more than case; otherwise ICU decides.
 * @example ['material:x', 'Equipment', 'equipment:ct'].sort(compareAscii)
 * // -> ['Equipment', 'equipment:ct', 'material:x'] as with localeCompare ('E' sorts as 'e')
 */
export const compareAscii = (a: string, b: string): number => {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let order = 0;
  for (let i = 0; i < a.length || i < b.length; i++) {
    const ra = i < a.length ? rankOf(a.charCodeAt(i)) : 0;
    const rb = i < b.length ? rankOf(b.charCodeAt(i)) : 0;
    // A character outside the table anywhere may weigh otherwise (ignorable, expanding): ICU's call.
    if (ra < 0 || rb < 0) return a.localeCompare(b);
    if (order === 0 && i < n && ra !== rb) order = ra < rb ? -1 : 1;
  }
  if (order !== 0) return order;
  // One string is the other with more characters (a primary difference: shorter first), or the two
  // differ only in case, which ICU's third level settles.
  return a.length !== b.length ? (a.length < b.length ? -1 : 1) : a.localeCompare(b);
};
