// The API answered in memory from an offline snapshot: a `fetch` that routes `./api/...` URLs to
// the rows client/src/offline computes and the core/query functions the server uses, so every API
// client on the page works unchanged from a file:// URL. Read-only: anything else is a 404 or a 405.
import { z } from 'zod';
import {
  bottlenecksQuerySchema,
  compareQuerySchema,
  impactQuerySchema,
  neighborsQuerySchema,
  nodeParamsSchema,
  overviewQuerySchema,
  pathsQuerySchema,
  planParamsSchema,
  responsibilitiesQuerySchema,
  searchQuerySchema,
  supplyChainQuerySchema,
} from '../../../core/contract';
import { AtlasError, ERROR_STATUS, InvalidInputError, NotFoundError } from '../../../core/errors';
import type { NodeId } from '../../../core/model/ids';
import { bottleneckLabels, bottlenecksAnswer } from '../../../core/query/bottlenecks-answer';
import { compareAnswer } from '../../../core/query/compare-plans';
import { impactAnswer, impactPaths } from '../../../core/query/impact-answer';
import { neighborsAnswer, nodeDetailsAnswer } from '../../../core/query/node-details';
import { normaliseSearchText } from '../../../core/query/normalise-search-text';
import { overviewAnswer, overviewParams } from '../../../core/query/overview-answer';
import { pathsAnswer } from '../../../core/query/paths-answer';
import { entityCounts, planSummary, plansAnswer } from '../../../core/query/plan-summary';
import { planTextAnswer } from '../../../core/query/plan-text';
import {
  MAX_REACH,
  reachedMeasures,
  reachMap,
  responsibilityMatrix,
  responsibilityRows as matrixRows,
} from '../../../core/query/responsibility-matrix';
import { searchAnswer } from '../../../core/query/search-hits';
import type { SnapshotData } from '../../../core/query/snapshot-data';
import { supplyChainAnswer } from '../../../core/query/supply-chain-answer';
import { indexGraph, type GraphIndex } from '../offline/graph-index';
import { detailsRow, neighborsRow, overviewRow } from '../offline/node-rows';
import { pathsRow } from '../offline/paths';
import {
  compareRows,
  entityCountRows,
  mentionRows,
  searchRows,
  sectionsFromMentions,
} from '../offline/plan-rows';
import { responsibilityRows } from '../offline/responsibility-rows';
import { bottleneckRows, impactRow, measureReachRows, traceRow } from '../offline/trace-rows';

/** URLSearchParams as the object Express 5 hands the zod schemas (repeated keys become arrays). */
const queryObject = (p: URLSearchParams): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(p.keys())) {
    const all = p.getAll(k);
    out[k] = all.length === 1 ? all[0]! : all;
  }
  return out;
};

const parse = <T>(schema: z.ZodType<T>, p: URLSearchParams | Record<string, string>): T => {
  const r = schema.safeParse(p instanceof URLSearchParams ? queryObject(p) : p);
  if (!r.success) throw new InvalidInputError(`offline: ${z.prettifyError(r.error)}`);
  return r.data;
};

const found = <T>(v: T | null, what: string): T => {
  if (v === null) throw new NotFoundError(`offline: ${what} is not in this snapshot`);
  return v;
};

const invalid = (path: string, message: string): InvalidInputError =>
  new InvalidInputError(`offline: query parameter ${path}: ${message}`, { path });

const planOf = (g: GraphIndex, id: string) => {
  const meta = g.plans.find((p) => p.id === id);
  if (!meta) throw new NotFoundError(`offline: plan ${id} is not in this snapshot`);
  return meta;
};

/**
 * Routes one API path (after `/api`) to its answer: the rows the server's query would return,
 * computed from the snapshot's graph, handed to the same core/query functions as on the server.
 */
