// Per-element validation of a streamed graph: each node and edge is parsed with the interchange
// schema and checked against what came before; the first invalid element stops the load.
import type { GraphEdge, GraphNode } from '../../core/model/interchange';
import { createGraphChecker } from './graph-checks';
import { graphInvalidError } from './graph-issues';
import type { GraphStream, ValidatedSource } from './types';
import { parseEdge, parseNode, parsePlans } from './validate-graph';

export function validateStream(stream: GraphStream): ValidatedSource {
  const plans = parsePlans(stream.plans);
  const checker = createGraphChecker(plans);
  if (checker.planIssues.length > 0) throw graphInvalidError(checker.planIssues, 'graph stream');

  async function* nodes(): AsyncGenerator<GraphNode> {
    let index = 0;
    for await (const raw of stream.nodes) {
      const node = parseNode(raw, index);
      const issues = checker.node(node, index);
      if (issues.length > 0) throw graphInvalidError(issues, 'graph stream');
      index += 1;
      yield node;
    }
  }
  async function* edges(): AsyncGenerator<GraphEdge> {
    let index = 0;
    for await (const raw of stream.edges) {
      const edge = parseEdge(raw, index);
      const issues = checker.edge(edge, index);
      if (issues.length > 0) throw graphInvalidError(issues, 'graph stream');
      index += 1;
      yield edge;
    }
  }
  return { plans, nodes: nodes(), edges: edges(), counts: stream.counts };
}
