// The e2e suite's app: the real plans loaded into the suite's Neo4j, the page built, the API and the
// page served on a free port. Runs after neo4j-global-setup.ts.
import type { TestProject } from 'vitest/node';
import { createDriver } from '../../server/db/driver';
import './provided-context';
import { loadRealPlans, startRealApp, type RealApp } from './real-app';

let app: RealApp | undefined;
let closeDriver: (() => Promise<void>) | undefined;

export async function setup(project: TestProject): Promise<void> {
  const n = project.getProvidedContext().neo4j;
  const driver = createDriver(n);
  closeDriver = () => driver.close();
  await loadRealPlans(driver, n.database);
  app = await startRealApp(driver, n.database);
  process.stderr.write(`[e2e] app on ${app.url}\n`);
  project.provide('appUrl', app.url);
}

export async function teardown(): Promise<void> {
  await app?.close();
  await closeDriver?.();
}
