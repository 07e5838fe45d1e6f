// Chinese full-text search: the cjk analyzer indexes overlapping character bigrams, so 中空纤维
// finds 中空纤维膜 without a word segmenter. Eventually consistent so that index updates stay off
// the commit path of the load's batches; the loader waits for the refresh
// (db.index.fulltext.awaitEventuallyConsistentIndexRefresh) before it switches the pointer.
CREATE FULLTEXT INDEX entity_names_cjk IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } }
