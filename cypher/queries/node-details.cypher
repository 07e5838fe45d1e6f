// One entity with its mentions, the evidence of its relationships and its neighbour counts by type
// and direction (GET /api/nodes/:id).
// Parameters: $graph (version), $id (node id), $maxEvidenceEdges (int: relationships whose evidence
// is returned). Returns one row, or none when the id is unknown: node, neighborCounts [{type,
// direction, count}], evidence [{type, source, target, evidenceJson}]. (Plain MATCH in the
// subqueries: an aggregate over no rows still gives one row.)
MATCH (n:Entity {graph: $graph, id: $id})
CALL (n) {
  MATCH (n)-[r]-()
  WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(r) AS count
  RETURN collect({type: type, direction: direction, count: count}) AS neighborCounts
}
CALL (n) {
  MATCH (n)-[r]-()
  WHERE r.evidenceJson IS NOT NULL AND r.evidenceJson <> '[]'
  WITH r ORDER BY type(r), r.evidenceJson, startNode(r).id, endNode(r).id LIMIT $maxEvidenceEdges
  RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id, evidenceJson: r.evidenceJson}) AS evidence
}
RETURN n {.id, .name, .nameEn, .aliases, .plans, .discovered, .mentionsJson, .propsJson, labels: labels(n)} AS node,
       neighborCounts, evidence
