// The snapshot's opening view follows GET /api/overview: the largest domains first, ⌈limit/5⌉ of
// them, each with its best-connected equipment, never more than `limit` nodes.
import { describe, expect, it } from 'vitest';
import type { ApiGraph } from '../../../core/contract';
import { indexGraph } from '../../../client/src/offline/graph-index';
import { overviewRow } from '../../../client/src/offline/node-rows';
import { overviewAnswer, overviewParams } from '../../../core/query/overview-answer';
import { fixtureGraph } from './fixture-graph';
import { ask, fixtureSnapshot } from './offline-ask';

describe('offline overview', () => {
  const overview = (limit: number) => ask<ApiGraph>(fixtureSnapshot(), `/overview?limit=${limit}`);

  it('keeps the domain with most equipment when the limit allows one domain, with its equipment', () => {
    const ids = overview(5).nodes.map((n) => n.id);
    expect(ids).toEqual(['domain:diagnostics', 'equipment:ct', 'equipment:pet-ct']);
  });

  it('takes the next domains as the limit grows, domains before equipment, and only edges among them', () => {
    const answer = overview(10);
    expect(answer.nodes.map((n) => n.id).slice(0, 2)).toEqual(['domain:diagnostics', 'domain:life-support']);
    expect(answer.nodes.map((n) => n.id)).toContain('equipment:ecmo');
    const ids = new Set<string>(answer.nodes.map((n) => n.id));
    expect(answer.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(answer.edges.filter((e) => e.type === 'IN_DOMAIN')).toHaveLength(3);
  });

  it('never returns more than `limit` nodes , even below the least limit the API accepts', () => {
    const g = indexGraph(fixtureGraph());
    expect(overviewAnswer(overviewRow(g, overviewParams(2)), 2).nodes).toHaveLength(2);
  });
});
