// The one wire contract of the HTTP API (docs/design.md "HTTP API"): zod schemas for every request and
// response, the types inferred from them, and the route table the OpenAPI document is built from.
// Server and client both import it (the client type-only), so nothing here may touch Node.
import { z } from 'zod';
import { BASES, NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from '../model/graph-model';
import { NODE_ID_PATTERN, PLAN_ID_PATTERN, type NodeId, type PlanId } from '../model/ids';

// ---------------------------------------------------------------------------------------------
// Limits: every list and traversal has a default and a maximum (docs/design.md "Conventions").

export const LIMITS = {
  searchText: { maxLength: 100 },
  search: { default: 10, max: 50 },
  neighbors: { default: 50, max: 200 },
  supplyChainDepth: { min: 1, default: 3, max: 6 },
  supplyChainNodes: { default: 500, max: 2000 },
  impact: { default: 200, max: 1000 },
  paths: { k: { default: 3, max: 5 }, maxHops: { default: 6, max: 8 } },
  bottlenecks: { default: 20, max: 100 },
  responsibilities: { default: 500, max: 2000 },
  compare: { default: 5000, max: 20000 },
  overview: { default: 50, max: 200 },
  cypher: { maxQueryLength: 5000, maxRows: 1000, maxBytes: 2_000_000, timeoutMs: 5000, concurrent: 2 },
} as const;

// ---------------------------------------------------------------------------------------------
// Building blocks. Ids keep the model's brands; the cast leaves a plain string schema at runtime so
// the OpenAPI generator can represent it.

const nodeIdString = z
  .string()
  .max(200)
  .regex(NODE_ID_PATTERN, 'a node id of the form label:slug, e.g. equipment:ecmo') as unknown as z.ZodType<
  NodeId,
  string
>;
const planIdString = z
  .string()
  .max(100)
  .regex(PLAN_ID_PATTERN, 'a plan id of the form short-name-YYYY, e.g. meq-2021') as unknown as z.ZodType<
  PlanId,
  string
>;

export const nodeLabelSchema = z.enum(NODE_LABELS);
export const relTypeSchema = z.enum(REL_TYPES);
export const basisSchema = z.enum(BASES);

/** An integer query parameter (query strings carry text) with a default and a range. */
const intParam = (min: number, def: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

/**
 * A list query parameter from an allow-list: `labels=Equipment,Material` or repeated
 * `labels=Equipment&labels=Material`. Anything outside the allow-list is a 400.
 */
const listParam = <T extends string>(allowed: readonly [T, ...T[]]) =>
  z
    .union([z.string().max(500), z.array(z.string().max(100)).max(20)])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(z.enum(allowed)).max(allowed.length * 2))
    .optional();

/** A single required text parameter (Express 5's query parser turns `a=1&a=2` into an array: 400). */
const textParam = (maxLength: number) => z.string().max(maxLength);

// ---------------------------------------------------------------------------------------------
// Response building blocks: the fields of the interchange file (docs/design.md "The interchange file").

export const evidenceWire = z.object({
  plan: planIdString,
  section: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

export const mentionWire = z.object({
  plan: planIdString,
  section: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const apiNodeSchema = z.object({
  id: nodeIdString,
  label: nodeLabelSchema,
  name: z.string(),
  nameEn: z.string(),
  aliases: z.array(z.string()),
  plans: z.array(planIdString),
  discovered: z.boolean().optional(),
  /** Present on node details and plan comparisons; left out of traversals to keep them small. */
  mentions: z.array(mentionWire).optional(),
  props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});

export const apiEdgeSchema = z.object({
  type: relTypeSchema,
  source: nodeIdString,
  target: nodeIdString,
  basis: basisSchema,
  rule: z.string().optional(),
  evidence: z.array(evidenceWire),
  /** Type-specific extras of the interchange edge (RESPONSIBLE_FOR `role`, `reasonZh`, `reasonEn`). */
  props: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});

/** A graph-shaped answer: nodes and the edges between them. */
export const graphSchema = z.object({
  nodes: z.array(apiNodeSchema),
  edges: z.array(apiEdgeSchema),
});

/** A node as a list item: enough to show and to link. */
export const nodeSummarySchema = z.object({
  id: nodeIdString,
  label: nodeLabelSchema,
  name: z.string(),
  nameEn: z.string(),
});

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum([
      'invalid_input',
      'not_found',
      'conflict',
      'unavailable',
      'forbidden',
      'too_large',
      'uri_too_long',
      'rate_limited',
      'misdirected',
      'internal',
    ]),
    message: z.string(),
  }),
});

// ---------------------------------------------------------------------------------------------
// Health (docs/api.md).

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.object({ connected: z.boolean(), version: z.string().optional() }),
  /** Null while Neo4j is unreachable or before the first load. */
  graph: z
    .object({
      version: z.string(),
      nodes: z.number().int(),
      edges: z.number().int(),
      plans: z.number().int(),
      loadedAt: z.string(),
      hash: z.string(),
    })
    .nullable(),
  /** Why the status is not ok. */
  reason: z.string().optional(),
});

