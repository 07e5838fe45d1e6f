// The API answered in memory from an offline snapshot: a `fetch` that routes `./api/...` URLs to
// the pure graph queries in client/src/offline, so every API client on the page works unchanged
// from a file:// URL with no server and no network. Read-only: anything else is a 404 or a 405.
import { z } from 'zod';
import {
  bottlenecksQuerySchema,
  compareQuerySchema,
  impactQuerySchema,
  neighborsQuerySchema,
  overviewQuerySchema,
  pathsQuerySchema,
  responsibilitiesQuerySchema,
  searchQuerySchema,
  supplyChainQuerySchema,
} from '../../../core/contract';
import type { NodeId, PlanId } from '../../../core/model/ids';
import { indexGraph, type GraphIndex } from '../offline/graph-index';
import { neighbours, nodeDetails } from '../offline/nodes';
import { overview } from '../offline/overview';
import { paths } from '../offline/paths';
import { compare, planText, plans } from '../offline/plans';
import { responsibilities } from '../offline/responsibilities';
import { search } from '../offline/search';
import type { SnapshotData } from '../offline/snapshot-data';
import { bottlenecks, impact, supplyChain } from '../offline/supply-chain';

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** URLSearchParams as the object Express 5 hands the zod schemas (repeated keys become arrays). */
const queryObject = (p: URLSearchParams): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(p.keys())) {
    const all = p.getAll(k);
    out[k] = all.length === 1 ? all[0]! : all;
  }
  return out;
};

const parse = <T>(schema: z.ZodType<T>, p: URLSearchParams): T => {
  const r = schema.safeParse(queryObject(p));
  if (!r.success) throw new HttpProblem(400, 'invalid_input', `offline: ${z.prettifyError(r.error)}`);
  return r.data;
};

const found = <T>(v: T | null, what: string): T => {
  if (v === null) throw new HttpProblem(404, 'not_found', `offline: ${what} is not in this snapshot`);
  return v;
};

/** Routes one API path (after `/api`) to its answer. */
export const answer = (g: GraphIndex, data: SnapshotData, path: string, q: URLSearchParams): unknown => {
  const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id, tail] = seg;
  switch (head) {
    case 'health':
      return {
        status: 'ok',
        neo4j: { connected: false },
        graph: {
          version: 'snapshot',
          nodes: g.nodes.size,
          edges: g.edges.length,
          plans: g.plans.length,
          loadedAt: data.builtAt,
          hash: '',
        },
      };
    case 'search':
      return search(g, data.pinyin, parse(searchQuerySchema, q));
    case 'overview':
      return overview(g, parse(overviewQuerySchema, q).limit);
    case 'nodes':
      if (id && tail === 'neighbors')
        return found(neighbours(g, id as NodeId, parse(neighborsQuerySchema, q)), id);
      if (id && seg.length === 2) return found(nodeDetails(g, id as NodeId), id);
      break;
    case 'supply-chain':
      if (id)
        return found(
          g.nodes.has(id) ? supplyChain(g, id as NodeId, parse(supplyChainQuerySchema, q)) : null,
          id,
        );
      break;
    case 'impact':
      if (id) return found(g.nodes.has(id) ? impact(g, id as NodeId, parse(impactQuerySchema, q)) : null, id);
      break;
    case 'paths':
      return paths(g, parse(pathsQuerySchema, q));
    case 'bottlenecks':
      return bottlenecks(g, parse(bottlenecksQuerySchema, q));
    case 'responsibilities':
      return responsibilities(g, parse(responsibilitiesQuerySchema, q));
    case 'compare':
      return compare(g, parse(compareQuerySchema, q));
    case 'plans':
      if (!id) return plans(g);
      if (tail === 'text') return found(planText(g, data.texts, id as PlanId, data.sections), id);
      break;
  }
  throw new HttpProblem(404, 'not_found', `offline: /api/${seg.join('/')} is not available in the snapshot`);
};

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A fetch for `createAtlasApi({ fetchImpl })` that never touches the network.
 * @example createAtlasApi({ fetchImpl: createOfflineFetch(readSnapshot(document)!) })
 */
export const createOfflineFetch = (data: SnapshotData): typeof fetch => {
  const g = indexGraph(data.graph);
  return (input, init) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // Relative API URLs resolve against a dummy origin: only the path and query matter here.
    const url = new URL(raw, 'http://snapshot.invalid/');
    const at = url.pathname.indexOf('/api/');
    if ((init?.method ?? 'GET').toUpperCase() !== 'GET')
      return Promise.resolve(
        json(405, { error: { code: 'forbidden', message: 'offline: the snapshot is read-only' } }),
      );
    if (at < 0)
      return Promise.resolve(
        json(404, { error: { code: 'not_found', message: `offline: ${raw} is not an API URL` } }),
      );
    try {
      return Promise.resolve(json(200, answer(g, data, url.pathname.slice(at + 4), url.searchParams)));
    } catch (err) {
      if (err instanceof HttpProblem)
        return Promise.resolve(json(err.status, { error: { code: err.code, message: err.message } }));
      return Promise.resolve(
        json(500, { error: { code: 'internal', message: `offline: ${(err as Error).message}` } }),
      );
    }
  };
};
