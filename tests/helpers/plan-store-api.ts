// The setup the plan-store API suites share: the seed plans loaded into the suite's Neo4j, an empty
// plan store in a temporary folder, one API with plan changes on and one with them off, and the
// held-out guide (GB18030 bytes) they upload. Hooks are registered by usePlanStoreApi.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from '../../server/cli/config';
import { extractPlans, storedUserPlans } from '../../server/cli/seed-graph';
import { decodePlanBytes } from '../../server/extract/decode';
import { applySchema, loadGraph } from '../../server/load/index';
import { startApi, type RunningApi } from '../integration/api/support/api-server';
import { testDriver } from './neo4j';

/** A plan of the field as its publisher wrote it: GB18030 bytes, not one of the seeds. */
export const GUIDE_BYTES = readFileSync(
  join(PROJECT_ROOT, 'tests/fixtures/heldout/dev/guide2016-devices.txt'),
);

/** The guide's text as decoded, which evidence offsets index. */
export const GUIDE_TEXT = (() => {
  const d = decodePlanBytes(GUIDE_BYTES);
  if (!d.ok) throw new Error('plan-store-api: the guide does not decode');
  return d.text;
})();

export interface PlanStoreApi {
  readonly driver: Driver;
  readonly database: string;
  readonly storeDir: string;
  /** Plan changes on, the pointer re-read on every request. */
  readonly api: RunningApi;
  /** Plan changes off, on the same store. */
  readonly off: RunningApi;
}

/** One request with a body of plan bytes (or a string of another type) and the parsed answer. */
export async function send(
  base: RunningApi,
  path: string,
  init: { body?: Uint8Array | string; type?: string; method?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(base.baseUrl + path, {
    method: init.method ?? 'POST',
    ...(init.body === undefined
      ? {}
      : {
          body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body),
          headers: { 'content-type': init.type ?? 'application/octet-stream' },
        }),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

/**
 * Registers the suite's hooks (`name` marks its store folder and the seed load) and returns its
 * handles, readable once `beforeAll` has run.
 */
export function usePlanStoreApi(name: string): PlanStoreApi {
  let started: PlanStoreApi | undefined;
  const ready = (): PlanStoreApi => {
    if (!started) throw new Error('usePlanStoreApi: the suite has not started (use it inside tests)');
    return started;
  };

  beforeAll(async () => {
    const { driver, database } = testDriver();
    const storeDir = mkdtempSync(join(tmpdir(), `${name}-`));
    await applySchema(driver, database);
    const { graph } = extractPlans(join(PROJECT_ROOT, 'seeds'), storedUserPlans(storeDir));
    await loadGraph(driver, database, graph, {
      hash: `${name}-seeds`,
      lockWaitMs: 60_000,
      retireMinWaitMs: 0,
    });
    const api = await startApi(driver, database, {
      planUpload: true,
      planStoreDir: storeDir,
      warmUp: false,
      graphPointerTtlMs: 0,
    });
    const off = await startApi(driver, database, { warmUp: false, planStoreDir: storeDir });
    started = { driver, database, storeDir, api, off };
  });

  afterAll(async () => {
    if (!started) return;
    await started.api.close();
    await started.off.close();
    await started.driver.close();
    rmSync(started.storeDir, { recursive: true, force: true });
  });

  return {
    get driver() {
      return ready().driver;
    },
    get database() {
      return ready().database;
    },
    get storeDir() {
      return ready().storeDir;
    },
    get api() {
      return ready().api;
    },
    get off() {
      return ready().off;
    },
  };
}
