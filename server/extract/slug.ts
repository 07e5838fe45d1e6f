// Readable ASCII slugs for node ids: English slugs come from the seeds; names that have none
// (discovered terms, uncurated measures, targets) get toneless pinyin plus a short hash when long.
import { pinyin } from 'pinyin-pro';

/** FNV-1a, 32 bit, as 6 hex digits: short, stable, dependency-free. */
export const shortHash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
};

const MAX_SLUG = 48;

/**
 * Slugs already made: rules name the same term again and again (each mention, each edge), and the
 * pinyin of a name is the costliest part of its id.
 */
const slugs = new Map<string, string>();
const MAX_CACHED = 50_000;

/**
 * A slug from a Chinese name: `中空纤维膜` -> `zhong-kong-xian-wei-mo`; Latin and digits are kept
 * (`5G+医疗健康` -> `5g+yi-liao-jian-kang`). Slugs past 48 characters are cut and get a hash.
 */
export const pinyinSlug = (name: string): string => {
  let slug = slugs.get(name);
  if (slug === undefined) {
    // Bounded: a server extracts plan after plan, each naming its own terms.
    if (slugs.size >= MAX_CACHED) slugs.clear();
    slug = slugOf(name);
    slugs.set(name, slug);
  }
  return slug;
};

const slugOf = (name: string): string => {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const raw = syllables
    .map((s) =>
      s
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9.+]+/g, '-'),
    )
    .join('-')
    .replace(/-+/g, '-')
    .replace(/^[-.+]+|[-.+]+$/g, '');
  const slug = raw === '' ? 'x' : raw;
  return slug.length <= MAX_SLUG
    ? slug
    : `${slug.slice(0, MAX_SLUG - 7).replace(/-+$/, '')}-${shortHash(name)}`;
};
