// The usual setup of an API suite: the real plans loaded into the suite's Neo4j and the API on an
// ephemeral port, started before the file's tests and closed after them.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod';
import type { AppOptions } from '../../../../server/api/app';
import { testDriver } from '../../../helpers/neo4j';
import { call, startApi, type Logged, type RunningApi } from './api-server';
import { loadPlans } from './plans-graph';

export interface PlansApi {
  readonly driver: Driver;
  readonly database: string;
  readonly api: RunningApi;
  /** Unexpected errors the app logged (a 500 is a bug). */
  readonly logged: Logged;
  /** GET `path`, expect 200 and parse the answer with its contract schema. */
  get<S extends z.ZodType>(schema: S, path: string): Promise<z.output<S>>;
}

/**
 * Registers the hooks and returns the suite's handles, readable once `beforeAll` has run. A file's
 * own `afterAll` registered after this call runs before the API and the driver close.
 */
export function usePlansApi(options: Partial<AppOptions> = {}): PlansApi {
  let started: { driver: Driver; database: string; api: RunningApi } | undefined;
  const logged: Logged = { errors: [] };
  const ready = () => {
    if (!started) throw new Error('usePlansApi: the suite has not started (use it inside tests)');
    return started;
  };

  beforeAll(async () => {
    const { driver, database } = testDriver();
    await loadPlans(driver, database);
    started = { driver, database, api: await startApi(driver, database, options, logged) };
  });

  afterAll(async () => {
    await started?.api.close();
    await started?.driver.close();
  });

  return {
    get driver() {
      return ready().driver;
    },
    get database() {
      return ready().database;
    },
    get api() {
      return ready().api;
    },
    logged,
    async get<S extends z.ZodType>(schema: S, path: string): Promise<z.output<S>> {
      const res = await call(ready().api.baseUrl, path);
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      return schema.parse(res.body);
    },
  };
}
