// Which nodes a collapse hides: the visible neighbourhood of a node that does not tie it to the rest
// of the view.
import type { GraphCache } from './graph-cache';
import { cachedNeighbours } from './graph-cache';

/**
 * Visible neighbours of `id` not linked to any anchor: a visible node outside the neighbourhood, or
 * a pinned one (which stays). Links among the neighbours themselves (a measure and the material it
 * targets, both around ECMO) do not keep them: the page draws every edge among visible nodes, so
 * a neighbourhood is usually linked within itself.
 */
export const collapseTargets = (
  cache: GraphCache,
  visible: readonly string[],
  id: string,
  pinned: ReadonlySet<string> = new Set(),
): string[] => {
  const shown = new Set(visible);
  const around = new Set(cachedNeighbours(cache, id).filter((n) => shown.has(n)));
  const isAnchor = (m: string): boolean => m !== id && shown.has(m) && (!around.has(m) || pinned.has(m));
  return [...around].filter((n) => !pinned.has(n) && !cachedNeighbours(cache, n).some(isAnchor));
};
