// English and pinyin full-text search: `ecmo`, `hollow fiber`, `zhongkongxianweimo`, `zkxwm`.
// The standard analyzer (no stemming) keeps prefix queries such as `zhongkong*` predictable.
// Eventually consistent for the same reason as entity_names_cjk.
CREATE FULLTEXT INDEX entity_names_en IF NOT EXISTS
FOR (n:Entity) ON EACH [n.nameEn, n.aliases, n.pinyin, n.initials]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard', `fulltext.eventually_consistent`: true } }
