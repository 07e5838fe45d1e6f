// Sorting the report's labels and node ids as localeCompare does, without loading ICU's collation.
import { describe, expect, it } from 'vitest';
import { compareAscii } from '../../../server/extract/collate';

/** Printable ASCII and a space, which the table leaves to ICU. */
const CHARS =
  '_-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ';

/** A small deterministic generator (a linear congruence), so that a failure repeats. */
const strings = (count: number, alphabet: string): string[] => {
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(6) }, () => alphabet[next(alphabet.length)]).join(''),
  );
};

describe('compareAscii', () => {
  it('orders labels and discovered ids of the report as localeCompare does', () => {
    const ids = [
      'material:ju-ru-suan',
      'Equipment',
      'equipment:5g+yi-liao-jian-kang',
      'equipment:5g-yi-liao',
      'equipment:ct',
      'Component',
      'component:a.b',
      'component:a-b',
      'measure:meq-2021-tackle-key-parts',
    ];
    expect([...ids].sort(compareAscii)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('agrees in sign with localeCompare on every pair of printable ASCII strings tried', () => {
    const xs = [...strings(400, CHARS), ...strings(400, 'aA-:.+1b')];
    const disagree = xs.flatMap((a) =>
      xs
        .slice(0, 200)
        .filter((b) => Math.sign(compareAscii(a, b)) !== Math.sign(a.localeCompare(b)))
        .map((b) => `${a} ${b}`),
    );
    expect(disagree).toEqual([]);
  });

  it('leaves names outside ASCII to localeCompare', () => {
    expect(Math.sign(compareAscii('超声', '超导'))).toBe(Math.sign('超声'.localeCompare('超导')));
  });
});
