import { describe, expect, it } from 'vitest';
import type { NeighboursAnswer, WireEdge, WireNode } from '../../../../client/src/api/wire';
import { mapBounded } from '../../../../client/src/app/bounded-map';
import { restoreNodes, type RestoreApi } from '../../../../client/src/app/restore-nodes';
import { createGraphCache } from '../../../../client/src/graph/graph-cache';
import { asNodeId } from '../../../../server/model/ids';

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
      center: n(id),
      nodes: [...ids].map(n),
      edges: mine,
      total: mine.length,
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
    supplyChain: (id) => {
      calls.push(`supplyChain ${id}`);
      return Promise.resolve({ nodes: ['hub', 'a', 'b', 'c'].map(n), edges, truncated: false } as never);
    },
    impact: () => Promise.reject(new Error('unused')),
  };
  return { api, calls };
};

describe('restoreNodes', () => {
  it('does not ask for a node that an earlier answer already brought', async () => {
    const { api, calls } = starApi();
    const cache = createGraphCache();
    const r = await restoreNodes(api, cache, ['hub', 'a', 'b', 'c'], null, 1);
    expect(calls).toEqual(['neighbours hub']);
    expect(r).toEqual({ failed: [], requests: 1 });
    expect(cache.edges.size).toBe(3);
  });

  it('restores a traced view with the one trace request', async () => {
    const { api, calls } = starApi();
    const r = await restoreNodes(api, createGraphCache(), ['hub', 'a', 'b', 'c'], {
      kind: 'upstream',
      id: 'hub',
    });
    expect(calls).toEqual(['supplyChain hub']);
    expect(r.failed).toEqual([]);
  });

  it('reports the nodes it could not get and keeps the ones it could', async () => {
    const { api } = starApi(new Set(['lone']));
    const cache = createGraphCache();
    const r = await restoreNodes(api, cache, ['hub', 'lone'], null);
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
