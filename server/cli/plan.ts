// `npm run plan -- add|list|remove|export|import`: the user's own plans next to the seeds
// (docs/plans.md). Errors are one line starting `plans: ` with a non-zero exit.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveNeo4j } from '../db/connection';
import { applySchema, loadGraph } from '../load/index';
import { parsePlanArgs } from '../plans/plan-args';
import { PROJECT_ROOT, readNeo4jSettings } from './config';
import { PLAN_STORE_DIR } from './content-hash';
import { runPlanCommand } from './plan-commands';
import { runMain } from './run-main';

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url))
  await runMain('plans', async () => {
    const args = parsePlanArgs(process.argv.slice(2));
    const out = (s: string) => process.stdout.write(s);
    await runPlanCommand(args, {
      storeDir: PLAN_STORE_DIR,
      seedDir: resolve(PROJECT_ROOT, 'seeds'),
      out,
      load: async (graph, hash) => {
        const conn = await resolveNeo4j(readNeo4jSettings(process.env), {
          log: (l) => process.stderr.write(`plan: ${l}\n`),
        });
        try {
          await applySchema(conn.driver, conn.database);
          return await loadGraph(conn.driver, conn.database, graph, { hash, lockWaitMs: 60_000 });
        } finally {
          await conn.close();
        }
      },
    });
  });
