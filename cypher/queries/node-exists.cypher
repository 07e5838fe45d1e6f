// Whether an entity exists in the current version, to tell "not found" from "nothing matches".
// Parameters: $graph (version), $id (node id). Returns one row (labels) or none.
MATCH (n:Entity {graph: $graph, id: $id})
RETURN labels(n) AS labels
