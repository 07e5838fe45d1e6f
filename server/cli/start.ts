// `npm start`: everything a newcomer needs. Resolves Neo4j (embedded unless NEO4J_URI), loads the
// plans when the seeds or the extractor changed, builds the client when stale, serves on HOST:PORT.
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { createApp } from '../api/app';
import { resolveNeo4j, type Neo4jConnection } from '../db/connection';
import { PROJECT_ROOT, readConfig, type AppConfig } from './config';
import { isClientBuilt, CLIENT_DIST } from './client-build';
import { ensureGraphLoaded } from './graph-refresh';
import { listen } from './listen';
import { runMain } from './run-main';
import { stepLogger, type StepLogger } from './step-logger';

await runMain('start', async () => {
  const log = stepLogger();
  const config = readConfig(process.env);
  // Filled in as start-up proceeds, so a signal at any step stops what has started.
  const running: { conn?: Neo4jConnection; server?: Server } = {};
  let stopping = false;
  const shutdown = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${why}: stopping`);
    const { server, conn } = running;
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await conn?.close();
    log.info('stopped');
  };
  // Registered first so that Ctrl-C during a long first start still stops the JVM cleanly.
  const onSignal = (signal: NodeJS.Signals) => {
    shutdown(signal).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const conn = await log.step(
    config.neo4j.uri ? `connecting to ${config.neo4j.uri}` : 'starting the embedded Neo4j',
    () => resolveNeo4j(config.neo4j, { log: log.info, restartOnCrash: true }),
  );
  running.conn = conn;
  log.info(`Neo4j ${conn.version} at ${conn.uri} (${conn.mode})`);
  try {
    running.server = await serve(conn, config, log);
  } catch (e) {
    // A failure after Neo4j is up must not leave the JVM (and so this process) running.
    await shutdown('start-up failed');
    throw e;
  }
  process.stdout.write(
    `\nPlan Atlas is ready: http://${config.host}:${config.port}/\n(Ctrl-C stops the app and its Neo4j)\n`,
  );
});

async function serve(conn: Neo4jConnection, config: AppConfig, log: StepLogger): Promise<Server> {
  await ensureGraphLoaded(conn.driver, conn.database, log);
  // Under `npm run dev` Vite serves the page with live reload; this process serves only the API.
  const dev = process.env.PLAN_ATLAS_DEV === '1';
  if (!dev) {
    await log.step('checking the client build', async () => {
      if (!isClientBuilt()) {
        await buildClientApart();
        log.info('built the client into dist/client');
      }
    });
  }
  const app = createApp({
    driver: conn.driver,
    database: conn.database,
    ...(dev ? {} : { clientDir: CLIENT_DIST }),
    cypherConsole: config.cypherConsole,
    planStoreDir: config.planStoreDir,
    planUpload: config.planUpload,
    corsOrigins: config.corsOrigins,
    allowedHosts: config.allowedHosts,
    rateLimit: config.rateLimitPerMinute === 0 ? false : { max: config.rateLimitPerMinute, windowMs: 60_000 },
  });
  return log.step(`listening on ${config.host}:${config.port}`, () => listen(app, config.host, config.port));
}

/** Builds the page in a child process (under tsx: a build is rare), so its memory leaves with it. */
function buildClientApart(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/client-build-main.ts'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`start: building the client failed (exit code ${code})`)),
    );
  });
}
