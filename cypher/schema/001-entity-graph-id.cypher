// One node per (version, id): every entity carries `graph` = its load's version, so the same id
// exists once per version. Backs MATCH (n:Entity {graph: $graph, id: $id}), the lookup of every
// API entry point and of the loader's edge endpoints:
//   PROFILE MATCH (n:Entity {graph: $g, id: $id}) RETURN n
//   -> NodeUniqueIndexSeek UNIQUE n:Entity(graph, id), 2 db hits (a label scan without it)
// It also serves `n.graph = $g AND n.id IS NOT NULL` (the loader's per-version delete) as a prefix seek.
// One constraint on the shared label instead of one per model label: an id is unique across labels
// (its prefix names the label) and readers look nodes up without knowing their label.
CREATE CONSTRAINT entity_graph_id IF NOT EXISTS
FOR (n:Entity) REQUIRE (n.graph, n.id) IS UNIQUE
