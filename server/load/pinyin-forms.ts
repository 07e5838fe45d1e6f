// Pinyin search forms of a node's Chinese names: full toneless syllables and initials, so that
// `zhongkongxianweimo` and `zkxwm` both find 中空纤维膜 through the `entity_names_en` index.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

export interface PinyinForms {
  /** Toneless syllables joined without spaces, lower case: `zhongkongxianweimo`. */
  pinyin: string[];
  /** First letters of the syllables: `zkxwm`. */
  initials: string[];
}

/** Lower case, letters and digits only: how the forms are stored and searched. */
const squash = (parts: readonly string[]): string =>
  parts
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The pinyin and initials of every name that contains Chinese characters (names without any are
 * already searchable as they are). Latin letters and digits inside a Chinese name are kept, so
 * `CT球管` gives `ctqiuguan` / `ctqg`. Duplicates are dropped; order follows the input.
 * @example pinyinForms('中空纤维膜', []) // { pinyin: ['zhongkongxianweimo'], initials: ['zkxwm'] }
 */
export function pinyinForms(name: string, aliases: readonly string[]): PinyinForms {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const text of [name, ...aliases]) {
    if (!HAN.test(text)) continue;
    const f = squash(pinyin(text, { toneType: 'none', type: 'array' }));
    const i = squash(pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }));
    if (f) full.add(f);
    if (i) initials.add(i);
  }
  return { pinyin: [...full], initials: [...initials] };
}
