// Parts and materials ranked by how many distinct equipment and domains depend on them, directly
// or down the supply chain (GET /api/bottlenecks).
// Parameters: $graph (version), $labels (['Component', 'Material'] or one of them), $limit (int).
// Returns: node, equipment, domains, score (= equipment + domains), best first.
MATCH (p:Entity {graph: $graph})
WHERE any(l IN labels(p) WHERE l IN $labels)
CALL (p) {
  MATCH (p)-[:USED_IN|PART_OF|IN_DOMAIN*1..8]->(d)
  WITH DISTINCT d
  WHERE d:Equipment OR d:Domain
  RETURN count(CASE WHEN d:Equipment THEN 1 END) AS equipment, count(CASE WHEN d:Domain THEN 1 END) AS domains
}
WITH p, equipment, domains, equipment + domains AS score
WHERE score > 0
RETURN p {.id, .name, .nameEn, labels: labels(p)} AS node, equipment, domains, score
ORDER BY score DESC, equipment DESC, p.id
LIMIT $limit
