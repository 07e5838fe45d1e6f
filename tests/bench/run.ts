// `npm run bench [-- SUITE...]`: every benchmark suite on a throw-away embedded Neo4j, printed as one
// table. Suites are tests/bench/<name>.bench.ts modules exporting bench<Name>(ctx) -> rows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../server/db/embedded-neo4j';
import { createDriver } from '../../server/db/driver';
import { findFreePort } from '../../server/db/free-port';
import { loadRealPlans, startRealApp } from '../helpers/real-app';
import { formatTable, type BenchRow, type BenchContext } from './bench-table';

interface Suite {
  name: string;
  fn: string;
  needsApp: boolean;
}

// Order matters: the load suite replaces the real graph with synthetic ones, so it runs last.
const SUITES: Suite[] = [
  { name: 'extract', fn: 'benchExtract', needsApp: false },
  { name: 'heldout', fn: 'benchHeldout', needsApp: false },
  { name: 'modes', fn: 'benchModes', needsApp: false },
  { name: 'api', fn: 'benchApi', needsApp: true },
  { name: 'client', fn: 'benchClient', needsApp: true },
  { name: 'start', fn: 'benchStart', needsApp: false },
  { name: 'load', fn: 'benchLoad', needsApp: false },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const suites = SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name));
const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
if (unknown.length) {
  process.stderr.write(
    `bench: unknown suite ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}\n`,
  );
  process.exit(2);
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-atlas-bench-'));
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const neo4j = await startEmbeddedNeo4j({
  home,
  password: 'bench-password',
  port: await findFreePort(),
  heap: '2g',
  pageCache: '512m',
  log,
});
const driver = createDriver(neo4j, { maxConnectionPoolSize: 128 });
const database = 'neo4j';
const rows: (BenchRow & { suite: string })[] = [];
try {
  let appUrl: string | undefined;
  let closeApp: (() => Promise<void>) | undefined;
  if (suites.some((s) => s.needsApp)) {
    log('loading the real plans and starting the app');
    await loadRealPlans(driver, database);
    const app = await startRealApp(driver, database);
    appUrl = app.url;
    closeApp = app.close;
  }
  const ctx: BenchContext = {
    driver,
    neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    database,
    appUrl: appUrl ?? '',
    baseUrl: appUrl ?? '',
  };
  for (const suite of suites) {
    const file = path.join(import.meta.dirname, `${suite.name}.bench.ts`);
    if (!fs.existsSync(file)) {
      rows.push({ suite: suite.name, name: '(suite missing)', value: NaN, unit: '' });
      continue;
    }
    log(`running ${suite.name}`);
    const mod = (await import(file)) as Record<string, (c: BenchContext) => Promise<BenchRow[]>>;
    const fn = mod[suite.fn];
    if (!fn) throw new Error(`bench: ${file} does not export ${suite.fn}`);
    if (suite.name === 'load') await closeApp?.();
    try {
      for (const r of await fn(ctx)) rows.push({ suite: suite.name, ...r });
    } catch (e) {
      rows.push({
        suite: suite.name,
        name: `(failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
        value: NaN,
        unit: '',
      });
    }
  }
  await closeApp?.();
} finally {
  await driver.close();
  await neo4j.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
process.stdout.write(formatTable(rows) + '\n');
