// Registers the version about to be written (state 'writing'), only while holding the lock, so a
// killed load leaves a registry entry that the next load's cleanup finds.
// Parameters: $owner, $version, $hash, $startedAt (ISO string). Returns: version (no row: lock lost).
MATCH (l:AtlasLoadLock {id: 'load'})
WHERE l.owner = $owner
CREATE (v:AtlasVersion {version: $version, hash: $hash, startedAt: $startedAt, state: 'writing'})
RETURN v.version AS version