export const answer = (g: GraphIndex, data: SnapshotData, path: string, q: URLSearchParams): unknown => {
  const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, rawId, tail] = seg;
  // Path parameters are checked as the server checks them (a malformed id is a 400, not a 404).
  const id: string | undefined =
    rawId === undefined
      ? undefined
      : head === 'plans'
        ? parse(planParamsSchema, { id: rawId }).id
        : parse(nodeParamsSchema, { id: rawId }).id;
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
    case 'search': {
      const { q: raw, labels, limit } = parse(searchQuerySchema, q);
      const text = normaliseSearchText(raw);
      if (text.compact === '') throw invalid('q', 'type at least one character to search for');
      return searchAnswer(searchRows(g, data.pinyin, labels ?? []), text, limit);
    }
    case 'overview': {
      const { limit } = parse(overviewQuerySchema, q);
      return overviewAnswer(overviewRow(g, overviewParams(limit)), limit);
    }
    case 'nodes':
      if (id && tail === 'neighbors')
        return neighborsAnswer(
          id as NodeId,
          found(neighborsRow(g, id, parse(neighborsQuerySchema, q)) ?? null, id),
        );
      if (id && seg.length === 2) return nodeDetailsAnswer(found(detailsRow(g, id) ?? null, id));
      break;
    case 'supply-chain':
      if (id) {
        const { direction, depth, limit } = parse(supplyChainQuerySchema, q);
        found(g.nodes.get(id) ?? null, id);
        return supplyChainAnswer(id as NodeId, direction, depth, traceRow(g, id, direction, depth, limit));
      }
      break;
    case 'impact':
      if (id) {
        const { limit } = parse(impactQuerySchema, q);
        found(g.nodes.get(id) ?? null, id);
        return impactAnswer(id as NodeId, impactPaths(impactRow(g, id, limit + 1)), limit);
      }
      break;
    case 'paths': {
      const query = parse(pathsQuerySchema, q);
      if (query.from === query.to)
        throw invalid('to', 'from and to name the same node; pick two different nodes');
      const row = pathsRow(g, query);
      found(row.fromFound ? row : null, query.from);
      found(row.toFound ? row : null, query.to);
      return pathsAnswer(row, query.k);
    }
    case 'bottlenecks': {
      const { limit, labels } = parse(bottlenecksQuerySchema, q);
      return bottlenecksAnswer(bottleneckRows(g, bottleneckLabels(labels), limit));
    }
    case 'responsibilities': {
      const { department, limit } = parse(responsibilitiesQuerySchema, q);
      const raw = responsibilityRows(g, { department: department ?? null, limit: limit + 1 });
      if (department !== undefined && raw.length === 0) found(g.nodes.get(department) ?? null, department);
      const rows = matrixRows(raw);
      return responsibilityMatrix(
        rows,
        reachMap(measureReachRows(g, reachedMeasures(rows, limit), MAX_REACH)),
        limit,
      );
    }
    case 'compare': {
      const { a, b, limit } = parse(compareQuerySchema, q);
      planOf(g, a);
      planOf(g, b);
      return compareAnswer(a, b, compareRows(g, a, b, limit + 1), limit);
    }
    case 'plans': {
      if (!id) return plansAnswer(g.plans, entityCounts(entityCountRows(g)));
      if (tail !== 'text' || seg.length !== 3) break;
      const meta = planOf(g, id);
      const text = found(data.texts[id] ?? null, `the text of plan ${id}`);
      const sections = data.sections?.[id] ?? sectionsFromMentions(g, id);
      return planTextAnswer(planSummary(meta, entities(g)), text, sections, mentionRows(g, id));
    }
  }
  throw new NotFoundError(`offline: /api/${seg.join('/')} is not available in the snapshot`);
};

const entities = (g: GraphIndex) => entityCounts(entityCountRows(g));

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
      // The core queries throw the same family as on the server, so they answer the same status.
      if (err instanceof AtlasError)
        return Promise.resolve(
          json(ERROR_STATUS[err.code], { error: { code: err.code, message: err.message } }),
        );
      return Promise.resolve(
        json(500, { error: { code: 'internal', message: `offline: ${(err as Error).message}` } }),
      );
    }
  };
};
