// Resolves the Neo4j the app talks to: NEO4J_URI when set, else the embedded Neo4j on this store
// (reused when already running, started otherwise, restarted if it dies while we own it).
import type { Driver } from 'neo4j-driver';
import { UnavailableError } from '../../core/errors';
import { createDriver, verifyNeo4j } from './driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j';
import { findRunningInstance, removeInstance, storePassword, writeInstance } from './instance-file';

export interface Neo4jSettings {
  /** External Neo4j; when absent the embedded one is used. */
  uri?: string | undefined;
  user: string;
  password?: string | undefined;
  database: string;
  /** Embedded store folder. */
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

export interface ResolveNeo4jOptions {
  log?: (line: string) => void;
  /** Restart the embedded JVM if it exits unexpectedly (the app's supervisor behaviour). */
  restartOnCrash?: boolean;
  /** How long to wait for an external Neo4j before failing. */
  verifyTimeoutMs?: number;
}

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  uri: string;
  user: string;
  password: string;
  version: string;
  /** 'external' (NEO4J_URI), 'started' (we own the JVM) or 'reused' (another process owns it). */
  mode: 'external' | 'started' | 'reused';
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

export async function resolveNeo4j(
  settings: Neo4jSettings,
  options: ResolveNeo4jOptions = {},
): Promise<Neo4jConnection> {
  const log = options.log ?? (() => undefined);
  const verifyTimeoutMs = options.verifyTimeoutMs ?? 10_000;
  if (settings.uri) {
    const creds = { uri: settings.uri, user: settings.user, password: settings.password ?? '' };
    const driver = createDriver(creds);
    const version = await verifyOrExplain(driver, settings.database, settings.uri, verifyTimeoutMs);
    return {
      ...creds,
      driver,
      database: settings.database,
      version,
      mode: 'external',
      embedded: null,
      close: () => driver.close(),
    };
  }

  const running = await findRunningInstance(settings.dataDir);
  if (running) {
    log(`reusing the embedded Neo4j already running on ${settings.dataDir} (${running.uri})`);
    const driver = createDriver(running);
    const version = await verifyOrExplain(driver, settings.database, running.uri, verifyTimeoutMs);
    return {
      ...running,
      driver,
      database: settings.database,
      version,
      mode: 'reused',
      embedded: null,
      close: () => driver.close(),
    };
  }

  const password = storePassword(settings.dataDir, settings.password);
  const start = (port: number) =>
    startEmbeddedNeo4j({
      home: settings.dataDir,
      password,
      port,
      heap: settings.heap,
      pageCache: settings.pageCache,
      log,
    });
  let embedded = await start(settings.boltPort);
  const record = (e: EmbeddedNeo4j) =>
    writeInstance(settings.dataDir, {
      uri: e.uri,
      port: e.port,
      user: e.user,
      password,
      pid: e.pid,
      ownerPid: process.pid,
      startedAt: new Date().toISOString(),
    });
  record(embedded);
  const driver = createDriver({ uri: embedded.uri, user: 'neo4j', password });
  let version: string;
  try {
    version = await verifyOrExplain(driver, settings.database, embedded.uri, verifyTimeoutMs);
  } catch (e) {
    // The JVM started but does not answer as it should: stop it rather than leave it running.
    await embedded.stop();
    removeInstance(settings.dataDir, embedded.pid);
    throw e;
  }

  let closed = false;
  let restarting: Promise<void> | undefined;
  const superviseRestart = (e: EmbeddedNeo4j) =>
    e.onUnexpectedExit((code, signal) => {
      if (closed || !options.restartOnCrash) return;
      log(`embedded Neo4j exited unexpectedly (${code ?? signal}); restarting it`);
      // The same port as before, so the driver's URI stays valid.
      restarting = start(e.port).then(
        async (next) => {
          if (closed) {
            await next.stop();
            return;
          }
          if (next.port !== e.port)
            log(`Bolt port ${e.port} was taken on restart; restart the app to reconnect`);
          embedded = next;
          conn.embedded = next;
          record(next);
          superviseRestart(next);
          log(`embedded Neo4j is back on ${next.uri}`);
        },
        (err: unknown) =>
          log(`could not restart the embedded Neo4j: ${err instanceof Error ? err.message : String(err)}`),
      );
    });
  superviseRestart(embedded);

  const conn: Neo4jConnection = {
    driver,
    database: settings.database,
    uri: embedded.uri,
    user: 'neo4j',
    password,
    version,
    mode: 'started',
    embedded,
    async close() {
      closed = true;
      await driver.close();
      await restarting;
      await embedded.stop();
      removeInstance(settings.dataDir, embedded.pid);
    },
  };
  return conn;
}

async function verifyOrExplain(
  driver: Driver,
  database: string,
  uri: string,
  timeoutMs: number,
): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UnavailableError(
            `neo4j: no answer from ${uri} within ${timeoutMs / 1000} s; check NEO4J_URI and that Neo4j is running`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([verifyNeo4j(driver, database), timeout]);
  } catch (e) {
    await driver.close().catch(() => undefined);
    throw explainConnectError(e, uri, database);
  } finally {
    clearTimeout(timer);
  }
}

/** Turns driver errors into one line that says what to do. */
export function explainConnectError(e: unknown, uri: string, database: string): Error {
  if (e instanceof UnavailableError) return e;
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new UnavailableError(
      `neo4j: ${uri} refused the credentials; check NEO4J_USER and NEO4J_PASSWORD`,
      { cause: e },
    );
  }
  if (code.includes('DatabaseNotFound')) {
    return new UnavailableError(`neo4j: ${uri} has no database '${database}'; check NEO4J_DATABASE`, {
      cause: e,
    });
  }
  return new UnavailableError(
    `neo4j: cannot reach ${uri} (${message.split('\n')[0]}); check NEO4J_URI and that Neo4j is running`,
    {
      cause: e,
    },
  );
}
