// Configuration is read from the environment with defaults, and a mistake is one clear line.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../server/cli/config';
import { InvalidInputError } from '../../../core/errors';

describe('readConfig', () => {
  it('binds 127.0.0.1:3000 with the embedded Neo4j and the console on by default', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, cypherConsole: true, corsOrigins: [] });
    expect(c.neo4j).toMatchObject({
      uri: undefined,
      user: 'neo4j',
      database: 'neo4j',
      boltPort: 7687,
      heap: '1g',
    });
    expect(c.neo4j.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it('turns the Cypher console off when bound beyond loopback unless CYPHER_CONSOLE=on', () => {
    expect(readConfig({ HOST: '0.0.0.0' }).cypherConsole).toBe(false);
    expect(readConfig({ HOST: '0.0.0.0', CYPHER_CONSOLE: 'on' }).cypherConsole).toBe(true);
    expect(readConfig({ CYPHER_CONSOLE: 'off' }).cypherConsole).toBe(false);
  });

  it('treats empty variables as unset', () => {
    expect(readConfig({ PORT: '', NEO4J_URI: '', HOST: '' })).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT='abc' must be a whole number/],
    [{ PORT: '70000' }, /PORT='70000'/],
    [{ NEO4J_BOLT_PORT: '-1' }, /NEO4J_BOLT_PORT/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /not a Neo4j URI/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD is not/],
    [{ CYPHER_CONSOLE: 'maybe' }, /must be on or off/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(InvalidInputError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('accepts Aura and cluster URIs', () => {
    for (const uri of [
      'neo4j+s://abcd1234.databases.neo4j.io',
      'neo4j://core1:7687',
      'bolt+ssc://host:7687',
    ]) {
      expect(readConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' }).neo4j.uri).toBe(uri);
    }
  });
});
