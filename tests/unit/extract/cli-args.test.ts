// The extract command's arguments: --out is required, --plan starts a group of plan options.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../server/cli/extract';
import { InvalidInputError } from '../../../server/model/errors';

describe('parseArgs', () => {
  it('groups --plan-id, --title and --year with the --plan before them', () => {
    const args = parseArgs([
      '--out',
      'g.json',
      '--plan',
      'a.txt',
      '--plan-id',
      'a-2020',
      '--title',
      'A',
      '--year',
      '2020',
      '--plan',
      'b.txt',
      '--plan-id',
      'b-2021',
    ]);
    expect(args.out).toBe('g.json');
    expect(args.plans).toEqual([
      { file: 'a.txt', id: 'a-2020', title: 'A', year: '2020' },
      { file: 'b.txt', id: 'b-2021' },
    ]);
  });

  it('refuses a missing --out and an unknown option with InvalidInputError', () => {
    expect(() => parseArgs(['--plan', 'a.txt'])).toThrow(InvalidInputError);
    expect(() => parseArgs(['--out', 'g.json', '--frobnicate', 'x'])).toThrow(/unknown option --frobnicate/);
  });
});
