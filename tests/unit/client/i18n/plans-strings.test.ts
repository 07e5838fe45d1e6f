// The Plans panel's and the preview dialog's words exist in Chinese and English, in the same form.
import { describe, expect, it } from 'vitest';
import { PLAN_PREVIEW_TEXT, PLANS_PANEL_TEXT } from '../../../../client/src/i18n/plans-strings';

type Table = Record<'zh' | 'en', Record<string, unknown>>;

const shape = (t: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, typeof v === 'function' ? `fn/${v.length}` : typeof v]),
  );

describe('plans strings', () => {
  it('have the same keys in both languages, each a word or a function of the same arity', () => {
    const tables: [string, Table][] = [
      ['panel', PLANS_PANEL_TEXT],
      ['preview', PLAN_PREVIEW_TEXT],
    ];
    for (const [name, table] of tables) {
      expect(shape(table.en), name).toEqual(shape(table.zh));
      const words = [...Object.values(table.zh), ...Object.values(table.en)];
      for (const v of words) if (typeof v === 'string') expect(v.trim(), name).not.toBe('');
    }
  });

  it('state the counts of an answer', () => {
    expect(PLAN_PREVIEW_TEXT.en.loading(3)).toBe('Extracting and loading… 3 s');
    expect(PLAN_PREVIEW_TEXT.zh.discovered(4, 2)).toBe(
      '发现的新术语（4 个；另有 2 个低于置信阈值，不会加载）',
    );
  });
});
