// Releases the load lock if this load still holds it.
// Parameters: $owner.
MATCH (l:AtlasLoadLock {id: 'load'})
WHERE l.owner = $owner
DELETE l
