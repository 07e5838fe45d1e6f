// Benchmark only: removes the ceiling's nodes after their relationships (auto-commit transaction).
// Parameters: $batchSize (int).
MATCH (n:BenchRaw)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF $batchSize ROWS
