// Referential checks the schema cannot express: unique ids, edge endpoints that exist and fit
// REL_ENDPOINTS, one edge per (type, source, target), plan ids that the file declares.
// Incremental, so that a streamed graph is checked element by element with bounded memory.
import { REL_ENDPOINTS, type NodeLabel } from '../../core/model/graph-model';
import type { GraphEdge, GraphNode, PlanMeta } from '../../core/model/interchange';
import type { GraphIssue } from './graph-issues';

export interface GraphChecker {
  /** Issues of the plans list (duplicate ids). */
  readonly planIssues: GraphIssue[];
  /** Issues of node `index` (nodes[index]); remembers its id and label for the edges. */
  node(node: GraphNode, index: number): GraphIssue[];
  /** Issues of edge `index` (edges[index]); nodes must all have been seen before. */
  edge(edge: GraphEdge, index: number): GraphIssue[];
  /** Node count seen so far. */
  readonly nodeCount: number;
}

interface Seen {
  ordinal: number;
  label: NodeLabel;
}

// Edge identity packed into one number per type (source ordinal * 2^26 + target ordinal): a Set of
// numbers costs a fraction of a Set of "TYPE|source|target" strings at 500k edges.
const ORDINAL_LIMIT = 2 ** 26;

export function createGraphChecker(plans: readonly PlanMeta[]): GraphChecker {
  const planIds = new Set<string>();
  const nodes = new Map<string, Seen>();
  const edgeKeys = new Map<string, Set<number>>();
  const planIssues: GraphIssue[] = [];
  plans.forEach((p, i) => {
    if (planIds.has(p.id))
      planIssues.push({ path: `plans[${i}].id`, message: `duplicate plan id "${p.id}"` });
    planIds.add(p.id);
  });

  const unknownPlan = (plan: string, path: string): GraphIssue | null =>
    planIds.has(plan) ? null : { path, message: `expected a plan id listed in plans, got "${plan}"` };

  return {
    planIssues,
    get nodeCount() {
      return nodes.size;
    },
    node(node, index) {
      const at = `nodes[${index}]`;
      const issues: GraphIssue[] = [];
      if (nodes.has(node.id)) issues.push({ path: `${at}.id`, message: `duplicate node id "${node.id}"` });
      else if (nodes.size >= ORDINAL_LIMIT)
        issues.push({ path: at, message: `more than ${ORDINAL_LIMIT} nodes` });
      else nodes.set(node.id, { ordinal: nodes.size, label: node.label });
      node.plans.forEach((p, i) => {
        const issue = unknownPlan(p, `${at}.plans[${i}]`);
        if (issue) issues.push(issue);
      });
      node.mentions.forEach((m, i) => {
        const issue = unknownPlan(m.plan, `${at}.mentions[${i}].plan`);
        if (issue) issues.push(issue);
      });
      return issues;
    },
    edge(edge, index) {
      const at = `edges[${index}]`;
      const issues: GraphIssue[] = [];
      const { from, to } = REL_ENDPOINTS[edge.type];
      const source = nodes.get(edge.source);
      const target = nodes.get(edge.target);
      if (!source)
        issues.push({
          path: `${at}.source`,
          message: `expected the id of a node in nodes, got "${edge.source}"`,
        });
      else if (!from.includes(source.label)) {
        issues.push({
          path: `${at}.source`,
          message: `${edge.type} starts at ${from.join(' or ')}, but "${edge.source}" is a ${source.label}`,
        });
      }
      if (!target)
        issues.push({
          path: `${at}.target`,
          message: `expected the id of a node in nodes, got "${edge.target}"`,
        });
      else if (!to.includes(target.label)) {
        issues.push({
          path: `${at}.target`,
          message: `${edge.type} ends at ${to.join(' or ')}, but "${edge.target}" is a ${target.label}`,
        });
      }
      if (source && target) {
        let keys = edgeKeys.get(edge.type);
        if (!keys) edgeKeys.set(edge.type, (keys = new Set()));
        const key = source.ordinal * ORDINAL_LIMIT + target.ordinal;
        if (keys.has(key)) {
          issues.push({ path: at, message: `duplicate edge ${edge.type} ${edge.source} -> ${edge.target}` });
        }
        keys.add(key);
      }
      edge.evidence.forEach((e, i) => {
        const issue = unknownPlan(e.plan, `${at}.evidence[${i}].plan`);
        if (issue) issues.push(issue);
      });
      return issues;
    },
  };
}
