// What a new plan must pass before it is extracted, and what a stored record must hold.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../core/errors';
import {
  checkChinese,
  checkNewPlanId,
  checkSize,
  checkTitle,
  checkYear,
  parsePlanRecord,
} from '../../../server/plans/plan-record';

const record = {
  id: 'forum-2022',
  title: '国家发布：“十四五”医疗装备规划出台',
  titleEn: 'Forum post on the 14th FYP medical equipment plan',
  year: 2022,
  issuers: ['department:miit'],
  file: 'texts/forum-2022.txt',
  sha256: 'a'.repeat(64),
  textSha256: 'b'.repeat(64),
  encoding: 'utf-8',
  addedAt: '2026-12-02T07:00:00.000Z',
};

describe('checkNewPlanId', () => {
  it('accepts a free id of the form short-name-YYYY', () => {
    expect(checkNewPlanId('forum-2022', ['meq-2021', 'hist-2017'], ['guide-2016'])).toBe('forum-2022');
  });

  it.each(['Forum-2022', 'forum', '../etc-2022', 'forum_2022', 'forum-22', '-2022', 'a/b-2022'])(
    'refuses the id %s, which is not of the plan-id form',
    (id) => {
      expect(() => checkNewPlanId(id, [], [])).toThrow(InvalidInputError);
    },
  );

  it("refuses a seed plan's id and an id already in the store", () => {
    expect(() => checkNewPlanId('meq-2021', ['meq-2021'], [])).toThrow(InvalidInputError);
    expect(() => checkNewPlanId('guide-2016', [], ['guide-2016'])).toThrow(InvalidInputError);
  });
});

describe('checkTitle, checkYear and checkSize', () => {
  it('requires a title and trims it', () => {
    expect(checkTitle('  医疗装备产业发展规划 ')).toBe('医疗装备产业发展规划');
    expect(() => checkTitle(undefined)).toThrow(InvalidInputError);
    expect(() => checkTitle('   ')).toThrow(InvalidInputError);
  });

  it("takes the year from --year or from the id's last four digits", () => {
    expect(checkYear('2021', 'forum-2022')).toBe(2021);
    expect(checkYear(undefined, 'forum-2022')).toBe(2022);
    expect(() => checkYear('next year', 'forum-2022')).toThrow(/--year/);
    expect(() => checkYear('1900', 'forum-2022')).toThrow(/--year/);
  });

  it('refuses a file over 5 MB', () => {
    expect(() => checkSize(5 * 1024 * 1024, 'plan.txt')).not.toThrow();
    expect(() => checkSize(5 * 1024 * 1024 + 1, 'plan.txt')).toThrow(InvalidInputError);
  });
});

describe('checkChinese', () => {
  it('accepts Chinese prose with Latin abbreviations in it', () => {
    expect(() =>
      checkChinese('推动5G、人工智能等新技术与医疗装备深度融合，发展高端CT、MRI等医学影像设备。', 'plan.txt'),
    ).not.toThrow();
  });

  it('refuses an English page and a table of numbers', () => {
    expect(() => checkChinese('Medical Equipment Industry Development Plan. '.repeat(20), 'en.txt')).toThrow(
      /does not read as Chinese text/,
    );
    expect(() => checkChinese('1,2,3,4\n'.repeat(100), 'table.csv')).toThrow(InvalidInputError);
  });
});

describe('parsePlanRecord', () => {
  it('reads a complete record', () => {
    expect(parsePlanRecord(record, 'plans.json entry 1')).toEqual(record);
  });

  it('refuses a record whose file is not texts/<id>.txt, so no record names a path', () => {
    expect(() => parsePlanRecord({ ...record, file: '../../etc/passwd' }, 'entry 1')).toThrow(
      /must be texts\/forum-2022.txt/,
    );
  });

  it('names the field of a bad record, and refuses unknown fields', () => {
    expect(() => parsePlanRecord({ ...record, year: 'soon' }, 'entry 2')).toThrow(
      /entry 2 is invalid at year/,
    );
    expect(() => parsePlanRecord({ ...record, sha256: 'xyz' }, 'entry 2')).toThrow(/at sha256/);
    expect(() => parsePlanRecord({ ...record, path: '/etc' }, 'entry 2')).toThrow(InvalidInputError);
  });
});
