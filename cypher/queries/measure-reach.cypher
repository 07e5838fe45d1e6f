// What each measure reaches: what it TARGETS and what that flows into down the supply chain
// (GET /api/responsibilities, "what each department's measures reach down the supply chain").
// Parameters: $graph (version), $measures (measure ids), $maxReach (int: most nodes per measure).
// Returns: measure (id), reaches [{id, name, nameEn, labels}].
UNWIND $measures AS measureId
MATCH (m:Entity {graph: $graph, id: measureId})
CALL (m) {
  OPTIONAL MATCH (m)-[:TARGETS]->(t)
  OPTIONAL MATCH (t)-[:USED_IN|PART_OF|IN_DOMAIN*0..6]->(x)
  WITH DISTINCT x
  WHERE x IS NOT NULL
  WITH x ORDER BY x.id LIMIT $maxReach
  RETURN collect(x {.id, .name, .nameEn, labels: labels(x)}) AS reaches
}
RETURN m.id AS measure, reaches
