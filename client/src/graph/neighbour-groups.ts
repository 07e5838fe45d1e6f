// Neighbour groups of a node for the details panel: per relationship type and direction, the total
// the API counts and how many are on screen, so the panel can say "+N more". Pure.
import type { RelType } from '../../../core/model/graph-model';
import type { WireEdge } from '../api/wire';

export interface NeighbourGroup {
  type: RelType;
  direction: 'in' | 'out';
  total: number;
  shown: number;
}

export const neighbourGroups = (
  id: string,
  counts: readonly { type: RelType; direction: 'in' | 'out'; count: number }[],
  edges: Iterable<WireEdge>,
  visible: ReadonlySet<string>,
): NeighbourGroup[] => {
  const shown = new Map<string, Set<string>>();
  for (const e of edges) {
    const out = e.source === id && visible.has(e.target);
    const inn = e.target === id && visible.has(e.source);
    if (!out && !inn) continue;
    const key = `${e.type}|${out ? 'out' : 'in'}`;
    let set = shown.get(key);
    if (!set) shown.set(key, (set = new Set()));
    set.add(out ? e.target : e.source);
  }
  return counts
    .filter((c) => c.count > 0)
    .map((c) => ({
      ...c,
      total: c.count,
      shown: Math.min(c.count, shown.get(`${c.type}|${c.direction}`)?.size ?? 0),
    }))
    .map(({ type, direction, total, shown: s }) => ({ type, direction, total, shown: s }))
    .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
};