export const pingResponseSchema = z.object({ ok: z.literal(true) });

// ---------------------------------------------------------------------------------------------
// Search.

export const searchQuerySchema = z.object({
  q: textParam(LIMITS.searchText.maxLength),
  labels: listParam(NODE_LABELS),
  limit: intParam(1, LIMITS.search.default, LIMITS.search.max),
});

export const searchResultSchema = nodeSummarySchema.extend({
  score: z.number(),
  /** Which rank the hit earned: exact > prefix > head (a name that ends with the query: 压力传感器 for 传感器) > fuzzy. */
  match: z.enum(['exact', 'prefix', 'head', 'fuzzy']),
});

export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });

// ---------------------------------------------------------------------------------------------
// Nodes.

export const nodeParamsSchema = z.object({ id: nodeIdString });

export const neighborCountSchema = z.object({
  type: relTypeSchema,
  direction: z.enum(['in', 'out']),
  count: z.number().int(),
});

export const nodeDetailsResponseSchema = z.object({
  node: apiNodeSchema,
  /** Every passage behind the node's relationships, each with the edge it supports. */
  evidence: z.array(
    evidenceWire.extend({
      edge: z.object({ type: relTypeSchema, source: nodeIdString, target: nodeIdString }),
    }),
  ),
  neighborCounts: z.array(neighborCountSchema),
});

export const directionSchema = z.enum(['in', 'out', 'both']);

export const neighborsQuerySchema = z.object({
  types: listParam(REL_TYPES),
  direction: directionSchema.default('both'),
  limit: intParam(1, LIMITS.neighbors.default, LIMITS.neighbors.max),
});

export const neighborsResponseSchema = graphSchema.extend({
  center: nodeIdString,
  /** How many neighbours match in all; `total - returned` is the "+N more". */
  total: z.number().int(),
  returned: z.number().int(),
});

// ---------------------------------------------------------------------------------------------
// Supply chain and impact.

export const supplyChainQuerySchema = z.object({
  direction: z.enum(['upstream', 'downstream']).default('upstream'),
  depth: intParam(LIMITS.supplyChainDepth.min, LIMITS.supplyChainDepth.default, LIMITS.supplyChainDepth.max),
  limit: intParam(1, LIMITS.supplyChainNodes.default, LIMITS.supplyChainNodes.max),
});

export const supplyChainResponseSchema = graphSchema.extend({
  root: nodeIdString,
  direction: z.enum(['upstream', 'downstream']),
  depth: z.number().int(),
  /** Hops from the root per node id (shortest), for layered layouts. */
  levels: z.record(z.string(), z.number().int()),
  truncated: z.boolean(),
});

export const impactQuerySchema = z.object({
  limit: intParam(1, LIMITS.impact.default, LIMITS.impact.max),
});

export const impactHitSchema = nodeSummarySchema.extend({
  hops: z.number().int(),
  /** Node ids from the unavailable node to the hit, along one shortest downstream path. */
  path: z.array(nodeIdString),
});

