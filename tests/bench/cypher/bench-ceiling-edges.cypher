// Benchmark only: the ceiling for relationship writes, the same rows with endpoint lookups through
// a plain range index on :BenchRaw(id) and one fixed type.
// Parameters: $rows: list of {source, target, props}.
UNWIND $rows AS row
MATCH (s:BenchRaw {id: row.source})
MATCH (t:BenchRaw {id: row.target})
CREATE (s)-[r:BENCH_RAW]->(t)
SET r = row.props
