// The snapshot's source view shows the same sections as the served page: parsed at build time by the
// server's own function, not reconstructed from mention spans.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOfflineFetch } from '../../../client/src/api/offline-api';
import { planSections } from '../../../server/api/graph/plan-text';
import type { PlanTextResponse } from '../../../core/contract';
import { buildSnapshotData } from '../../../server/snapshot/snapshot-data';
import { fixtureGraph } from './fixture-graph';

describe('snapshot plan sections', () => {
  const text = readFileSync('seeds/meq-2021.txt', 'utf8');
  const data = buildSnapshotData({
    graph: fixtureGraph(),
    texts: { 'meq-2021': text },
    tours: [],
    builtAt: 'now',
  });
  const served = planSections(text);

  it('carries every heading the server parses, including sections no entity is mentioned in', () => {
    expect(served.length).toBeGreaterThan(10);
    expect(data.sections?.['meq-2021']).toEqual(served);
  });

  it('are what the offline /api/plans/:id/text answers', async () => {
    const r = await createOfflineFetch(data)('./api/plans/meq-2021/text');
    expect(((await r.json()) as PlanTextResponse).sections).toEqual(served);
  });
});
