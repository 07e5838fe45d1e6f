// A third plan extracted and loaded next to the seeds: a held-out text the extractor was not tuned
// on (a GB18030 news report of the 2016 guide), its terms found by reading, its fields and quotes.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePlanBytes } from '../../../server/extract/decode';
import { extractGraph } from '../../../server/extract/extract';
import { loadGraph } from '../../../server/load';
import { asPlanId } from '../../../core/model/ids';
import { graphFileSchema, type GraphFile } from '../../../core/model/interchange';
import { curated, seedPlans } from '../../unit/extract/seed-data';
import { testDriver } from '../../helpers/neo4j';
import { emptyDatabase, hasEdge, held } from './load-fixture';

const file = 'tests/fixtures/heldout/dev/guide2016-devices.txt';
const decoded = decodePlanBytes(readFileSync(new URL(`../../../${file}`, import.meta.url)));
if (!decoded.ok) throw new Error(`third-plan: ${file} does not decode`);
const third = {
  meta: { id: asPlanId('guide-2016'), title: '医药工业发展规划指南', titleEn: 'Guide', file, year: 2016 },
  text: decoded.text,
};

let driver: Driver;
let database: string;
let graph: GraphFile;

beforeAll(() => {
  ({ driver, database } = testDriver());
  graph = extractGraph([...seedPlans(), third], curated()).graph;
});
afterAll(async () => {
  await driver.close();
});

describe('a third plan next to the seeds', () => {
  it('extracts a valid graph whose quotes are exact slices of the third text', () => {
    expect(graphFileSchema.safeParse(graph).success).toBe(true);
    const quotes = graph.edges.flatMap((e) => e.evidence.filter((ev) => ev.plan === 'guide-2016'));
    expect(quotes.length).toBeGreaterThan(10);
    for (const ev of quotes) expect(third.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('loads it, with terms found by reading and the fields of its headings', async () => {
    await emptyDatabase(driver, database);
    const summary = await loadGraph(driver, database, graph, { hash: 'third-plan' });
    expect(summary.plans).toBe(3);
    expect(await held(driver, database)).toMatchObject({
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    });
    const byName = (name: string) => graph.nodes.find((n) => n.name === name);
    const analyser = byName('高通量生化分析仪');
    const field = byName('体外诊断产品');
    expect(analyser).toMatchObject({ discovered: true, plans: ['guide-2016'] });
    expect(analyser?.props?.confidence).toBeGreaterThanOrEqual(0.6);
    expect(await hasEdge(driver, database, 'IN_DOMAIN', analyser?.id ?? '', field?.id ?? '')).toBe(true);
    const imaging = byName('医学影像设备');
    expect(imaging).toMatchObject({ label: 'Domain', discovered: true });
    const { records } = await driver.executeQuery(
      `MATCH (c:AtlasCurrent {id: 'current'}) MATCH (n:Entity {graph: c.version, id: $id}) RETURN n.propsJson AS p`,
      { id: imaging?.id ?? '' },
      { database },
    );
    expect(JSON.parse(String(records[0]?.get('p')))).toMatchObject({ foundBy: 'heading:domain' });
  });
});
