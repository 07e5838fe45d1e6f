// Benchmark only (tests/bench/load.bench.ts): the ceiling for node writes, a bare UNWIND CREATE of
// the same rows the loader writes, on a label with no constraint and no full-text index.
// Parameters: $rows: list of {label, props} (server/load/rows.ts NodeRow); the label is not used.
UNWIND $rows AS row
CREATE (n:BenchRaw)
SET n = row.props
