// Everything the page has learned from the API so far: nodes and edges by id, merged from every
// graph-shaped answer. Plain data, no I/O; the view decides which part of it is visible.
import { edgeId } from './edge-id';
import type { WireEdge, WireGraph, WireNode } from '../api/wire';

export interface GraphCache {
  readonly nodes: Map<string, WireNode>;
  readonly edges: Map<string, WireEdge>;
  /** Edge ids by node id, both directions. */
  readonly incident: Map<string, Set<string>>;
  /** Nodes whose every edge is cached (an unfiltered neighbours answer that was not capped). */
  readonly complete: Set<string>;
  /** Node sets whose edges among themselves are all cached (e.g. the overview's answer). */
  readonly closed: ReadonlySet<string>[];
}

/** Closed sets kept: the latest few answers that bring "the edges among them". */
const CLOSED_KEPT = 4;

export const createGraphCache = (): GraphCache => ({
  nodes: new Map(),
  edges: new Map(),
  incident: new Map(),
  complete: new Set(),
  closed: [],
});

const touch = (c: GraphCache, nodeId: string, edgeId: string): void => {
  let set = c.incident.get(nodeId);
  if (!set) c.incident.set(nodeId, (set = new Set()));
  set.add(edgeId);
};

/** Merges an answer into the cache; later answers refine earlier ones (e.g. details add mentions). */
export const mergeGraph = (c: GraphCache, g: Partial<WireGraph>): GraphCache => {
  for (const n of g.nodes ?? []) c.nodes.set(n.id, { ...c.nodes.get(n.id), ...n });
  for (const e of g.edges ?? []) {
    const id = edgeId(e);
    c.edges.set(id, e);
    touch(c, e.source, id);
    touch(c, e.target, id);
  }
  return c;
};

/** Cached neighbours of a node (ids), through any edge. */
export const cachedNeighbours = (c: GraphCache, id: string): string[] => {
  const out = new Set<string>();
  for (const eid of c.incident.get(id) ?? []) {
    const e = c.edges.get(eid);
    if (e) out.add(e.source === id ? e.target : e.source);
  }
  return [...out];
};

/**
 * Merges a neighbours answer; when it was unfiltered (every type, both directions) and not capped,
 * the centre's edges are now all known, so a draw needs no further request for it.
 */
export const mergeNeighbours = (
  c: GraphCache,
  answer: WireGraph & { center: string; total: number; returned: number },
  unfiltered: boolean,
): GraphCache => {
  mergeGraph(c, answer);
  if (unfiltered && answer.returned >= answer.total) c.complete.add(answer.center);
  return c;
};

/** Merges an answer that carries every edge among its nodes (its node set is "closed"). */
export const mergeClosed = (c: GraphCache, g: WireGraph): GraphCache => {
  mergeGraph(c, g);
  const closed = c.closed as Set<string>[];
  closed.unshift(new Set(g.nodes.map((n) => n.id)));
  closed.length = Math.min(closed.length, CLOSED_KEPT);
  return c;
};

/**
 * The visible nodes whose edges must still be fetched so that every edge between two visible nodes
 * is known: the incomplete ones, except those inside the closed set holding most of them (a pair
 * inside one closed set is already known; a pair with one complete end too). Pure.
 */
export const nodesToComplete = (c: GraphCache, visible: readonly string[]): string[] => {
  const open = visible.filter((id) => !c.complete.has(id));
  if (open.length < 2) return open.filter((id) => !c.nodes.has(id));
  let best: ReadonlySet<string> | undefined;
  let most = 0;
  for (const set of c.closed) {
    const k = open.filter((id) => set.has(id)).length;
    if (k > most) [best, most] = [set, k];
  }
  return best ? open.filter((id) => !best.has(id)) : open;
};
