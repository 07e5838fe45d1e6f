// Takes the load lock, in its own transaction, if it is free, already ours, or stale (its holder's
// heartbeat is older than $staleMs: the holder died). Setting `probe` first takes the node's write
// lock, so two acquirers serialise and the second reads what the first committed.
// Parameters: $owner: this load's owner string; $version: the version it will write; $staleMs: int.
// Returns: acquired (boolean), heldBy (the previous owner or null), heartbeatAgeMs, heldVersion.
MERGE (l:AtlasLoadLock {id: 'load'})
SET l.probe = $owner
WITH l, l.owner AS heldBy, l.heartbeat AS heartbeat, l.version AS heldVersion
WITH l, heldBy, heartbeat, heldVersion,
     heldBy IS NULL OR heldBy = $owner OR heartbeat < timestamp() - $staleMs AS acquired
SET l.owner = CASE WHEN acquired THEN $owner ELSE heldBy END,
    l.version = CASE WHEN acquired THEN $version ELSE heldVersion END,
    l.heartbeat = CASE WHEN acquired THEN timestamp() ELSE heartbeat END
REMOVE l.probe
RETURN acquired, heldBy, timestamp() - heartbeat AS heartbeatAgeMs, heldVersion
