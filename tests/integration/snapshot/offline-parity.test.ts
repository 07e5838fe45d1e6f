// The offline snapshot answers as the server does: every route the snapshot serves, asked with
// several parameter sets of the server over real HTTP (real plans in the embedded Neo4j) and of the
// offline fetch over the same graph, must give the same status and the same JSON values.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOfflineFetch } from '../../../client/src/api/offline-api';
import type { GraphFile } from '../../../core/model/interchange';
import { buildSnapshotData } from '../../../server/snapshot/snapshot-data';
import { call } from '../api/support/api-server';
import { usePlansApi } from '../api/support/plans-api';
import { extractPlans } from '../api/support/plans-graph';

// The load on a shared test machine must not turn a slow query into a 503 on one side only.
const suite = usePlansApi({ queryTimeoutMs: 120_000 });
let offline: typeof fetch;
let graph: GraphFile;

beforeAll(() => {
  graph = extractPlans().graph;
  const texts = Object.fromEntries(graph.plans.map((p) => [p.id, readFileSync(resolve(p.file), 'utf8')]));
  offline = createOfflineFetch(buildSnapshotData({ graph, texts, tours: [], builtAt: 'parity' }));
});

/** Both answers to one API URL (`/api/...`): status and parsed body. */
async function both(url: string): Promise<{ served: unknown; snapshot: unknown }> {
  const served = await call(suite.api.baseUrl, url);
  const res = await offline(`.${url}`);
  const body: unknown = await res.json();
  // Error messages are worded per side; the status and the code are the contract.
  const shape = (status: number, b: unknown) =>
    status === 200 ? { status, body: b } : { status, code: (b as { error?: { code?: string } }).error?.code };
  return { served: shape(served.status, served.body), snapshot: shape(res.status, body) };
}

async function expectSame(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    const { served, snapshot } = await both(url);
    expect(snapshot, url).toEqual(served);
  }
}

const q = encodeURIComponent;
/** The first `n` node ids of a label, by id: a spread of the graph that does not depend on the test. */
const idsOf = (label: string, n: number): string[] =>
  graph.nodes
    .filter((x) => x.label === label)
    .map((x) => x.id as string)
    .sort()
    .slice(0, n);
const sample = (): string[] =>
  ['Domain', 'Equipment', 'Component', 'Material', 'Technology', 'Measure', 'Department', 'Plan'].flatMap(
    (l) => idsOf(l, 4),
  );

