// What is hit if an entity (a part or a material) becomes unavailable: every equipment and domain
// downstream of it over USED_IN, PART_OF and IN_DOMAIN, each with one shortest path: of the shortest
// ones, the first by node ids, then by relationship types, so the answer never depends on the store
// (GET /api/impact/:id).
// Parameters: $graph (version), $id (node id), $limit (int: most hits returned; one more is fetched
// to tell whether the answer was cut). Returns one row, or none when the id is unknown:
// hits [{node, nodes, edges}] where nodes/edges are the path from the root to the hit.
MATCH (x:Entity {graph: $graph, id: $id})
CALL (x) {
  OPTIONAL MATCH (x)-[:USED_IN|PART_OF|IN_DOMAIN*1..8]->(m)
  WITH DISTINCT m
  WHERE m:Equipment OR m:Domain
  // Breadth-first order (nearest hits first) and an early stop on hubs; the API sorts the hits.
  WITH m LIMIT $limit
  CALL (x, m) {
    MATCH p = allShortestPaths((x)-[:USED_IN|PART_OF|IN_DOMAIN*1..8]->(m))
    RETURN p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
  }
  RETURN collect({
    node: m {.id, .name, .nameEn, labels: labels(m)},
    nodes: [n IN nodes(p) | n {.id, .name, .nameEn, .aliases, .plans, .discovered, labels: labels(n)}],
    edges: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                      basis: r.basis, rule: r.rule, evidenceJson: r.evidenceJson, propsJson: r.propsJson}]
  }) AS hits
}
RETURN hits
