// The neighbours of an entity, filtered by relationship type and direction, capped, with the total
// so the page can say "+N more" (GET /api/nodes/:id/neighbors).
// Parameters: $graph (version), $id (node id), $types (relationship types; empty keeps all),
// $direction ('in' | 'out' | 'both'), $limit (int). Returns one row, or none when the id is unknown:
// center, total, items [{node, edge}]. (Plain MATCH inside the subqueries: an aggregate over no
// rows still gives one row, while OPTIONAL MATCH would collect a null neighbour.)
MATCH (n:Entity {graph: $graph, id: $id})
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = n))
  RETURN count(r) AS total
}
CALL (n) {
  MATCH (n)-[r]-(m)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND ($direction = 'both' OR ($direction = 'out') = (startNode(r) = n))
  WITH r, m ORDER BY type(r), m.name, m.id LIMIT $limit
  RETURN collect({
    node: m {.id, .name, .nameEn, .aliases, .plans, .discovered, labels: labels(m)},
    edge: {type: type(r), source: startNode(r).id, target: endNode(r).id, basis: r.basis, rule: r.rule,
           evidenceJson: r.evidenceJson, propsJson: r.propsJson}
  }) AS items
}
RETURN n {.id, .name, .nameEn, .aliases, .plans, .discovered, labels: labels(n)} AS center, total, items
