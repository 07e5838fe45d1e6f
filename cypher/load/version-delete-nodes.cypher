// Deletes the nodes (and so the relationships) of one non-current version, in its own inner
// transactions of $batchSize nodes so that memory stays bounded; run in an auto-commit transaction.
// A kill part-way leaves the rest for the next load. Uses entity_graph_id as a prefix seek.
// Parameters: $version, $batchSize (int).
MATCH (n:Entity)
WHERE n.graph = $version AND n.id IS NOT NULL
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
