// PLAN_STORE_DIR and PLAN_UPLOAD: where the user's plans live and whether the page may add them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readConfig, readPlanStoreDir } from '../../../server/cli/config';
import { InvalidInputError } from '../../../core/errors';

describe('readPlanStoreDir', () => {
  it('defaults to .data/plans under the project, and resolves a relative folder from there', () => {
    expect(readPlanStoreDir({})).toBe(path.join(PROJECT_ROOT, '.data/plans'));
    expect(readPlanStoreDir({ PLAN_STORE_DIR: 'my-plans' })).toBe(path.join(PROJECT_ROOT, 'my-plans'));
    expect(readPlanStoreDir({ PLAN_STORE_DIR: '/srv/atlas/plans' })).toBe('/srv/atlas/plans');
  });

  it('refuses the project root, seeds/ and the filesystem root', () => {
    for (const dir of ['.', 'seeds', '/', ' plans'])
      expect(() => readPlanStoreDir({ PLAN_STORE_DIR: dir })).toThrow(InvalidInputError);
  });
});

describe('readConfig: planUpload', () => {
  it('is on when bound to loopback and off elsewhere, unless PLAN_UPLOAD says otherwise', () => {
    expect(readConfig({}).planUpload).toBe(true);
    expect(readConfig({ HOST: '0.0.0.0' }).planUpload).toBe(false);
    expect(readConfig({ HOST: '0.0.0.0', PLAN_UPLOAD: 'on' }).planUpload).toBe(true);
    expect(readConfig({ PLAN_UPLOAD: 'off' }).planUpload).toBe(false);
    expect(() => readConfig({ PLAN_UPLOAD: 'maybe' })).toThrow(InvalidInputError);
  });
});
