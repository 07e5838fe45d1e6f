// Three suites: unit (pure, no I/O), integration (real Neo4j over Bolt, API over HTTP),
// e2e (the built page in headless Chromium). Integration and e2e start one throw-away Neo4j per run.
// SKIP_E2E=1 skips the e2e suite knowingly (for machines without Chromium).
import { defineConfig } from 'vitest/config';

const skipE2e = process.env.SKIP_E2E === '1';

export default defineConfig({
  test: {
    // Only a knowingly skipped e2e suite may run no test.
    passWithNoTests: skipE2e,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Several files extract both seed plans in their first test: about 1 s of CPU, which a
          // shared machine can stretch past the default 5 s. A hang still fails.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/helpers/neo4j-global-setup.ts'],
          // One database per Neo4j Community instance: files that write must not interleave.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: skipE2e ? [] : ['tests/e2e/**/*.test.ts'],
          globalSetup: skipE2e
            ? []
            : ['tests/helpers/neo4j-global-setup.ts', 'tests/helpers/app-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
