// Language choice and string lookup. Pure: the browser's language comes in as a parameter.
import { en, zh, type StringKey } from './strings';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (s: string | null | undefined): s is Lang => s === 'zh' || s === 'en';

/** First choice from the browser: the first of its languages that is Chinese or English; else English. */
export const initialLang = (navigatorLanguages: readonly string[]): Lang => {
  const first = navigatorLanguages
    .map((l) => l.toLowerCase())
    .find((l) => l.startsWith('zh') || l.startsWith('en'));
  return first?.startsWith('zh') ? 'zh' : 'en';
};

export type Translate = (key: StringKey, vars?: Record<string, string | number>) => string;

/**
 * A translator for one language; `{name}` placeholders are filled from `vars`.
 * @example translator('en')('more', { n: 3 }) // '+3 more'
 */
export const translator =
  (lang: Lang): Translate =>
  (key, vars) => {
    const table: Record<StringKey, string> = lang === 'zh' ? zh : en;
    const raw = table[key];
    return vars ? raw.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m)) : raw;
  };

/** The node's display name in a language, falling back to the other one. */
export const displayName = (n: { name: string; nameEn: string }, lang: Lang): string =>
  lang === 'en' ? n.nameEn || n.name : n.name || n.nameEn;

export type { StringKey };
