// The route table: each route's method and path (from route-paths.ts, where paths are written) with
// the schemas of each part. The server validates with these, the page's calls are typed by them, and
// the OpenAPI document (`/api/openapi.json`) is generated from them.
import type { z } from 'zod';
import { bottlenecksResponseSchema, bottlenecksQuerySchema } from './bottlenecks';
import { compareQuerySchema, compareResponseSchema, overviewQuerySchema } from './compare';
import { cypherRequestSchema, cypherResponseSchema } from './cypher';
import { graphSchema } from './graph';
import { healthResponseSchema, pingResponseSchema } from './health';
import {
  neighborsQuerySchema,
  neighborsResponseSchema,
  nodeDetailsResponseSchema,
  nodeParamsSchema,
} from './nodes';
import { pathsQuerySchema, pathsResponseSchema } from './paths';
import {
  planParamsSchema,
  planRemoveResponseSchema,
  plansResponseSchema,
  planTextResponseSchema,
  planUploadQuerySchema,
  planUploadResponseSchema,
} from './plans';
import { PLAN_PREVIEW_ROUTES } from './plan-preview';
import { ROUTE_PATHS, type RouteName, type RoutePath } from './route-paths';
import { responsibilitiesQuerySchema, responsibilitiesResponseSchema } from './responsibilities';
import { searchQuerySchema, searchResponseSchema } from './search';
import {
  impactQuerySchema,
  impactResponseSchema,
  supplyChainQuerySchema,
  supplyChainResponseSchema,
} from './supply-chain';

/** A route: its method and path (route-paths.ts; the OpenAPI generator rewrites `:id` to `{id}`) and schemas. */
export interface RouteSpec extends RoutePath {
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
}

export const ROUTES = {
  health: {
    ...ROUTE_PATHS.health,
    summary: 'Neo4j and loaded-graph status',
    response: healthResponseSchema,
  },
  ping: {
    ...ROUTE_PATHS.ping,
    summary: 'One RETURN 1 round trip (the benchmark floor)',
    response: pingResponseSchema,
  },
  search: {
    ...ROUTE_PATHS.search,
    summary: 'Find entities by Chinese, English, alias or pinyin',
    query: searchQuerySchema,
    response: searchResponseSchema,
  },
  node: {
    ...ROUTE_PATHS.node,
    summary: 'A node with its evidence and neighbour counts',
    params: nodeParamsSchema,
    response: nodeDetailsResponseSchema,
  },
  neighbors: {
    ...ROUTE_PATHS.neighbors,
    summary: 'Neighbours by type and direction, capped, with the total',
    params: nodeParamsSchema,
    query: neighborsQuerySchema,
    response: neighborsResponseSchema,
  },
  supplyChain: {
    ...ROUTE_PATHS.supplyChain,
    summary: 'Upstream or downstream supply chain over USED_IN, PART_OF, IN_DOMAIN',
    params: nodeParamsSchema,
    query: supplyChainQuerySchema,
    response: supplyChainResponseSchema,
  },
  impact: {
    ...ROUTE_PATHS.impact,
    summary: 'Every equipment and domain hit if the node is unavailable, with paths',
    params: nodeParamsSchema,
    query: impactQuerySchema,
    response: impactResponseSchema,
  },
  paths: {
    ...ROUTE_PATHS.paths,
    summary: 'k shortest paths between two nodes',
    query: pathsQuerySchema,
    response: pathsResponseSchema,
  },
  bottlenecks: {
    ...ROUTE_PATHS.bottlenecks,
    summary: 'Parts and materials ranked by the equipment and domains depending on them',
    query: bottlenecksQuerySchema,
    response: bottlenecksResponseSchema,
  },
  responsibilities: {
    ...ROUTE_PATHS.responsibilities,
    summary: 'Department x measure matrix with basis, rule and evidence',
    query: responsibilitiesQuerySchema,
    response: responsibilitiesResponseSchema,
  },
  overview: {
    ...ROUTE_PATHS.overview,
    summary: 'The opening view: the largest domains with their best-connected equipment',
    query: overviewQuerySchema,
    response: graphSchema,
  },
  compare: {
    ...ROUTE_PATHS.compare,
    summary: 'Entities in both plans, only in A, only in B, by label',
    query: compareQuerySchema,
    response: compareResponseSchema,
  },
  plans: {
    ...ROUTE_PATHS.plans,
    summary: 'The plans in the loaded graph',
    response: plansResponseSchema,
  },
  planText: {
    ...ROUTE_PATHS.planText,
    summary: "A plan's full text, sections and entity mention spans",
    params: planParamsSchema,
    response: planTextResponseSchema,
  },
  planUpload: {
    ...ROUTE_PATHS.planUpload,
    summary:
      "Add a plan: the file's bytes as application/octet-stream (5 MB at most); on when bound to loopback or PLAN_UPLOAD=on",
    query: planUploadQuerySchema,
    response: planUploadResponseSchema,
  },
  planRemove: {
    ...ROUTE_PATHS.planRemove,
    summary: 'Remove an added plan (seeds are refused); on with the upload',
    params: planParamsSchema,
    response: planRemoveResponseSchema,
  },
  ...PLAN_PREVIEW_ROUTES,
  cypher: {
    ...ROUTE_PATHS.cypher,
    summary: 'Read-only Cypher console (plan-checked, 5 s, 1,000 rows or 2 MB, 2 at once)',
    body: cypherRequestSchema,
    response: cypherResponseSchema,
  },
} as const satisfies Partial<Record<RouteName, RouteSpec>>;
