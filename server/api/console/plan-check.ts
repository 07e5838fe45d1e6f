// The console's containment, decided from what Neo4j will execute (its EXPLAIN plan), not from the
// query text: only listed read operators, listed procedures and built-in or listed functions pass;
// LOAD CSV, SHOW/TERMINATE, administration and anything unknown are refused by name. Pure.

/** The part of neo4j-driver's `ResultSummary.plan` the check reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: readonly PlanNode[];
}

// Read operators of Neo4j 5 (Cypher manual, "Execution plan operators"), without the `@db` suffix.
// Anything else (LoadCSV, Show*, TerminateTransactions, AdministrationCommand, Create, Merge, Set*,
// Delete*, Foreach, TransactionApply...) is refused, including operators newer than this list.
const READ_OPERATORS = new Set([
  'ProduceResults',
  'EmptyResult',
  'Projection',
  'Filter',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipByIdSeek',
  'UndirectedRelationshipByIdSeek',
  'DirectedRelationshipByElementIdSeek',
  'UndirectedRelationshipByElementIdSeek',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS,All)',
  'VarLengthExpand(Pruning,BFS,Into)',
  'ShortestPath',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'Trail',
  'Repeat(Trail)',
  'ProjectEndpoints',
  'Optional',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'Unwind',
  'Argument',
  'Eager',
  'CacheProperties',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'AssertSameNode',
  'AssertSameRelationship',
  'NullifyMetadata',
  'ProcedureCall',
]);

// Procedures that only read the graph or its schema. db.stats.*, db.resampleIndex,
// db.prepareForReplanning, db.info, dbms.* and every other procedure are refused.
const READ_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

// Built-in functions have no namespace (count, size, toUpper...) and compute over their arguments;
// namespaced ones must be listed (user-defined functions always have a namespace).
const FUNCTION_NAMESPACES = [
  'point.',
  'date.',
  'datetime.',
  'localdatetime.',
  'localtime.',
  'time.',
  'duration.',
  'vector.similarity.',
];

/**
 * Expressions that iterate inside one row: Neo4j checks for termination between rows, not inside
 * an expression, so `reduce(s = "", x IN range(1, 2000000) | s + "x")` kept running minutes after
 * its transaction timed out (measured on 5.26, slotted and interpreted runtimes alike). `range`
 * is allowed where it produces rows (`UNWIND range(...) AS x`), which Neo4j can stop.
 */
const UNSTOPPABLE = [
  {
    pattern: /\breduce\s*\(/i,
    why: 'reduce() runs inside one row, where Neo4j cannot stop it at the time limit',
  },
  {
    pattern: /\brange\s*\(/i,
    why: 'range() inside an expression builds its list inside one row, where Neo4j cannot stop it; use UNWIND range(...) AS x',
  },
];

const operatorName = (operatorType: string) => operatorType.replace(/@.*$/, '');

const details = (node: PlanNode): string => {
  const d = node.arguments?.Details;
  return typeof d === 'string' ? d : '';
};

/** The procedure a ProcedureCall operator runs: `db.labels() :: (label :: STRING)` -> `db.labels`. */
export const procedureName = (detailsText: string): string => detailsText.split('(')[0]?.trim() ?? '';

/** Namespaced function calls in an operator's details: `point.distance(` -> `point.distance`. */
export function namespacedCalls(detailsText: string): string[] {
  const out: string[] = [];
  for (const m of detailsText.matchAll(/(?<![\w.$`])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\(/g)) {
    if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/** Every operator of the plan, depth first. */
function* operators(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

/** Why the console refuses this plan, naming the operator, procedure or function; null when it may run. */
export function refusedByPlan(plan: PlanNode | false | undefined): string | null {
  if (!plan) return 'Neo4j returned no plan for the query';
  for (const node of operators(plan)) {
    const name = operatorName(node.operatorType);
    if (!READ_OPERATORS.has(name))
      return `the plan uses the operator ${name}, which the console does not run`;
    const text = details(node);
    if (name === 'ProcedureCall') {
      const procedure = procedureName(text);
      if (!READ_PROCEDURES.has(procedure))
        return `the plan calls the procedure ${procedure || '(unnamed)'}, which the console does not run`;
      continue;
    }
    for (const fn of namespacedCalls(text)) {
      if (!FUNCTION_NAMESPACES.some((ns) => fn.toLowerCase().startsWith(ns)))
        return `the plan calls the function ${fn}, which the console does not run`;
    }
    const expressions = name === 'Unwind' ? text.replace(/^\s*range\s*\(/i, '(') : text;
    const unstoppable = UNSTOPPABLE.find((u) => u.pattern.test(expressions));
    if (unstoppable) return `${unstoppable.why} (operator ${name})`;
  }
  return null;
}

/** The console's allow-lists, for the documentation and tests. */
export const CONSOLE_ALLOWED = {
  operators: READ_OPERATORS,
  procedures: READ_PROCEDURES,
  functionNamespaces: FUNCTION_NAMESPACES,
} as const;
