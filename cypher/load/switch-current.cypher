// Makes the written version current in one transaction: readers see the old graph until this
// commits, then the new one. Fenced by the lock: a load that lost its lock switches nothing.
// Parameters: $owner, $version, $hash, $loadedAt (ISO string), $nodes, $edges (ints), $plans (plan
// ids), $plansJson (JSON of the plans' metadata). Returns: version (no row: lock lost).
MATCH (l:AtlasLoadLock {id: 'load'})
WHERE l.owner = $owner
MATCH (v:AtlasVersion {version: $version})
MERGE (c:AtlasCurrent {id: 'current'})
SET c.version = $version, c.hash = $hash, c.loadedAt = $loadedAt, c.nodes = $nodes, c.edges = $edges,
    c.plans = $plans, c.plansJson = $plansJson,
    v.state = 'current'
RETURN c.version AS version
