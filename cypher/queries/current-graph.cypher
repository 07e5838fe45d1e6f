// The pointer to the graph version readers must use (docs/team-contracts.md); read it first, then
// match entry nodes with {id: $id, graph: $version}.
// Parameters: none. Returns one row, or none before the first load: version, hash, loadedAt (ISO
// string), nodes, edges (ints), plans (plan ids), plansJson (JSON array of the plans' metadata).
MATCH (c:AtlasCurrent {id: 'current'})
RETURN c.version AS version, c.hash AS hash, c.loadedAt AS loadedAt, c.nodes AS nodes,
       c.edges AS edges, c.plans AS plans, c.plansJson AS plansJson
