// The snapshot's opening view follows GET /api/overview: the largest domains first, ⌈limit/5⌉ of
// them, each with its best-connected equipment, never more than `limit` nodes.
import { describe, expect, it } from 'vitest';
import { indexGraph } from '../../../client/src/offline/graph-index';
import { overview } from '../../../client/src/offline/overview';
import { fixtureGraph } from './fixture-graph';

describe('offline overview', () => {
  const g = indexGraph(fixtureGraph());

  it('keeps the domain with most equipment when the limit allows one domain, with its equipment', () => {
    const ids = overview(g, 5).nodes.map((n) => n.id);
    expect(ids).toEqual(['domain:diagnostics', 'equipment:ct', 'equipment:pet-ct']);
  });

  it('takes the next domains as the limit grows, domains before equipment, and only edges among them', () => {
    const answer = overview(g, 10);
    expect(answer.nodes.map((n) => n.id).slice(0, 2)).toEqual(['domain:diagnostics', 'domain:life-support']);
    expect(answer.nodes.map((n) => n.id)).toContain('equipment:ecmo');
    const ids = new Set<string>(answer.nodes.map((n) => n.id));
    expect(answer.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(answer.edges.filter((e) => e.type === 'IN_DOMAIN')).toHaveLength(3);
  });

  it('never returns more than `limit` nodes', () => {
    expect(overview(g, 2).nodes).toHaveLength(2);
  });
});
