// Creates one batch of entity nodes in the version being written: the shared label :Entity plus
// the model label. Dynamic labels ($(...), Neo4j 5.26+) let one compiled statement serve every
// label, so a batch may mix labels; the loader only sends labels of NODE_LABELS
// (server/model/graph-model.ts), checked when the graph is validated.
// Parameters: $rows: list of {label, props} (server/load/rows.ts NodeRow); props holds `graph`.
UNWIND $rows AS row
CREATE (n:Entity:$(row.label))
SET n = row.props
