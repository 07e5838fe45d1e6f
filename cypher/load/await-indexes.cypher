// Waits until every index is online (after schema changes), at most 300 seconds.
// Parameters: none.
CALL db.awaitIndexes(300)
