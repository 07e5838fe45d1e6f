import { describe, expect, it } from 'vitest';
import type { AtlasApi } from '../../../../client/src/api/atlas-api';
import { ApiError } from '../../../../client/src/api/http';
import type { WireGraph } from '../../../../client/src/api/wire';
import { loadOverview, retryDelay, withRetry } from '../../../../client/src/app/overview';
import { asNodeId } from '../../../../core/model/ids';

const switching = () => new ApiError(503, 'unavailable', 'api: the graph is switching versions; retry');
const policy = { tries: 5, firstDelayMs: 700, maxDelayMs: 4000 };

describe('retryDelay', () => {
  it('waits longer after each 503, doubling up to the cap, and gives up after the fifth request', () => {
    expect([1, 2, 3, 4, 5].map((k) => retryDelay(k, switching(), policy))).toEqual([
      700,
      1400,
      2800,
      4000,
      null,
    ]);
  });

  it('spends about nine seconds in all, under the ten a user waits for a first view', () => {
    const waits = [1, 2, 3, 4].map((k) => retryDelay(k, switching(), policy) ?? 0);
    expect(waits.reduce((a, b) => a + b, 0)).toBe(8900);
  });

  it("retries a proxy's 502 and 504 too", () => {
    expect(retryDelay(1, new ApiError(502, 'unreachable', 'bad gateway'), policy)).toBe(700);
    expect(retryDelay(2, new ApiError(504, 'unreachable', 'gateway timeout'), policy)).toBe(1400);
  });

  it('reports at once a server that cannot be reached, a wrong request, a missing route and any other error', () => {
    expect(retryDelay(1, new ApiError(0, 'unreachable', 'refused'), policy)).toBeNull();
    expect(retryDelay(1, new ApiError(400, 'invalid_input', 'limit'), policy)).toBeNull();
    expect(retryDelay(1, new ApiError(404, 'not_found', 'no route'), policy)).toBeNull();
    expect(retryDelay(1, new ApiError(500, 'internal', 'bug'), policy)).toBeNull();
    expect(retryDelay(1, new Error('boom'), policy)).toBeNull();
  });
});

describe('withRetry', () => {
  it('asks again after the waits the policy gives and returns the first answer', async () => {
    const waits: number[] = [];
    let calls = 0;
    const answer = await withRetry(
      () => (++calls < 3 ? Promise.reject(switching()) : Promise.resolve('graph')),
      policy,
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    );
    expect(answer).toBe('graph');
    expect(calls).toBe(3);
    expect(waits).toEqual([700, 1400]);
  });

  it('throws the last error once the tries are spent', async () => {
    const waits: number[] = [];
    let calls = 0;
    const last = new ApiError(503, 'unavailable', 'still switching');
    const run = withRetry(
      () => Promise.reject(++calls === 5 ? last : switching()),
      policy,
      (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    );
    await expect(run).rejects.toBe(last);
    expect(calls).toBe(5);
    expect(waits).toEqual([700, 1400, 2800, 4000]);
  });
});

describe('loadOverview', () => {
  const graph: WireGraph = {
    nodes: [
      {
        id: asNodeId('domain:imaging'),
        label: 'Domain',
        name: '影像',
        nameEn: 'Imaging',
        aliases: [],
        plans: [],
      },
    ],
    edges: [],
  };
  const apiAnswering = (answers: (WireGraph | ApiError)[]) => {
    const asked: number[] = [];
    const api = {
      overview: (limit: number) => {
        asked.push(limit);
        const a = answers.shift();
        return a instanceof ApiError || !a
          ? Promise.reject(a ?? new Error('no more answers'))
          : Promise.resolve(a);
      },
      plans: () => Promise.resolve([]),
    } as unknown as AtlasApi;
    return { api, asked };
  };
  const noWait = { policy, sleep: () => Promise.resolve() };

  it('draws the overview of a server that answered 503 twice while it switched graph versions', async () => {
    const { api, asked } = apiAnswering([switching(), switching(), graph]);
    expect(await loadOverview(api, { domains: 10, perDomain: 4 }, noWait)).toEqual(graph);
    expect(asked).toEqual([50, 50, 50]);
  });

  it('fails with the last 503 when the server never finishes switching', async () => {
    const { api, asked } = apiAnswering([1, 2, 3, 4, 5].map(() => switching()));
    await expect(loadOverview(api, { domains: 10, perDomain: 4 }, noWait)).rejects.toMatchObject({
      name: 'ApiError',
      status: 503,
    });
    expect(asked).toHaveLength(5);
  });
});
