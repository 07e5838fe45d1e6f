// Hops from the root for every node of a supply-chain trace (breadth-first over the trace's own
// edges), so the client can lay the trace out in layers. Pure.
import type { ApiEdge } from '../contract';

/**
 * @example traceLevels('equipment:ecmo', edges, 'upstream') // { 'equipment:ecmo': 0, 'material:...': 1, ... }
 */
export function traceLevels(
  root: string,
  edges: readonly Pick<ApiEdge, 'source' | 'target'>[],
  direction: 'upstream' | 'downstream',
): Record<string, number> {
  // Upstream walks edges against their direction (they point downstream), downstream along it.
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const [from, to] = direction === 'downstream' ? [e.source, e.target] : [e.target, e.source];
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const levels: Record<string, number> = { [root]: 0 };
  let frontier = [root];
  for (let depth = 1; frontier.length > 0; depth++) {
    const following: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (levels[n] === undefined) {
          levels[n] = depth;
          following.push(n);
        }
      }
    }
    frontier = following;
  }
  return levels;
}