describe('the offline snapshot and the server give the same values for', () => {
  it('search: Chinese, pinyin, initials, English, full-width, typos, Traditional, labels and limits', async () => {
    const queries = [
      '中空纤维膜',
      '中空',
      '中空 纤维膜',
      'zkxwm',
      'zhong kong',
      'zhongkongxianweimo',
      'ecmo',
      'ＥＣＭＯ',
      'ecmp',
      'CT',
      'ct球管',
      '传感器',
      '芯片',
      'hollow fiber',
      'sensor',
      'pet-ct',
      '醫療裝備',
      '監護',
      '人工智能',
      'rgzn',
      '5G',
    ];
    await expectSame(queries.map((s) => `/api/search?q=${q(s)}`));
    await expectSame(queries.map((s) => `/api/search?q=${q(s)}&limit=50`));
    await expectSame([
      `/api/search?q=${q('装备')}&labels=Domain&limit=50`,
      `/api/search?q=${q('CT')}&labels=Component&labels=Equipment&limit=20`,
      `/api/search?q=${q('材料')}&labels=Material&limit=5`,
      `/api/search?q=${q(' ')}`,
    ]);
  });

  it('the overview at several limits', async () => {
    await expectSame([
      '/api/overview',
      '/api/overview?limit=5',
      '/api/overview?limit=23',
      '/api/overview?limit=200',
    ]);
  });

  it('node details and neighbours, by type and direction, capped', async () => {
    const ids = [...sample(), 'component:ct-tube', 'equipment:ecmo', 'department:nhc', 'department:nhfpc'];
    await expectSame(ids.map((id) => `/api/nodes/${q(id)}`));
    await expectSame(ids.map((id) => `/api/nodes/${q(id)}/neighbors`));
    await expectSame([
      `/api/nodes/${q('measure:hist-2017-three-product-classes')}/neighbors?limit=5`,
      `/api/nodes/${q('measure:hist-2017-three-product-classes')}/neighbors?direction=out&limit=200`,
      `/api/nodes/${q('component:ct-tube')}/neighbors?direction=in&types=PART_OF`,
      `/api/nodes/${q('department:miit')}/neighbors?types=RESPONSIBLE_FOR&types=SUCCEEDED_BY&direction=out`,
      `/api/nodes/${q('equipment:nothing')}`,
      `/api/nodes/${q('equipment:nothing')}/neighbors`,
    ]);
  });

  it('supply-chain traces upstream and downstream at depths 1, 3 and 6', async () => {
    const urls = [
      ...sample(),
      'component:ct-tube',
      'equipment:ecmo',
      'material:hollow-fiber-membrane',
    ].flatMap((id) =>
      ['upstream', 'downstream'].flatMap((d) =>
        [1, 3, 6].map((depth) => `/api/supply-chain/${q(id)}?direction=${d}&depth=${depth}`),
      ),
    );
    await expectSame([...urls, `/api/supply-chain/${q('equipment:nothing')}`]);
  });

  it('impact of parts, materials and equipment', async () => {
    const ids = [
      ...idsOf('Component', 12),
      ...idsOf('Material', 12),
      ...idsOf('Equipment', 4),
      'component:ct-tube',
    ];
    await expectSame([...ids.map((id) => `/api/impact/${q(id)}`), `/api/impact/${q('material:nothing')}`]);
  });

  it('the shortest path between nodes (k = 1), hops and types varied', async () => {
    await expectSame([
      `/api/paths?from=${q('material:hollow-fiber-membrane')}&to=${q('equipment:ecmo')}&k=1`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('domain:diagnostic-testing-equipment')}&k=1&maxHops=4`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('equipment:ecmo')}&k=1&maxHops=2`,
      `/api/paths?from=${q('department:miit')}&to=${q('equipment:ecmo')}&k=1`,
      `/api/paths?from=${q('technology:5g')}&to=${q('component:ct-tube')}&k=1&maxHops=8`,
      `/api/paths?from=${q('measure:hist-2017-three-product-classes')}&to=${q('domain:diagnostic-testing-equipment')}&k=1`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('domain:diagnostic-testing-equipment')}&k=1&types=PART_OF&types=IN_DOMAIN`,
      `/api/paths?from=${q('component:ct-tube')}&to=${q('equipment:nothing')}`,
    ]);
  });

  it('bottlenecks, by label and limit', async () => {
    await expectSame([
      '/api/bottlenecks',
      '/api/bottlenecks?limit=100',
      '/api/bottlenecks?labels=Material',
      '/api/bottlenecks?labels=Component&limit=5',
    ]);
  });

  it('the responsibility matrix, whole, per department (a successor, a predecessor) and cut', async () => {
    await expectSame([
      '/api/responsibilities',
      '/api/responsibilities?limit=10',
      `/api/responsibilities?department=${q('department:nhc')}`,
      `/api/responsibilities?department=${q('department:nhfpc')}`,
      `/api/responsibilities?department=${q('department:miit')}`,
      `/api/responsibilities?department=${q('department:nmpa')}&limit=3`,
      `/api/responsibilities?department=${q('department:nothing')}`,
    ]);
  });

  it('the comparison of the two plans, both ways and cut', async () => {
    await expectSame([
      '/api/compare?a=meq-2021&b=hist-2017',
      '/api/compare?a=hist-2017&b=meq-2021',
      '/api/compare?a=meq-2021&b=hist-2017&limit=40',
      '/api/compare?a=meq-2021&b=nothing',
    ]);
  });

  it('the plans and their texts with sections and mentions', async () => {
    await expectSame([
      '/api/plans',
      '/api/plans/meq-2021/text',
      '/api/plans/hist-2017/text',
      '/api/plans/nothing/text',
    ]);
  });
});
