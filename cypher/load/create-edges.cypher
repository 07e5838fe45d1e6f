// Creates one batch of relationships between nodes of the version being written. The type is
// dynamic ($(...), Neo4j 5.26+), one of REL_TYPES (server/model/graph-model.ts), checked when the
// graph is validated. A row whose endpoint is missing creates nothing; the loader compares the
// counters with the rows and stops the load.
// Parameters: $graph: the version; $rows: list of {type, source, target, props} (server/load/rows.ts
// EdgeRow).
UNWIND $rows AS row
MATCH (s:Entity {graph: $graph, id: row.source})
MATCH (t:Entity {graph: $graph, id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props
