// Creates one batch of entity nodes of one model label in the version being written.
// Template: __LABEL__ is replaced by a label of NODE_LABELS (server/model/graph-model.ts) and by
// nothing else (server/load/load-statements.ts); labels cannot be parameters in Neo4j 5 before 5.26.
// Parameters: $rows: list of property maps (server/load/rows.ts NodeRow), each with `graph` set.
UNWIND $rows AS row
CREATE (n:Entity:__LABEL__)
SET n = row
