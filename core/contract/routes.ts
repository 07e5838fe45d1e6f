// The route table: method, path and the schemas of each part. The only place API paths are written:
// the server's router validates with these, the page's client builds its calls from them, and the
// OpenAPI document (`/api/openapi.json`) is generated from them.
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
import { responsibilitiesQuerySchema, responsibilitiesResponseSchema } from './responsibilities';
import { searchQuerySchema, searchResponseSchema } from './search';
import {
  impactQuerySchema,
  impactResponseSchema,
  supplyChainQuerySchema,
  supplyChainResponseSchema,
} from './supply-chain';

export interface RouteSpec {
  method: 'get' | 'post';
  /** Express-style path (`:id`); the OpenAPI generator rewrites it to `{id}`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
}

export const ROUTES = {
  health: {
    method: 'get',
    path: '/api/health',
    summary: 'Neo4j and loaded-graph status',
    response: healthResponseSchema,
  },
  ping: {
    method: 'get',
    path: '/api/health/ping',
    summary: 'One RETURN 1 round trip (the benchmark floor)',
    response: pingResponseSchema,
  },
  search: {
    method: 'get',
    path: '/api/search',
    summary: 'Find entities by Chinese, English, alias or pinyin',
    query: searchQuerySchema,
    response: searchResponseSchema,
  },
  node: {
    method: 'get',
    path: '/api/nodes/:id',
    summary: 'A node with its evidence and neighbour counts',
    params: nodeParamsSchema,
    response: nodeDetailsResponseSchema,
  },
  neighbors: {
    method: 'get',
    path: '/api/nodes/:id/neighbors',
    summary: 'Neighbours by type and direction, capped, with the total',
    params: nodeParamsSchema,
    query: neighborsQuerySchema,
    response: neighborsResponseSchema,
  },
  supplyChain: {
    method: 'get',
    path: '/api/supply-chain/:id',
    summary: 'Upstream or downstream supply chain over USED_IN, PART_OF, IN_DOMAIN',
    params: nodeParamsSchema,
    query: supplyChainQuerySchema,
    response: supplyChainResponseSchema,
  },
  impact: {
    method: 'get',
    path: '/api/impact/:id',
    summary: 'Every equipment and domain hit if the node is unavailable, with paths',
    params: nodeParamsSchema,
    query: impactQuerySchema,
    response: impactResponseSchema,
  },
  paths: {
    method: 'get',
    path: '/api/paths',
    summary: 'k shortest paths between two nodes',
    query: pathsQuerySchema,
    response: pathsResponseSchema,
  },
  bottlenecks: {
    method: 'get',
    path: '/api/bottlenecks',
    summary: 'Parts and materials ranked by the equipment and domains depending on them',
    query: bottlenecksQuerySchema,
    response: bottlenecksResponseSchema,
  },
  responsibilities: {
    method: 'get',
    path: '/api/responsibilities',
    summary: 'Department x measure matrix with basis, rule and evidence',
    query: responsibilitiesQuerySchema,
    response: responsibilitiesResponseSchema,
  },
  overview: {
    method: 'get',
    path: '/api/overview',
    summary: 'The opening view: the largest domains with their best-connected equipment',
    query: overviewQuerySchema,
    response: graphSchema,
  },
  compare: {
    method: 'get',
    path: '/api/compare',
    summary: 'Entities in both plans, only in A, only in B, by label',
    query: compareQuerySchema,
    response: compareResponseSchema,
  },
  plans: {
    method: 'get',
    path: '/api/plans',
    summary: 'The plans in the loaded graph',
    response: plansResponseSchema,
  },
  planText: {
    method: 'get',
    path: '/api/plans/:id/text',
    summary: "A plan's full text, sections and entity mention spans",
    params: planParamsSchema,
    response: planTextResponseSchema,
  },
  planUpload: {
    method: 'post',
    path: '/api/plans',
    summary:
      "Add a plan: the file's bytes as application/octet-stream (5 MB at most); on when bound to loopback or PLAN_UPLOAD=on",
    query: planUploadQuerySchema,
    response: planUploadResponseSchema,
  },
  planRemove: {
    method: 'post',
    path: '/api/plans/:id/remove',
    summary: 'Remove an added plan (seeds are refused); on with the upload',
    params: planParamsSchema,
    response: planRemoveResponseSchema,
  },
  cypher: {
    method: 'post',
    path: '/api/cypher',
    summary: 'Read-only Cypher console (plan-checked, 5 s, 1,000 rows or 2 MB, 2 at once)',
    body: cypherRequestSchema,
    response: cypherResponseSchema,
  },
} as const satisfies Record<string, RouteSpec>;
