// Whole-file validation before anything is written: the zod schema of the interchange file, then
// the referential checks. Throws one InvalidInputError naming the JSON paths; returns the typed graph.
import type { z } from 'zod';
import {
  graphEdgeSchema,
  graphFileSchema,
  graphNodeSchema,
  planMetaSchema,
} from '../../core/model/interchange';
import type { GraphEdge, GraphFile, GraphNode, PlanMeta } from '../../core/model/interchange';
import { createGraphChecker } from './graph-checks';
import { fromZodIssues, graphInvalidError, type GraphIssue } from './graph-issues';

/**
 * The graph, typed, or an InvalidInputError listing what is wrong (`edges[12].target: expected ...`).
 * @example validateGraph(JSON.parse(readFileSync('graph.json', 'utf8')))
 */
export function validateGraph(input: unknown, source = 'graph'): GraphFile {
  const graph = parseOrThrow(graphFileSchema, input, [], source);
  const checker = createGraphChecker(graph.plans);
  const issues: GraphIssue[] = [...checker.planIssues];
  graph.nodes.forEach((n, i) => issues.push(...checker.node(n, i)));
  graph.edges.forEach((e, i) => issues.push(...checker.edge(e, i)));
  if (issues.length > 0) throw graphInvalidError(issues, source);
  return graph;
}

/** Parsers for one element of a streamed graph: the same schema, the path of that element. */
export const parsePlans = (input: unknown): PlanMeta[] =>
  parseOrThrow(planMetaSchema.array(), input, ['plans']);
export const parseNode = (input: unknown, index: number): GraphNode =>
  parseOrThrow(graphNodeSchema, input, ['nodes', index]);
export const parseEdge = (input: unknown, index: number): GraphEdge =>
  parseOrThrow(graphEdgeSchema, input, ['edges', index]);

/**
 * Parses without `reportInput` (2-3x faster: it matters at 500k elements), and only when that fails
 * parses again with it, so that the error can quote the offending value.
 */
function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  at: PropertyKey[],
  source = 'graph',
): z.output<T> {
  const fast = schema.safeParse(input);
  if (fast.success) return fast.data;
  const detailed = schema.safeParse(input, { reportInput: true });
  throw graphInvalidError(fromZodIssues((detailed.error ?? fast.error).issues, at), source);
}
