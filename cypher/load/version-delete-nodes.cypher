// Deletes the nodes of one non-current version once its relationships are gone
// (version-delete-rels.cypher), in inner transactions of $batchSize nodes (auto-commit transaction).
// DETACH only as a safeguard: no relationship should be left. Uses entity_graph_id as a prefix seek.
// Parameters: $version, $batchSize (int).
MATCH (n:Entity)
WHERE n.graph = $version AND n.id IS NOT NULL
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
