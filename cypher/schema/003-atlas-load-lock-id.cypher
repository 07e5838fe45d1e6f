// The load lock is one node; uniqueness makes two concurrent MERGEs of it serialise instead of
// creating two locks (cypher/load/lock-acquire.cypher).
CREATE CONSTRAINT atlas_load_lock_id IF NOT EXISTS
FOR (l:AtlasLoadLock) REQUIRE l.id IS UNIQUE
