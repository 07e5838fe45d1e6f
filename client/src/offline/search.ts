// Search over the snapshot: Chinese, English, aliases and pinyin (full and initials, computed when
// the snapshot was built), ranked exact > prefix > substring, as /api/search answers. Pure.
import type { SearchResult } from '../../../core/contract';
import type { NodeLabel } from '../../../core/model/graph-model';
import type { GraphIndex } from './graph-index';
import { toSummary } from './wire-shapes';

/** Romanised forms of a node's names, keyed by node id (lower case, no spaces). */
export type PinyinIndex = Readonly<Record<string, readonly string[]>>;

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_·]+/g, '');

const rank = (
  q: string,
  forms: readonly string[],
): { match: SearchResult['match']; score: number } | null => {
  let best: { match: SearchResult['match']; score: number } | null = null;
  for (const raw of forms) {
    const f = norm(raw);
    if (f === '') continue;
    const hit =
      f === q
        ? { match: 'exact' as const, score: 3 }
        : f.startsWith(q)
          ? { match: 'prefix' as const, score: 2 + q.length / f.length / 2 }
          : f.includes(q)
            ? { match: 'fuzzy' as const, score: 1 + q.length / f.length / 2 }
            : null;
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  return best;
};

export const search = (
  g: GraphIndex,
  pinyin: PinyinIndex,
  q: { q: string; labels?: readonly NodeLabel[]; limit: number },
): { results: SearchResult[] } => {
  const needle = norm(q.q);
  if (needle === '') return { results: [] };
  const results: SearchResult[] = [];
  for (const n of g.nodes.values()) {
    if (q.labels && q.labels.length > 0 && !q.labels.includes(n.label)) continue;
    const r = rank(needle, [n.name, n.nameEn, ...n.aliases, ...(pinyin[n.id] ?? [])]);
    if (r) results.push({ ...toSummary(n), ...r });
  }
  results.sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.id.localeCompare(b.id));
  return { results: results.slice(0, q.limit) };
};
