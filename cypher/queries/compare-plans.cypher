// The entities mentioned by either of two plans, with which plans mention them (GET /api/compare).
// Parameters: $graph (version), $a, $b (plan ids), $limit (int: most rows; the API fetches one more
// to tell whether it cut). Returns: node {id, name, nameEn, labels}, inA, inB.
MATCH (n:Entity {graph: $graph})
WHERE NOT n:Plan AND ($a IN n.plans OR $b IN n.plans)
RETURN n {.id, .name, .nameEn, labels: labels(n)} AS node, $a IN n.plans AS inA, $b IN n.plans AS inB
ORDER BY n.id
LIMIT $limit
