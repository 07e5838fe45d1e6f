// Which nodes a collapse hides: the visible neighbours that hang only on the collapsed node.
import type { GraphCache } from './graph-cache';
import { cachedNeighbours } from './graph-cache';

/** Visible neighbours of `id` with no other visible neighbour (pinned ones stay). */
export const collapseTargets = (
  cache: GraphCache,
  visible: readonly string[],
  id: string,
  pinned: ReadonlySet<string> = new Set(),
): string[] => {
  const shown = new Set(visible);
  return cachedNeighbours(cache, id).filter(
    (n) =>
      shown.has(n) && !pinned.has(n) && cachedNeighbours(cache, n).every((m) => m === id || !shown.has(m)),
  );
};
