import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../../server/load/validate-graph';
import { InvalidInputError } from '../../../core/errors';
import type { GraphFile } from '../../../core/model/interchange';

const fixture = (): GraphFile =>
  JSON.parse(
    readFileSync(new URL('../../fixtures/load/small-graph.json', import.meta.url), 'utf8'),
  ) as GraphFile;

/** The InvalidInputError validateGraph throws for `input`. */
function rejection(input: unknown): InvalidInputError {
  try {
    validateGraph(input);
  } catch (e) {
    if (e instanceof InvalidInputError) return e;
    throw e;
  }
  throw new Error('expected validateGraph to reject the input');
}

describe('validateGraph', () => {
  it('accepts the small fixture graph', () => {
    expect(validateGraph(fixture()).nodes).toHaveLength(8);
  });

  it('names the JSON path and what was expected for a malformed node id', () => {
    const g = fixture() as unknown as { edges: { target: string }[] };
    g.edges[3]!.target = 'ECMO';
    const e = rejection(g);
    expect(e.path).toBe('edges[3].target');
    expect(e.message).toContain('edges[3].target: expected a node id of the form label:slug');
    expect(e.message).toContain('got "ECMO"');
  });

  it('rejects an edge whose endpoint is not among the nodes', () => {
    const g = fixture();
    g.nodes = g.nodes.filter((n) => n.id !== 'equipment:ecmo');
    const e = rejection(g);
    expect(e.path).toBe('edges[0].target');
    expect(e.message).toContain('expected the id of a node in nodes, got "equipment:ecmo"');
  });

  it('rejects an edge whose endpoints do not fit its type', () => {
    const g = fixture();
    g.edges[0] = { ...g.edges[0]!, type: 'IN_DOMAIN' };
    const e = rejection(g);
    expect(e.message).toContain(
      'edges[0].source: IN_DOMAIN starts at Equipment, but "material:hollow-fiber-membrane" is a Material',
    );
  });

  it('rejects duplicate node ids and duplicate edges', () => {
    const g = fixture();
    g.nodes.push(g.nodes[1]!);
    g.edges.push(g.edges[0]!);
    const e = rejection(g);
    expect(e.message).toContain('nodes[8].id: duplicate node id "material:hollow-fiber-membrane"');
    expect(e.message).toContain('edges[5]: duplicate edge USED_IN');
  });

  it('rejects plan ids that the file does not declare', () => {
    const g = fixture();
    g.nodes[1] = { ...g.nodes[1]!, plans: ['hist-2017' as GraphFile['plans'][number]['id']] };
    expect(rejection(g).message).toContain(
      'nodes[1].plans[0]: expected a plan id listed in plans, got "hist-2017"',
    );
  });

  it('rejects an inferred edge without its rule', () => {
    const g = fixture();
    g.edges[4] = { ...g.edges[4]!, rule: undefined };
    expect(rejection(g).message).toContain('edges[4].rule: an inferred edge must name its rule');
  });
});
