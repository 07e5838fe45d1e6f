// Benchmark only: removes the ceiling's relationships, then its nodes, in bounded inner
// transactions (auto-commit transaction; relationships first, see version-delete-rels.cypher).
// Parameters: $batchSize (int).
MATCH (:BenchRaw)-[r:BENCH_RAW]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF $batchSize ROWS
