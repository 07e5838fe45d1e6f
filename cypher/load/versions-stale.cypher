// Versions in the registry other than the current one: leftovers of killed or failed loads and
// versions replaced by a newer load. Read while holding the lock, so none of them is being written.
// Parameters: none. Returns: version, state.
OPTIONAL MATCH (c:AtlasCurrent {id: 'current'})
WITH c
MATCH (v:AtlasVersion)
WHERE c IS NULL OR v.version <> c.version
RETURN v.version AS version, v.state AS state
