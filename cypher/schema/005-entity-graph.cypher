// Whole-version scans: the API's `MATCH (n:Entity {graph: $graph})` (bottlenecks, plan counts,
// compare, plan mentions) would otherwise scan every :Entity of every version, and during a load
// or before old versions are retired there are two. The composite key (001) only serves such a
// query when it also says `n.id IS NOT NULL`:
//   PROFILE MATCH (n:Entity {graph: $g}) RETURN count(n)
//   without this index -> NodeByLabelScan n:Entity + Filter n.graph = $g (db hits = all entities)
//   with this index    -> NodeIndexSeek RANGE INDEX n:Entity(graph) (db hits = nodes of version $g)
// Costs one more index entry per node written; measured in tests/bench/load.bench.ts.
CREATE INDEX entity_graph IF NOT EXISTS
FOR (n:Entity) ON (n.graph)
