// The benchmark floor (GET /api/health/ping): one round trip that touches no data.
// Parameters: none. Returns one row: ok = 1.
RETURN 1 AS ok
