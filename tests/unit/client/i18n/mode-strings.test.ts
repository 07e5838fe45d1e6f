// Every word of the modes exists in Chinese and English, and placeholders match across languages.
import { describe, expect, it } from 'vitest';
import { modeEn, modeTranslator, modeZh } from '../../../../client/src/i18n/mode-strings';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('mode strings', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(modeEn).sort()).toEqual(Object.keys(modeZh).sort());
    for (const v of [...Object.values(modeZh), ...Object.values(modeEn)]) expect(v.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const k of Object.keys(modeZh) as (keyof typeof modeZh)[])
      expect(placeholders(modeEn[k]), k).toEqual(placeholders(modeZh[k]));
  });

  it('fill placeholders', () => {
    expect(modeTranslator('en')('impactCounts', { e: 2, d: 1 })).toBe('2 equipment and 1 domains hit');
    expect(modeTranslator('zh')('tourStep', { i: 1, n: 6 })).toBe('第 1 / 6 步');
  });
});
