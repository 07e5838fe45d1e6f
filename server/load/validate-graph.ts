// Whole-file validation before anything is written: the zod schema of the interchange file, then
// the referential checks. Throws one InvalidInputError naming the JSON paths; returns the typed graph.
import { graphEdgeSchema, graphFileSchema, graphNodeSchema, planMetaSchema } from '../model/interchange';
import type { GraphEdge, GraphFile, GraphNode, PlanMeta } from '../model/interchange';
import { createGraphChecker } from './graph-checks';
import { fromZodIssues, graphInvalidError, type GraphIssue } from './graph-issues';

/**
 * The graph, typed, or an InvalidInputError listing what is wrong (`edges[12].target: expected ...`).
 * @example validateGraph(JSON.parse(readFileSync('graph.json', 'utf8')))
 */
export function validateGraph(input: unknown, source = 'graph'): GraphFile {
  const parsed = graphFileSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw graphInvalidError(fromZodIssues(parsed.error.issues), source);
  const graph = parsed.data;
  const checker = createGraphChecker(graph.plans);
  const issues: GraphIssue[] = [...checker.planIssues];
  graph.nodes.forEach((n, i) => issues.push(...checker.node(n, i)));
  graph.edges.forEach((e, i) => issues.push(...checker.edge(e, i)));
  if (issues.length > 0) throw graphInvalidError(issues, source);
  return graph;
}

/** Parsers for one element of a streamed graph: the same schema, the path of that element. */
export function parsePlans(input: unknown): PlanMeta[] {
  const parsed = planMetaSchema.array().safeParse(input, { reportInput: true });
  if (!parsed.success) throw graphInvalidError(fromZodIssues(parsed.error.issues, ['plans']));
  return parsed.data;
}

export function parseNode(input: unknown, index: number): GraphNode {
  const parsed = graphNodeSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw graphInvalidError(fromZodIssues(parsed.error.issues, ['nodes', index]));
  return parsed.data;
}

export function parseEdge(input: unknown, index: number): GraphEdge {
  const parsed = graphEdgeSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw graphInvalidError(fromZodIssues(parsed.error.issues, ['edges', index]));
  return parsed.data;
}
