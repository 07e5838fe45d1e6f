// Renews the load lock's heartbeat while a load runs (every few seconds), so it is not taken over.
// Parameters: $owner. Returns: held (0 when another load took the lock over: this one must stop).
OPTIONAL MATCH (l:AtlasLoadLock {id: 'load'})
WHERE l.owner = $owner
SET l.heartbeat = timestamp()
RETURN count(l) AS held
