// Waits until the eventually consistent full-text indexes (entity_names_cjk, entity_names_en) have
// applied every committed write, so the version is searchable before it becomes current.
// Parameters: none.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
