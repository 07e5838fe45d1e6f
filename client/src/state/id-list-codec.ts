// A compact, URL-safe form of a list of node ids for long views: ids grouped by label, sorted, and
// front-coded (each slug drops the prefix it shares with the previous one). Pure and synchronous.
//
// `equipment:ct,ct-scanner,mr` packs as `equipment:ct,B-scanner,mr`: the shared prefix length is one
// capital letter (A = 1 ... Z = 26), which node slugs never contain (`[a-z0-9.+-]`).

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
