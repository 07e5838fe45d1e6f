// Drops a version from the registry once its nodes are deleted.
// Parameters: $version.
MATCH (v:AtlasVersion {version: $version})
DELETE v
