// How many entities each plan mentions (GET /api/plans).
// Parameters: $graph (version). Returns: plan (id), entities (int).
MATCH (n:Entity {graph: $graph})
WHERE NOT n:Plan
UNWIND n.plans AS plan
RETURN plan, count(*) AS entities
