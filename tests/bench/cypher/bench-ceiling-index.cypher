// Benchmark only: the lookup index the relationship ceiling needs.
// Parameters: none.
CREATE INDEX bench_raw_id IF NOT EXISTS FOR (n:BenchRaw) ON (n.id)
