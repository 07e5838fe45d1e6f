// The opening view (GET /api/overview): the domains with the most equipment, each with its
// best-connected equipment, and the relationships among the chosen nodes — a readable start, not a
// hairball. Parameters: $graph (version), $domains (int), $perDomain (int).
// Returns one row: nodes, edges (edges only among the returned nodes).
MATCH (d:Domain {graph: $graph})
WITH d, COUNT { (d)<-[:IN_DOMAIN]-(:Equipment) } AS size
WHERE size > 0
ORDER BY size DESC, d.id
LIMIT $domains
CALL (d) {
  MATCH (d)<-[:IN_DOMAIN]-(e:Equipment)
  WITH e, COUNT { (e)--() } AS degree
  ORDER BY degree DESC, e.id
  LIMIT $perDomain
  RETURN collect(e) AS members
}
WITH collect(d) AS domains, collect(members) AS memberLists
WITH domains + reduce(acc = [], m IN memberLists | acc + m) AS chosen
UNWIND chosen AS n
WITH collect(DISTINCT n) AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect({type: type(r), source: a.id, target: b.id, basis: r.basis, rule: r.rule,
                  evidenceJson: r.evidenceJson, propsJson: r.propsJson}) AS edges
}
RETURN [n IN nodes | n {.id, .name, .nameEn, .aliases, .plans, .discovered, labels: labels(n)}] AS nodes, edges