export const impactResponseSchema = graphSchema.extend({
  root: nodeIdString,
  equipment: z.array(impactHitSchema),
  domains: z.array(impactHitSchema),
  truncated: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Paths.

export const pathsQuerySchema = z.object({
  from: nodeIdString,
  to: nodeIdString,
  k: intParam(1, LIMITS.paths.k.default, LIMITS.paths.k.max),
  maxHops: intParam(1, LIMITS.paths.maxHops.default, LIMITS.paths.maxHops.max),
  types: listParam(REL_TYPES),
});

export const pathSchema = graphSchema.extend({
  hops: z.number().int(),
  /** Node ids in walk order from `from` to `to`. */
  order: z.array(nodeIdString),
});

export const pathsResponseSchema = z.object({ paths: z.array(pathSchema) });

// ---------------------------------------------------------------------------------------------
// Bottlenecks.

export const bottlenecksQuerySchema = z.object({
  limit: intParam(1, LIMITS.bottlenecks.default, LIMITS.bottlenecks.max),
  labels: listParam(['Component', 'Material'] as const),
});

export const bottleneckItemSchema = z.object({
  node: nodeSummarySchema,
  equipment: z.number().int(),
  domains: z.number().int(),
  /** equipment + domains: the rank key. */
  score: z.number().int(),
});

export const bottlenecksResponseSchema = z.object({ items: z.array(bottleneckItemSchema) });

// ---------------------------------------------------------------------------------------------
// Responsibilities.

export const responsibilitiesQuerySchema = z.object({
  department: nodeIdString.optional(),
  limit: intParam(1, LIMITS.responsibilities.default, LIMITS.responsibilities.max),
});

export const responsibilityDepartmentSchema = nodeSummarySchema.extend({
  /** Predecessor bodies folded into this department through SUCCEEDED_BY (e.g. 国家卫生计生委). */
  predecessors: z.array(nodeSummarySchema),
});

export const responsibilityMeasureSchema = nodeSummarySchema.extend({
  /** What the measure targets and what that reaches down the supply chain (TARGETS, then downstream). */
  reaches: z.array(nodeSummarySchema),
  /** The plans the row belongs to (a measure's plan; a plan row's own id), for the plan filter. */
  plans: z.array(planIdString).optional(),
});

export const responsibilityCellSchema = z.object({
  department: nodeIdString,
  measure: nodeIdString,
  basis: basisSchema,
  rule: z.string().optional(),
  evidence: z.array(evidenceWire),
  /** Set when the relationship was stated for a predecessor body and resolved to its successor. */
  via: nodeIdString.optional(),
  /** A stated cell's role: the text makes the department lead (牵头, 负责) or take part (参与, 配合, 等部门). */
  role: z.enum(['lead', 'participant']).optional(),
  /** An inferred cell's reason in words: which remit clause covers which term of the measure. */
  reasonZh: z.string().optional(),
  reasonEn: z.string().optional(),
});

export const responsibilitiesResponseSchema = z.object({
  departments: z.array(responsibilityDepartmentSchema),
  /** The rows: measures, and the plans their stated lead departments are responsible for (label Plan). */
  measures: z.array(responsibilityMeasureSchema),
  cells: z.array(responsibilityCellSchema),
  truncated: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Plans and comparison.

export const planSummarySchema = z.object({
  id: planIdString,
  title: z.string(),
  titleEn: z.string(),
  year: z.number().int(),
  file: z.string(),
  issuers: z.array(z.string()).optional(),
  /** Entities the plan mentions. */
  entities: z.number().int(),
});

export const plansResponseSchema = z.object({ plans: z.array(planSummarySchema) });

/**
 * POST /api/plans: a new plan's metadata in the query, its file's bytes as the body
 * (`application/octet-stream`, at most 5 MB); `issuers` are department names, short names or ids.
 */
export const planUploadQuerySchema = z.object({
  id: planIdString,
  title: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300).optional(),
  year: z.coerce.number().int().min(1949).max(2100).optional(),
  issuers: z
    .string()
    .max(500)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .optional(),
});

export const planUploadResponseSchema = z.object({
  id: planIdString,
  encoding: z.string(),
  /** sha256 of the bytes uploaded. */
  sha256: z.string(),
  /** The graph version loaded with the plan. */
  version: z.string(),
  nodes: z.number().int(),
  mentions: z.number().int(),
  edges: z.number().int(),
  /** Terms found by reading the plan, each with the sentence it was found in. */
  discovered: z.array(
    z.object({
      id: nodeIdString,
      label: z.string(),
      name: z.string(),
      confidence: z.number(),
      foundBy: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      sentence: z.string(),
      probableDuplicates: z.array(z.string()),
    }),
  ),
  /** Terms below the confidence threshold, not in the graph. */
  candidates: z.number().int(),
  departments: z.array(z.string()),
  issuers: z.array(z.string()),
});

export const planRemoveResponseSchema = z.object({ removed: planIdString, version: z.string() });

export const planParamsSchema = z.object({ id: planIdString });

export const planSectionSchema = z.object({
  /** Readable path, e.g. `四、跨界融合创新 > 专栏 3` (the `section` of evidence). */
  path: z.string(),
  title: z.string(),
  level: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});

export const planMentionSpanSchema = z.object({
  node: nodeIdString,
  label: nodeLabelSchema,
  start: z.number().int(),
  end: z.number().int(),
  section: z.string(),
});

export const planTextResponseSchema = z.object({
  plan: planSummarySchema,
  text: z.string(),
  sections: z.array(planSectionSchema),
  mentions: z.array(planMentionSpanSchema),
});

/**
 * The opening view: `limit` nodes at most, as ⌈limit/5⌉ domains (those with the most equipment),
 * each with its 4 best-connected equipment, and the edges among them.
 */
export const overviewQuerySchema = z.object({
  limit: intParam(5, LIMITS.overview.default, LIMITS.overview.max),
});

export const compareQuerySchema = z.object({
  a: planIdString,
  b: planIdString,
  /** Most entities over the three groups. */
  limit: intParam(1, LIMITS.compare.default, LIMITS.compare.max),
});

const byLabel = z.record(nodeLabelSchema, z.array(nodeSummarySchema));

export const compareResponseSchema = z.object({
  a: planIdString,
  b: planIdString,
  both: byLabel,
  onlyA: byLabel,
  onlyB: byLabel,
  /** True when more entities than `limit` matched (absent means false). */
  truncated: z.boolean().optional(),
});

// ---------------------------------------------------------------------------------------------
// Read-only Cypher console.

export const cypherRequestSchema = z.object({
  query: z.string().min(1).max(LIMITS.cypher.maxQueryLength),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const cypherResponseSchema = z.object({
  columns: z.array(z.string()),
  /** Values as JSON: nodes `{labels, properties}`, relationships `{type, properties}`, paths as lists. */
  rows: z.array(z.array(z.unknown())),
  truncated: z.boolean(),
  /** Which cap stopped the answer when `truncated`: 1,000 rows or 2,000,000 bytes of rows as JSON. */
  truncatedBy: z.enum(['rows', 'bytes']).optional(),
  elapsedMs: z.number(),
});

// ---------------------------------------------------------------------------------------------
// Types.

export type ApiNode = z.infer<typeof apiNodeSchema>;
export type ApiEdge = z.infer<typeof apiEdgeSchema>;
export type ApiGraph = z.infer<typeof graphSchema>;
export type NodeSummary = z.infer<typeof nodeSummarySchema>;
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type SearchQuery = z.input<typeof searchQuerySchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type NodeDetailsResponse = z.infer<typeof nodeDetailsResponseSchema>;
export type NeighborsQuery = z.input<typeof neighborsQuerySchema>;
export type NeighborsResponse = z.infer<typeof neighborsResponseSchema>;
export type SupplyChainQuery = z.input<typeof supplyChainQuerySchema>;
export type SupplyChainResponse = z.infer<typeof supplyChainResponseSchema>;
export type ImpactQuery = z.input<typeof impactQuerySchema>;
export type ImpactResponse = z.infer<typeof impactResponseSchema>;
export type PathsQuery = z.input<typeof pathsQuerySchema>;
export type ApiPath = z.infer<typeof pathSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
export type BottlenecksQuery = z.input<typeof bottlenecksQuerySchema>;
export type BottleneckItem = z.infer<typeof bottleneckItemSchema>;
export type BottlenecksResponse = z.infer<typeof bottlenecksResponseSchema>;
export type ResponsibilitiesQuery = z.input<typeof responsibilitiesQuerySchema>;
export type ResponsibilitiesResponse = z.infer<typeof responsibilitiesResponseSchema>;
export type ResponsibilityCell = z.infer<typeof responsibilityCellSchema>;
export type PlanSummary = z.infer<typeof planSummarySchema>;
export type PlansResponse = z.infer<typeof plansResponseSchema>;
export type PlanTextResponse = z.infer<typeof planTextResponseSchema>;
export type PlanUploadQuery = z.input<typeof planUploadQuerySchema>;
export type PlanUploadResponse = z.infer<typeof planUploadResponseSchema>;
export type PlanRemoveResponse = z.infer<typeof planRemoveResponseSchema>;
export type CompareQuery = z.input<typeof compareQuerySchema>;
export type OverviewQuery = z.input<typeof overviewQuerySchema>;
export type CompareResponse = z.infer<typeof compareResponseSchema>;
export type CypherRequest = z.infer<typeof cypherRequestSchema>;
export type CypherResponse = z.infer<typeof cypherResponseSchema>;
export type { NodeLabel, RelType };

// ---------------------------------------------------------------------------------------------
// The route table: method, path, the schemas of each part. The server validates with these and
// the OpenAPI document (`/api/openapi.json`) is generated from them.

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
