// Everything the page has learned from the API so far: nodes and edges by id, merged from every
// graph-shaped answer. Plain data, no I/O; the view decides which part of it is visible.
import { edgeId } from './edge-id';
import type { WireEdge, WireGraph, WireNode } from '../api/wire';

export interface GraphCache {
  readonly nodes: Map<string, WireNode>;
  readonly edges: Map<string, WireEdge>;
  /** Edge ids by node id, both directions. */
  readonly incident: Map<string, Set<string>>;
}

export const createGraphCache = (): GraphCache => ({
  nodes: new Map(),
  edges: new Map(),
  incident: new Map(),
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
