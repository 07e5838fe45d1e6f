import { describe, expect, it } from 'vitest';
import type { NeighboursAnswer, WireEdge, WireNode } from '../../../../client/src/api/wire';
import { mapBounded } from '../../../../client/src/app/bounded-map';
import { restoreNodes, type RestoreApi } from '../../../../client/src/app/restore-nodes';
import {
  createGraphCache,
  mergeClosed,
  mergeGraph,
  mergeNeighbours,
  nodesToComplete,
} from '../../../../client/src/graph/graph-cache';
import { asNodeId } from '../../../../core/model/ids';

const n = (id: string): WireNode => ({
  id: asNodeId(id),
  label: 'Equipment',
  name: id,
  nameEn: id,
  aliases: [],
  plans: [],
});
const e = (s: string, t: string): WireEdge => ({
  type: 'PART_OF',
  source: asNodeId(s),
  target: asNodeId(t),
  basis: 'stated',
  evidence: [],
});

/** A tiny in-memory API over a star: hub — a, b, c; plus a lone node; `down` ids fail. */
const starApi = (down: ReadonlySet<string> = new Set()) => {
  const calls: string[] = [];
  const edges = ['a', 'b', 'c'].map((x) => e(x, 'hub'));
  const neighbours = (id: string): NeighboursAnswer => {
    const mine = edges.filter((x) => x.source === id || x.target === id);
    const ids = new Set([id, ...mine.flatMap((x) => [x.source, x.target])]);
    return {
      center: id,
      nodes: [...ids].map(n),
      edges: mine,
      total: mine.length,
      returned: mine.length,
    } as unknown as NeighboursAnswer;
  };
  const api: RestoreApi = {
    neighbours: (id) => {
      calls.push(`neighbours ${id}`);
      return down.has(id) ? Promise.reject(new Error('503')) : Promise.resolve(neighbours(id));
    },
    node: (id) => {
      calls.push(`node ${id}`);
      return down.has(id) ? Promise.reject(new Error('503')) : Promise.resolve({ node: n(id) } as never);
    },
  };
  return { api, calls, neighbours };
};

describe('restoreNodes', () => {
  it('asks for the edges of every node the cache knows only from other answers', async () => {
    const { api, calls } = starApi();
    const cache = createGraphCache();
    // A supply-chain answer brought hub, a and b with one edge only: a-hub and b-hub are unknown.
    mergeGraph(cache, { nodes: ['hub', 'a', 'b'].map(n), edges: [e('c', 'hub')] });
    const r = await restoreNodes(api, cache, ['hub', 'a', 'b'], 1);
    expect(calls).toEqual(['neighbours hub', 'neighbours a', 'neighbours b']);
    expect(r).toEqual({ failed: [], requests: 3 });
    expect([...cache.edges.keys()].filter((k) => !k.includes('|c|'))).toHaveLength(2);
  });

  it('gives the same edges among the nodes on a fresh cache and after other navigation', async () => {
    const view = ['hub', 'a', 'b'];
    const among = (c: ReturnType<typeof createGraphCache>): string[] =>
      [...c.edges.values()]
        .filter((x) => view.includes(x.source) && view.includes(x.target))
        .map((x) => `${x.source}>${x.target}`)
        .sort();
    const fresh = createGraphCache();
    await restoreNodes(starApi().api, fresh, view);
    const navigated = createGraphCache();
    mergeGraph(navigated, { nodes: view.map(n), edges: [] });
    await restoreNodes(starApi().api, navigated, view);
    expect(among(navigated)).toEqual(among(fresh));
    expect(among(fresh)).toEqual(['a>hub', 'b>hub']);
  });

  it('asks nothing for nodes whose edges are all known, or that share a closed answer', async () => {
    const { api, calls, neighbours } = starApi();
    const cache = createGraphCache();
    mergeNeighbours(cache, neighbours('hub'), true);
    mergeClosed(cache, { nodes: ['a', 'b'].map(n), edges: [] });
    expect(nodesToComplete(cache, ['hub', 'a', 'b'])).toEqual([]);
    await restoreNodes(api, cache, ['hub', 'a', 'b']);
    expect(calls).toEqual([]);
    // c is neither complete nor in the closed set with a and b: its pairs with them are unknown.
    expect(nodesToComplete(cache, ['a', 'b', 'c'])).toEqual(['c']);
  });

  it('does not count a capped or filtered neighbours answer as complete', () => {
    const { neighbours } = starApi();
    const cache = createGraphCache();
    mergeNeighbours(cache, { ...neighbours('hub'), returned: 2 }, true);
    mergeNeighbours(cache, neighbours('a'), false);
    expect([...cache.complete]).toEqual([]);
  });

  it('reports the nodes it could not get and keeps the ones it could', async () => {
    const { api } = starApi(new Set(['lone']));
    const cache = createGraphCache();
    const r = await restoreNodes(api, cache, ['hub', 'lone']);
    expect(r.failed).toEqual(['lone']);
    expect(cache.nodes.has('hub')).toBe(true);
  });
});

describe('mapBounded', () => {
  it('keeps at most `limit` steps in flight and the results in item order', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await mapBounded([5, 1, 4, 2, 3, 0], 2, async (ms) => {
      most = Math.max(most, ++inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return ms * 10;
    });
    expect(most).toBe(2);
    expect(out).toEqual([50, 10, 40, 20, 30, 0]);
  });
});
