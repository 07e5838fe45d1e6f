// The Neo4j server's version for GET /api/health.
// Parameters: none. Returns one row: version (e.g. 5.26.30), edition (community, enterprise).
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
