// The k shortest paths between two entities in either direction, optionally over some relationship
// types only (GET /api/paths). GQL `SHORTEST k` needs Neo4j 5.21+.
// Template: __K__ (candidates, 1-20: core/query/paths-answer asks 4k and drops paths through a node
// twice) and __MAX_HOPS__ (1-8) are replaced by integers validated by the contract
// (core/contract/limits.ts, LIMITS.paths) and by nothing else: path selectors and quantifier bounds
// cannot be parameters.
// Parameters: $graph (version), $from, $to (node ids), $types (relationship types to walk; the API
// passes every type when none is asked for). Returns one row: fromFound, toFound, paths [{nodes, edges}].
OPTIONAL MATCH (a:Entity {graph: $graph, id: $from})
OPTIONAL MATCH (b:Entity {graph: $graph, id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = SHORTEST __K__ (a)(()-[r WHERE type(r) IN $types]-()){1,__MAX_HOPS__}(b)
  WITH p ORDER BY length(p)
  RETURN collect({
    nodes: [n IN nodes(p) | n {.id, .name, .nameEn, .aliases, .plans, .discovered, labels: labels(n)}],
    edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                      basis: r.basis, rule: r.rule, evidenceJson: r.evidenceJson, propsJson: r.propsJson}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
