// The embedded Neo4j answers over Bolt with authentication, through the project's driver factory.
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { createDriver, verifyNeo4j } from '../../../server/db/driver';
import { testDriver, testNeo4j } from '../../helpers/neo4j';

describe('embedded Neo4j over Bolt', () => {
  const { driver, database } = testDriver();
  afterAll(() => driver.close());

  it('runs a write and reads it back in a read transaction', async () => {
    const tag = `round-trip-${Date.now()}`;
    await driver.executeQuery('CREATE (:RoundTrip {tag: $tag, n: 41 + 1})', { tag }, { database });
    const { records } = await driver.executeQuery(
      'MATCH (r:RoundTrip {tag: $tag}) RETURN r.n AS n',
      { tag },
      { database, routing: neo4j.routing.READ },
    );
    expect(records.map((r) => r.get('n') as number)).toEqual([42]);
    await driver.executeQuery('MATCH (r:RoundTrip {tag: $tag}) DELETE r', { tag }, { database });
  });

  it('reports a Neo4j 5 version', async () => {
    expect(await verifyNeo4j(driver, database)).toMatch(/^5\./);
  });

  it('refuses a wrong password', async () => {
    const n = testNeo4j();
    const wrong = createDriver({ uri: n.uri, user: n.user, password: 'not-the-password' });
    await expect(verifyNeo4j(wrong, database)).rejects.toMatchObject({
      code: expect.stringContaining('Unauthorized') as unknown,
    });
    await wrong.close();
  });
});
