// Search candidates from both full-text indexes (GET /api/search); which of them are kept and their
// ranking exact > prefix > head > fuzzy happen in core/query/search-hits.ts.
// The version and label filters come before each index's LIMIT, inside the subquery: the index is
// read in score order until $candidates hits of this version are found, so the nodes of another
// version (a load in progress, one kept for readers) never push out current hits. The index-side
// `{limit: $scan}` only bounds the work on a huge graph: $scan is 20 x $candidates, far more than
// the few versions a store holds at once can take.
// Parameters: $graph (version), $cjk (escaped Lucene query for entity_names_cjk), $en (escaped Lucene
// query for entity_names_en), $labels (model labels to keep; empty keeps all), $candidates (int:
// hits taken from each index), $scan (int: index hits read at most, before the filters).
// Returns: node {id, name, nameEn, aliases, pinyin, initials, labels}, score (best Lucene score).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names_cjk', $cjk, {limit: $scan}) YIELD node, score
  WITH node, score
  WHERE node.graph = $graph AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
  RETURN node, score
  LIMIT $candidates
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names_en', $en, {limit: $scan}) YIELD node, score
  WITH node, score
  WHERE node.graph = $graph AND (size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels))
  RETURN node, score
  LIMIT $candidates
}
WITH node AS n, max(score) AS score
RETURN n {.id, .name, .nameEn, .aliases, .pinyin, .initials, labels: labels(n)} AS node, score
ORDER BY score DESC
LIMIT $candidates
