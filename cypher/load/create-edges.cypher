// Creates one batch of relationships of one type between nodes of the version being written.
// Template: __TYPE__ is replaced by a type of REL_TYPES (server/model/graph-model.ts) and by nothing
// else (server/load/load-statements.ts).
// Parameters: $graph: the version; $rows: list of {source, target, props} (server/load/rows.ts
// EdgeRow). A row whose endpoint is missing creates nothing; the loader compares the counters.
UNWIND $rows AS row
MATCH (s:Entity {graph: $graph, id: row.source})
MATCH (t:Entity {graph: $graph, id: row.target})
CREATE (s)-[r:__TYPE__]->(t)
SET r = row.props
