// A compact, URL-safe form of a list of node ids for long views: ids grouped by label, sorted, and
// front-coded (each slug drops the prefix it shares with the previous one). Pure and synchronous.
//
// `equipment:ct,ct-scanner,mr` packs as `equipment:ct,B-scanner,mr`: the shared prefix length is one
// capital letter (A = 1 ... Z = 26), which node slugs never contain (`[a-z0-9.+-]`). Ids of a frozen
// dictionary (id-dictionary.ts) can instead be written as one bit each (`indexIds`).
import { ID_DICTIONARY_V1 } from './id-dictionary';

const MAX_SHARED = 26;
const CAPITAL_A = 65;

const shared = (a: string, b: string): number => {
  let k = 0;
  while (k < a.length && k < b.length && k < MAX_SHARED && a[k] === b[k]) k++;
  return k;
};

/**
 * Packs ids (order is not kept: the list comes back sorted by label, then slug).
 * @example packIds(['equipment:ct', 'equipment:ct-scanner']) // 'equipment:ct,B-scanner'
 */
export const packIds = (ids: readonly string[]): string => {
  const byLabel = new Map<string, string[]>();
  for (const id of new Set(ids)) {
    const at = id.indexOf(':');
    const label = id.slice(0, at);
    const slugs = byLabel.get(label) ?? [];
    slugs.push(id.slice(at + 1));
    byLabel.set(label, slugs);
  }
  return [...byLabel.keys()]
    .sort()
    .map((label) => {
      let previous = '';
      const coded = (byLabel.get(label) ?? []).sort().map((slug) => {
        const k = shared(previous, slug);
        previous = slug;
        return k > 0 ? String.fromCharCode(CAPITAL_A + k - 1) + slug.slice(k) : slug;
      });
      return `${label}:${coded.join(',')}`;
    })
    .join(';');
};

/** Unpacks `packIds` output; malformed parts are skipped, never thrown. */
export const unpackIds = (packed: string): string[] => {
  const out: string[] = [];
  for (const group of packed.split(';')) {
    const at = group.indexOf(':');
    if (at <= 0) continue;
    const label = group.slice(0, at);
    let previous = '';
    for (const item of group.slice(at + 1).split(',')) {
      const code = item.charCodeAt(0) - CAPITAL_A + 1;
      const k = code >= 1 && code <= MAX_SHARED ? code : 0;
      const slug = previous.slice(0, k) + item.slice(k > 0 ? 1 : 0);
      if (slug.length === 0) continue;
      previous = slug;
      out.push(`${label}:${slug}`);
    }
  }
  return out;
};

// --- Dictionary form: ids of a frozen list (id-dictionary.ts) as one bit each, six bits a character.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DICTIONARIES: Readonly<Record<string, readonly string[]>> = { '1': ID_DICTIONARY_V1 };
/** The version new links are written with. */
const CURRENT = '1';
const unpacked = new Map<string, readonly string[]>();

/** The ids of a dictionary version, in their numbered order (empty for an unknown version). */
export const dictionaryIds = (version: string): readonly string[] => {
  let ids = unpacked.get(version);
  if (!ids) {
    ids = (DICTIONARIES[version] ?? []).flatMap((group) => unpackIds(group));
    unpacked.set(version, ids);
  }
  return ids;
};

/**
 * Splits ids into those the current dictionary numbers, written as a bit set (`1.` and one
 * character per six entries, trailing empty characters dropped), and the rest, to be written as
 * ids. On the real plans 200 nodes take at most 79 characters.
 * @example indexIds(['equipment:ct', 'x:new']) // { indexed: '1.AAAA…g', rest: ['x:new'] }
 */
export const indexIds = (ids: readonly string[]): { indexed: string; rest: string[] } => {
  const dict = dictionaryIds(CURRENT);
  const place = new Map(dict.map((id, i) => [id, i] as const));
  const bits = new Uint8Array(Math.ceil(dict.length / 6));
  const rest: string[] = [];
  let any = false;
  for (const id of new Set(ids)) {
    const i = place.get(id);
    if (i === undefined) rest.push(id);
    else {
      bits[Math.floor(i / 6)]! |= 1 << (i % 6);
      any = true;
    }
  }
  if (!any) return { indexed: '', rest };
  let text = [...bits].map((b) => B64[b]).join('');
  text = text.replace(/A+$/, '');
  return { indexed: `${CURRENT}.${text}`, rest };
};

/** Reads `indexIds`'s bit set; an unknown version or a stray character yields fewer ids, never throws. */
export const unindexIds = (indexed: string): string[] => {
  const dot = indexed.indexOf('.');
  if (dot <= 0) return [];
  const dict = dictionaryIds(indexed.slice(0, dot));
  const out: string[] = [];
  const text = indexed.slice(dot + 1);
  for (let k = 0; k < text.length; k++) {
    const v = B64.indexOf(text[k]!);
    if (v < 0) continue;
    for (let j = 0; j < 6; j++) {
      const id = dict[k * 6 + j];
      if (v & (1 << j) && id !== undefined) out.push(id);
    }
  }
  return out;
};
