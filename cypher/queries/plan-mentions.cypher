// The entities a plan mentions, with their mentions, for the source viewer's spans
// (GET /api/plans/:id/text). Parameters: $graph (version), $plan (plan id).
// Returns: id, labels, mentionsJson (JSON array of {plan, section, start, end}).
MATCH (n:Entity {graph: $graph})
WHERE $plan IN n.plans
RETURN n.id AS id, labels(n) AS labels, n.mentionsJson AS mentionsJson
