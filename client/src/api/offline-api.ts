// The API answered in memory from an offline snapshot: a `fetch` that routes `./api/...` URLs by the
// route table (core/contract: the same paths the server mounts, the same params and query schemas)
// to the rows client/src/offline computes and the core/query functions the server uses, so every API
// client on the page works unchanged from a file:// URL. Read-only: anything else is a 404 or a 405.
import { z } from 'zod';
import { API_PREFIX, matchRoute, ROUTES, type RouteName, type RouteSpec } from '../../../core/contract';
import { AtlasError, ERROR_STATUS, InvalidInputError, NotFoundError } from '../../../core/errors';
import { bottleneckLabels, bottlenecksAnswer } from '../../../core/query/bottlenecks-answer';
import { compareAnswer } from '../../../core/query/compare-plans';
import { impactAnswer, impactPaths } from '../../../core/query/impact-answer';
import { neighborsAnswer, nodeDetailsAnswer } from '../../../core/query/node-details';
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
import { searchText } from '../../../core/query/simplified-query';
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

type Routes = typeof ROUTES;
type Part<N extends keyof Routes, K extends 'params' | 'query'> =
  Routes[N] extends Record<K, z.ZodType> ? z.output<Routes[N][K]> : undefined;

/** One route's answer from the snapshot: its parsed params and query in, the contract's answer out. */
type OfflineHandler<N extends keyof Routes> = (
  g: GraphIndex,
  data: SnapshotData,
  params: Part<N, 'params'>,
  query: Part<N, 'query'>,
) => z.output<Routes[N]['response']>;

/**
 * Routes a snapshot cannot answer, and why; every other GET route of the table has a handler below
 * (the parity test checks both lists against the table).
 */
export const SERVER_ONLY_ROUTES = {
  openApi: 'the OpenAPI document describes the server',
  ping: 'a round trip to Neo4j, the benchmark floor',
  planTerms: "the user's term decisions live in the server's plan store",
  planUpload: 'writes the plan store',
  planRemove: 'writes the plan store',
  planPreview: 'extracts a plan on the server',
  planPreviewDecisions: 'a preview lives in the server',
  planPreviewConfirm: 'loads into Neo4j',
  planPreviewCancel: 'a preview lives in the server',
  cypher: 'runs Cypher on Neo4j',
} as const satisfies Partial<Record<RouteName, string>>;

/** URLSearchParams as the object Express 5 hands the zod schemas (repeated keys become arrays). */
const queryObject = (p: URLSearchParams): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const k of new Set(p.keys())) {
    const all = p.getAll(k);
    out[k] = all.length === 1 ? all[0]! : all;
  }
  return out;
};

const parse = (schema: z.ZodType | undefined, input: unknown): unknown => {
  if (!schema) return undefined;
  const r = schema.safeParse(input);
  if (!r.success) throw new InvalidInputError(`offline: ${z.prettifyError(r.error)}`);
  return r.data;
};

const found = <T>(v: T | null | undefined, what: string): T => {
  if (v === null || v === undefined) throw new NotFoundError(`offline: ${what} is not in this snapshot`);
  return v;
};

const invalid = (path: string, message: string): InvalidInputError =>
  new InvalidInputError(`offline: query parameter ${path}: ${message}`, { path });

const planOf = (g: GraphIndex, id: string) =>
  found(
    g.plans.find((p) => p.id === id),
    `plan ${id}`,
  );

const entities = (g: GraphIndex) => entityCounts(entityCountRows(g));

/** What the snapshot answers, route by route of the table. */
const OFFLINE_HANDLERS: { [N in Exclude<keyof Routes, keyof typeof SERVER_ONLY_ROUTES>]: OfflineHandler<N> } =
  {
    health: (g, data) => ({
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
    }),
    search: (g, data, _, { q: raw, labels, limit }) => {
      const text = searchText(raw);
      if (text.compact === '') throw invalid('q', 'type at least one character to search for');
      return searchAnswer(searchRows(g, data.pinyin, labels ?? []), text, limit);
    },
    overview: (g, _, __, { limit }) => overviewAnswer(overviewRow(g, overviewParams(limit)), limit),
    node: (g, _, { id }) => nodeDetailsAnswer(found(detailsRow(g, id), id)),
    neighbors: (g, _, { id }, query) => neighborsAnswer(id, found(neighborsRow(g, id, query), id)),
    supplyChain: (g, _, { id }, { direction, depth, limit }) => {
      found(g.nodes.get(id), id);
      return supplyChainAnswer(id, direction, depth, traceRow(g, id, direction, depth, limit));
    },
    impact: (g, _, { id }, { limit }) => {
      found(g.nodes.get(id), id);
      return impactAnswer(id, impactPaths(impactRow(g, id, limit + 1)), limit);
    },
    paths: (g, _, __, query) => {
      if (query.from === query.to)
        throw invalid('to', 'from and to name the same node; pick two different nodes');
      const row = pathsRow(g, query);
      found(row.fromFound ? row : null, query.from);
      found(row.toFound ? row : null, query.to);
      return pathsAnswer(row, query.k);
    },
    bottlenecks: (g, _, __, { limit, labels }) =>
      bottlenecksAnswer(bottleneckRows(g, bottleneckLabels(labels), limit)),
    responsibilities: (g, _, __, { department, limit }) => {
      const raw = responsibilityRows(g, { department: department ?? null, limit: limit + 1 });
      if (department !== undefined && raw.length === 0) found(g.nodes.get(department), department);
      const rows = matrixRows(raw);
      return responsibilityMatrix(
        rows,
        reachMap(measureReachRows(g, reachedMeasures(rows, limit), MAX_REACH)),
        limit,
      );
    },
    compare: (g, _, __, { a, b, limit }) => {
      planOf(g, a);
      planOf(g, b);
      return compareAnswer(a, b, compareRows(g, a, b, limit + 1), limit);
    },
    plans: (g) => plansAnswer(g.plans, entities(g)),
    planText: (g, data, { id }) => {
      const meta = planOf(g, id);
      const text = found(data.texts[id], `the text of plan ${id}`);
      const sections = data.sections?.[id] ?? sectionsFromMentions(g, id);
      return planTextAnswer(planSummary(meta, entities(g)), text, sections, mentionRows(g, id));
    },
  };

/** The routes of the table the snapshot answers. */
export const OFFLINE_ROUTES = Object.keys(OFFLINE_HANDLERS) as (keyof typeof OFFLINE_HANDLERS)[];

const isOffline = (name: RouteName): name is keyof typeof OFFLINE_HANDLERS => name in OFFLINE_HANDLERS;

/**
 * Answers one GET of an API path (after `/api`) from the snapshot: the route the table matches, its
 * params and query parsed with the route's own schemas (a malformed id is a 400, not a 404), then
 * the rows the server's query would return, handed to the same core/query functions as on the server.
 */
export const answer = (g: GraphIndex, data: SnapshotData, path: string, q: URLSearchParams): unknown => {
  const match = matchRoute('get', `${API_PREFIX}${path}`);
  if (!match || !isOffline(match.name))
    throw new NotFoundError(`offline: ${API_PREFIX}${path} is not available in the snapshot`);
  const route: RouteSpec = ROUTES[match.name];
  const params = parse(route.params, match.params);
  const query = parse(route.query, queryObject(q));
  // The table pairs each name with its handler, so its parsed parts are the ones it declares.
  const handler = OFFLINE_HANDLERS[match.name] as (
    g: GraphIndex,
    data: SnapshotData,
    params: unknown,
    query: unknown,
  ) => unknown;
  return handler(g, data, params, query);
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
