// Turns neo4j-driver values into plain JSON for the console's rows: nodes, relationships, paths,
// integers, temporal and spatial values, lists and maps.
import neo4j from 'neo4j-driver';

/** A JSON-safe copy of one value returned by Neo4j. */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toJsonValue(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toJsonValue(value.properties) };
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: toJsonValue(s.start),
      relationship: toJsonValue(s.relationship),
      end: toJsonValue(s.end),
    }));
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return value.toString();
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
}
