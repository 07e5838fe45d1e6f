// The single pointer to the current version. Uniqueness keeps MERGE from ever making two, and its
// index serves every reader's first query (cypher/queries/current-graph.cypher):
//   PROFILE MATCH (c:AtlasCurrent {id: 'current'}) RETURN c.version
//   -> NodeUniqueIndexSeek UNIQUE c:AtlasCurrent(id), 2 db hits
CREATE CONSTRAINT atlas_current_id IF NOT EXISTS
FOR (c:AtlasCurrent) REQUIRE c.id IS UNIQUE
