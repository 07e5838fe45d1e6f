// Search candidates from both full-text indexes (GET /api/search); ranking exact > prefix > fuzzy
// happens in server/api/search/rank-search-hits.ts.
// Parameters: $graph (version), $cjk (escaped Lucene query for entity_names_cjk), $en (escaped Lucene
// query for entity_names_en), $labels (model labels to keep; empty keeps all), $candidates (int:
// hits taken from each index).
// Returns: node {id, name, nameEn, aliases, pinyin, initials, labels}, score (best Lucene score).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names_cjk', $cjk, {limit: $candidates}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_en', $en, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node AS n, score
WHERE n.graph = $graph AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
WITH n, max(score) AS score
RETURN n {.id, .name, .nameEn, .aliases, .pinyin, .initials, labels: labels(n)} AS node, score
ORDER BY score DESC
LIMIT $candidates
