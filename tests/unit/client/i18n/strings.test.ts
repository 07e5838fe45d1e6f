import { describe, expect, it } from 'vitest';
import { initialLang, translator } from '../../../../client/src/i18n/i18n';
import { en, zh } from '../../../../client/src/i18n/strings';
import { NODE_LABELS, REL_TYPES } from '../../../../core/model/graph-model';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const table of [zh, en])
      for (const [k, v] of Object.entries(table)) expect(v.trim(), k).not.toBe('');
  });

  it('names every label and relationship type of the model', () => {
    const keys = Object.keys(zh);
    for (const l of NODE_LABELS) expect(keys).toContain(`label.${l}`);
    for (const r of REL_TYPES) expect(keys).toContain(`rel.${r}`);
  });

  it('fills placeholders', () => {
    expect(translator('en')('more', { n: 7 })).toBe('+7 more');
    expect(translator('zh')('more', { n: 7 })).toBe('还有 7 个');
  });

  it('starts in Chinese for a Chinese browser and in English otherwise', () => {
    expect(initialLang(['zh-CN', 'en'])).toBe('zh');
    expect(initialLang(['de-DE', 'zh-TW', 'en'])).toBe('zh');
    expect(initialLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(initialLang(['de-DE'])).toBe('en');
  });
});
