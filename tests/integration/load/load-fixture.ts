// Shared by the loader's integration tests: a fresh copy of the small fixture graph, and what the
// database holds for the current version (counted through the pointer, as readers see it).
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { GraphFile } from '../../../core/model/interchange';

export const fixtureGraph = (): GraphFile =>
  JSON.parse(
    readFileSync(new URL('../../fixtures/load/small-graph.json', import.meta.url), 'utf8'),
  ) as GraphFile;

export interface Held {
  version: string | null;
  nodes: number;
  edges: number;
  /** Entity nodes of every version, current or not. */
  allEntities: number;
  versions: number;
  locks: number;
}

export async function held(driver: Driver, database: string): Promise<Held> {
  const q = async (cypher: string) => {
    const { records } = await driver.executeQuery(cypher, {}, { database });
    return records[0]?.toObject() ?? {};
  };
  const current = await q(
    `OPTIONAL MATCH (c:AtlasCurrent {id: 'current'})
     OPTIONAL MATCH (n:Entity {graph: c.version})
     OPTIONAL MATCH (n)-[r]->()
     RETURN c.version AS version, count(DISTINCT n) AS nodes, count(r) AS edges`,
  );
  const all = await q(
    `CALL () { MATCH (n:Entity) RETURN count(n) AS allEntities }
     CALL () { MATCH (v:AtlasVersion) RETURN count(v) AS versions }
     CALL () { MATCH (l:AtlasLoadLock) RETURN count(l) AS locks }
     RETURN allEntities, versions, locks`,
  );
  return {
    version: (current.version as string | null) ?? null,
    nodes: Number(current.nodes),
    edges: Number(current.edges),
    allEntities: Number(all.allEntities),
    versions: Number(all.versions),
    locks: Number(all.locks),
  };
}

/** Empties the database: every test sets up the state it needs. */
export async function emptyDatabase(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
}

/** Whether the current version holds an edge `type` from `source` to `target`. */
export async function hasEdge(
  driver: Driver,
  database: string,
  type: string,
  source: string,
  target: string,
) {
  const { records } = await driver.executeQuery(
    `MATCH (c:AtlasCurrent {id: 'current'})
     MATCH (s:Entity {graph: c.version, id: $source})-[r]->(t:Entity {graph: c.version, id: $target})
     WHERE type(r) = $type
     RETURN count(r) AS n`,
    { type, source, target },
    { database },
  );
  return Number(records[0]?.get('n')) > 0;
}
