// The reload drill: 16 readers on search, supply-chain trace, responsibilities and compare while
// three loads run back to back. No answer may fail or come back smaller than the same answer before
// the reloads (a request that read a version being deleted would lose nodes, or fail).
import { describe, expect, it } from 'vitest';
import {
  compareResponseSchema,
  responsibilitiesResponseSchema,
  searchResponseSchema,
  supplyChainResponseSchema,
} from '../../../core/contract';
import { loadGraph } from '../../../server/load';
import { call } from './support/api-server';
import { usePlansApi } from './support/plans-api';
import { extractPlans } from './support/plans-graph';

/** One question and how big its answer is (results, trace nodes, cells, entities compared). */
interface Question {
  name: string;
  path: string;
  size(body: unknown): number;
}

const entities = (byLabel: Record<string, unknown[]>) =>
  Object.values(byLabel).reduce((n, list) => n + list.length, 0);

const QUESTIONS: Question[] = [
  {
    name: 'search',
    path: '/api/search?q=ct&limit=50',
    size: (b) => searchResponseSchema.parse(b).results.length,
  },
  {
    name: 'trace',
    path: '/api/supply-chain/equipment:ecmo',
    size: (b) => Object.keys(supplyChainResponseSchema.parse(b).levels).length,
  },
  {
    name: 'responsibilities',
    path: '/api/responsibilities',
    size: (b) => responsibilitiesResponseSchema.parse(b).cells.length,
  },
  {
    name: 'compare',
    path: '/api/compare?a=meq-2021&b=hist-2017',
    size: (b) => {
      const c = compareResponseSchema.parse(b);
      return entities(c.both) + entities(c.onlyA) + entities(c.onlyB);
    },
  },
];

const READERS = 16;
const LOADS = 3;
/** The readers stop when the loads are done, and in any case after this long. */
const DRILL_MAX_MS = 100_000;

const suite = usePlansApi({ warmUp: false });

const reload = (tag: string) =>
  loadGraph(suite.driver, suite.database, extractPlans().graph, {
    hash: `${tag}-${Date.now()}`,
    lockWaitMs: 60_000,
  });

describe('the reload drill', () => {
  it('answers 16 readers whole and without a failure through three loads in a row', async () => {
    const baseline = new Map<string, number>();
    for (const q of QUESTIONS) {
      const res = await call(suite.api.baseUrl, q.path);
      expect(res.status, `${q.name}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(200);
      baseline.set(q.name, q.size(res.body));
      expect(baseline.get(q.name), q.name).toBeGreaterThan(0);
    }

    const problems: string[] = [];
    const answered = new Map<string, number>(QUESTIONS.map((q) => [q.name, 0]));
    const versions = new Set<string>();
    const deadline = Date.now() + DRILL_MAX_MS;
    let loading = true;
    // Reader i asks question i mod 4: four readers on each question.
    const reader = async (i: number) => {
      const q = QUESTIONS[i % QUESTIONS.length]!;
      while (loading && Date.now() < deadline) {
        const res = await call(suite.api.baseUrl, q.path);
        answered.set(q.name, (answered.get(q.name) ?? 0) + 1);
        versions.add(res.headers.get('x-graph-version') ?? 'none');
        if (res.status !== 200) {
          problems.push(`${q.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          continue;
        }
        const size = q.size(res.body);
        const before = baseline.get(q.name) ?? 0;
        if (size < before) problems.push(`${q.name}: ${size}, smaller than ${before} before the reloads`);
      }
    };

    const readers = Array.from({ length: READERS }, (_, i) => reader(i));
    const started = performance.now();
    try {
      for (let n = 0; n < LOADS; n++) await reload(`drill-${n}`);
    } finally {
      loading = false;
      await Promise.all(readers);
    }
    const seconds = (performance.now() - started) / 1000;
    const total = [...answered.values()].reduce((a, b) => a + b, 0);
    process.stderr.write(
      `[reload drill] ${LOADS} loads in ${seconds.toFixed(1)} s, ${total} answers ` +
        `(${[...answered].map(([k, v]) => `${k} ${v}`).join(', ')}), ${versions.size} versions seen\n`,
    );

    expect(problems).toEqual([]);
    // Every question was asked throughout, and the answers spanned the switches.
    for (const [name, n] of answered) expect(n, name).toBeGreaterThanOrEqual(4);
    expect(versions.size).toBeGreaterThanOrEqual(2);
    expect(suite.logged.errors).toEqual([]);
  }, 150_000);
});
