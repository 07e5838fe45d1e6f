// The extract command's arguments: --out is required, --plan starts a group of plan options.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../server/cli/extract';
import { resolvePlans } from '../../../server/cli/seed-graph';
import { InvalidInputError } from '../../../core/errors';
import { curated } from './seed-data';

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
    expect(() => parseArgs(['--out', 'g.json', '--frobnicate', 'x'])).toThrow(InvalidInputError);
  });
});

describe('--issuer', () => {
  const args = () =>
    parseArgs([
      '--out',
      'g.json',
      '--plan',
      'n.txt',
      '--plan-id',
      'news-2022',
      '--title',
      'N',
      '--issuer',
      '工信部',
      '--issuer',
      'department:nmpa',
    ]);

  it('repeats within a --plan group', () => {
    expect(args().plans[0]?.issuers).toEqual(['工信部', 'department:nmpa']);
  });

  it('resolves names, short names and ids against the registry into the plan metadata', () => {
    const plans = resolvePlans([], args().plans, curated().departments);
    expect(plans[0]?.issuers).toEqual(['department:miit', 'department:nmpa']);
  });

  it('refuses a name the registry does not hold', () => {
    const bad = parseArgs([
      '--out',
      'g.json',
      '--plan',
      'n.txt',
      '--plan-id',
      'news-2022',
      '--title',
      'N',
      '--issuer',
      '某某部',
    ]);
    expect(() => resolvePlans([], bad.plans, curated().departments)).toThrow(InvalidInputError);
  });
});
