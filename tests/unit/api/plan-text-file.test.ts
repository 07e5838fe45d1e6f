// Where the source view reads a plan's text: seeds/ for the seeds, the plan store by plan id for
// any other plan, so no file name from the loaded graph reaches the filesystem outside seeds/.
import { describe, expect, it } from 'vitest';
import { planTextFile } from '../../../server/api/files/plan-texts';
import { UnavailableError } from '../../../core/errors';
import { asPlanId } from '../../../core/model/ids';
import type { PlanMeta } from '../../../core/model/interchange';

const meta = (id: string, file: string): PlanMeta => ({
  id: asPlanId(id),
  title: 't',
  titleEn: 't',
  file,
  year: 2022,
});

describe('planTextFile', () => {
  it('reads a seed from seeds/', () => {
    expect(planTextFile(meta('meq-2021', 'seeds/meq-2021.txt'), '/repo', '/store')).toBe(
      '/repo/seeds/meq-2021.txt',
    );
  });

  it('reads any other plan from the store by its id, whatever file the graph names', () => {
    expect(planTextFile(meta('forum-2022', '.data/plans/texts/forum-2022.txt'), '/repo', '/store')).toBe(
      '/store/texts/forum-2022.txt',
    );
    expect(planTextFile(meta('forum-2022', '/etc/passwd'), '/repo', '/store')).toBe(
      '/store/texts/forum-2022.txt',
    );
    expect(planTextFile(meta('forum-2022', 'seeds/../../etc/passwd'), '/repo', '/store')).toBe(
      '/store/texts/forum-2022.txt',
    );
  });

  it('refuses a plan whose id is not of the plan-id form', () => {
    expect(() => planTextFile(meta('../../etc/passwd-2020', 'x'), '/repo', '/store')).toThrow(
      UnavailableError,
    );
  });
});
