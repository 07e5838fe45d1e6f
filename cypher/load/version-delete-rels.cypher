// Deletes the relationships of one non-current version in inner transactions of $batchSize
// relationships (run in an auto-commit transaction). Relationships go first and by count, because
// DETACH DELETE of a batch of hub nodes can hold tens of thousands of relationships in one
// transaction and exceed Neo4j's transaction memory pool. A kill part-way leaves the rest for the
// next load. Uses entity_graph_id as a prefix seek.
// Parameters: $version, $batchSize (int).
MATCH (n:Entity)-[r]->()
WHERE n.graph = $version AND n.id IS NOT NULL
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF $batchSize ROWS
