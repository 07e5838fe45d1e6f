// The upstream supply chain of an entity (what X depends on: the materials, components and equipment that flow into it),
// over USED_IN, PART_OF and IN_DOMAIN, with the edges between the nodes reached (GET /api/supply-chain/:id).
// Template: __DEPTH__ is replaced by an integer 1-6 validated by the contract (core/contract/limits.ts,
// LIMITS.supplyChainDepth) and by nothing else: path-length bounds cannot be parameters.
// Parameters: $graph (version), $id (node id), $limit (int: most nodes kept besides the root).
// Returns one row, or none when the id is unknown: nodes, edges, truncated.
MATCH (x:Entity {graph: $graph, id: $id})
CALL (x) {
  // No path variable and DISTINCT ends: the planner expands breadth-first with pruning, nearest
  // first, and the LIMIT stops it early on hubs (one more than kept, to know whether it cut).
  OPTIONAL MATCH (x)<-[:USED_IN|PART_OF|IN_DOMAIN*1..__DEPTH__]-(m)
  WITH DISTINCT m
  LIMIT $limit + 1
  RETURN collect(m) AS found
}
WITH x, found[..$limit] + [x] AS members, size(found) > $limit AS truncated
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r:USED_IN|PART_OF|IN_DOMAIN]->(b)
  WHERE b IN members
  RETURN collect({type: type(r), source: a.id, target: b.id, basis: r.basis, rule: r.rule,
                  evidenceJson: r.evidenceJson, propsJson: r.propsJson}) AS edges
}
RETURN [m IN members | m {.id, .name, .nameEn, .aliases, .plans, .discovered, labels: labels(m)}] AS nodes,
       edges, truncated
