// The department x measure matrix (GET /api/responsibilities): every RESPONSIBLE_FOR from a
// department to a measure or to a plan (the plans' stated lead departments, e.g. meq-2021 八（六）;
// a plan is a row like a measure), with a predecessor body (国家卫生计生委) resolved along SUCCEEDED_BY to
// its last successor (国家卫生健康委员会); `via` then names the body the text spoke of.
// Parameters: $graph (version), $department (node id or null: keep cells owned by it or stated for
// it), $limit (int: most cells; the API fetches one more to tell whether it cut).
// Returns: department, via (or null), measure, basis, rule, evidenceJson, propsJson.
MATCH (d:Department:Entity {graph: $graph})-[r:RESPONSIBLE_FOR]->(m)
WHERE m:Measure OR m:Plan
OPTIONAL MATCH (d)-[:SUCCEEDED_BY*1..5]->(s:Department)
WHERE NOT (s)-[:SUCCEEDED_BY]->()
WITH coalesce(s, d) AS owner, CASE WHEN s IS NULL THEN null ELSE d END AS via, r, m
WHERE $department IS NULL OR owner.id = $department OR via.id = $department
RETURN owner {.id, .name, .nameEn, labels: labels(owner)} AS department,
       CASE WHEN via IS NULL THEN null ELSE via {.id, .name, .nameEn, labels: labels(via)} END AS via,
       m {.id, .name, .nameEn, .plans, labels: labels(m)} AS measure,
       r.basis AS basis, r.rule AS rule, r.evidenceJson AS evidenceJson, r.propsJson AS propsJson
ORDER BY department.id, measure.id, via.id
LIMIT $limit
