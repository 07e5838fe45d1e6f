// `npm run plan` arguments: one command, its FILE or ID, and the add options.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../core/errors';
import { parsePlanArgs } from '../../../server/plans/plan-args';

describe('parsePlanArgs', () => {
  it('reads add with its file anywhere among repeated --issuer options', () => {
    expect(
      parsePlanArgs([
        'add',
        '--id',
        'forum-2022',
        'post.txt',
        '--title',
        '医疗装备规划解读',
        '--issuer',
        '工信部',
        '--issuer',
        'department:nhc',
        '--year',
        '2022',
      ]),
    ).toEqual({
      command: 'add',
      file: 'post.txt',
      id: 'forum-2022',
      title: '医疗装备规划解读',
      year: '2022',
      issuers: ['工信部', 'department:nhc'],
    });
  });

  it('reads list, remove ID, export FILE and import FILE', () => {
    expect(parsePlanArgs(['list'])).toEqual({ command: 'list' });
    expect(parsePlanArgs(['remove', 'forum-2022'])).toEqual({ command: 'remove', id: 'forum-2022' });
    expect(parsePlanArgs(['export', 'p.json'])).toEqual({ command: 'export', file: 'p.json' });
    expect(parsePlanArgs(['import', 'p.json'])).toEqual({ command: 'import', file: 'p.json' });
  });

  it('reads accept with the English name and repeated aliases', () => {
    expect(
      parsePlanArgs([
        'accept',
        '聚焦超声治疗系统',
        '--name-en',
        'Focused ultrasound therapy system',
        '--alias',
        '聚焦超声系统',
      ]),
    ).toEqual({
      command: 'accept',
      name: '聚焦超声治疗系统',
      nameEn: 'Focused ultrasound therapy system',
      aliases: ['聚焦超声系统'],
    });
  });

  it.each([
    [['accept', '聚焦超声治疗系统']],
    [['accept', '--name-en', 'X']],
    [[]],
    [['publish', 'x.txt']],
    [['add', 'x.txt']],
    [['add', '--id', 'a-2020']],
    [['add', 'x.txt', 'y.txt', '--id', 'a-2020']],
    [['add', 'x.txt', '--id', 'a-2020', '--title']],
    [['add', 'x.txt', '--id', 'a-2020', '--id', 'b-2020']],
    [['add', 'x.txt', '--id', 'a-2020', '--out', 'g.json']],
    [['remove']],
    [['remove', 'a-2020', 'b-2020']],
    [['list', 'extra']],
    [['export', '--file']],
  ])('refuses %j with the usage', (argv) => {
    expect(() => parsePlanArgs(argv)).toThrow(InvalidInputError);
    expect(() => parsePlanArgs(argv)).toThrow(InvalidInputError);
  });
});
