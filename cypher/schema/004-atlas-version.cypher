// The registry of versions written to the database (one node per load, current or not), so that
// the leftovers of a killed load are found without scanning every entity.
CREATE CONSTRAINT atlas_version_version IF NOT EXISTS
FOR (v:AtlasVersion) REQUIRE v.version IS UNIQUE
