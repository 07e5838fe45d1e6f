// Starts the embedded Neo4j (the Java launcher in server/db/embedded) as a child process with Bolt on
// loopback, and stops it cleanly. The child watches its stdin, so it exits when this process dies.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { UnavailableError } from '../../core/errors';
import { findFreePort, isPortFree } from './free-port';
import { checkJava } from './java-toolchain';
import { ensurePrivateDir, withPrivateUmask } from './private-files';
import { ensureLauncherBuilt, launcherClasspath } from './launcher-build';

export interface EmbeddedNeo4jOptions {
  /** The store folder (data and logs); one process per store. */
  home: string;
  password: string;
  /** Preferred Bolt port; when taken, a free one is chosen and `log` says so. */
  port?: number;
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  user: 'neo4j';
  password: string;
  pid: number;
  home: string;
  /** Closes the child's stdin (clean shutdown), then escalates to signals if it lingers. */
  stop(): Promise<void>;
  /** Called when the child exits without stop() having been called. */
  onUnexpectedExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
}

const DEFAULTS = { port: 7687, heap: '1g', pageCache: '256m', startTimeoutMs: 180_000 };

// Java 17 needs these for Neo4j's off-heap memory access (the stock neo4j.conf adds them for the server).
const JVM_OPENS = [
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/sun.nio.ch',
  'java.base/java.lang',
].map((m) => `--add-opens=${m}=ALL-UNNAMED`);

const MEMORY_PATTERN = /^\d+[kmg]?$/i;

const toBytes = (size: string): number => {
  const n = Number.parseInt(size, 10);
  const unit = size.slice(-1).toLowerCase();
  return n * (unit === 'g' ? 2 ** 30 : unit === 'm' ? 2 ** 20 : unit === 'k' ? 2 ** 10 : 1);
};

/** 128m, or the whole heap when that is smaller (-Xms may not exceed -Xmx). */
export const initialHeap = (heap: string): string => (toBytes(heap) < toBytes('128m') ? heap : '128m');

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const o = { ...DEFAULTS, log: () => undefined, ...options };
  if (!MEMORY_PATTERN.test(o.heap))
    throw new UnavailableError(`embedded-neo4j: NEO4J_HEAP '${o.heap}' is not a size like 1g or 512m`);
  if (!MEMORY_PATTERN.test(o.pageCache)) {
    throw new UnavailableError(`embedded-neo4j: NEO4J_PAGECACHE '${o.pageCache}' is not a size like 256m`);
  }
  if (o.password.length < 8)
    throw new UnavailableError('embedded-neo4j: the Neo4j password must have at least 8 characters');
  checkJava();
  await ensureLauncherBuilt(o.log);
  ensurePrivateDir(o.home);

  let port = o.port;
  for (let attempt = 0; ; attempt++) {
    if (!(await isPortFree(port))) {
      const free = await findFreePort();
      o.log(`Bolt port ${port} is taken; using ${free} instead`);
      port = free;
    }
    try {
      return await spawnLauncher({ ...o, port });
    } catch (e) {
      // Another process may take the port between the check and the bind: try a fresh one.
      if (e instanceof PortTakenError && attempt < 2) continue;
      throw e;
    }
  }
}

class PortTakenError extends UnavailableError {}

function spawnLauncher(
  o: Required<Omit<EmbeddedNeo4jOptions, 'log'>> & { log: (l: string) => void },
): Promise<EmbeddedNeo4j> {
  const { classpath, mainClass } = launcherClasspath();
  const args = [
    // Start small and grow to the cap: an idle store then keeps a modest resident size.
    `-Xms${initialHeap(o.heap)}`,
    `-Xmx${o.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    ...JVM_OPENS,
    '-cp',
    classpath,
    mainClass,
    '--home',
    o.home,
    '--port',
    String(o.port),
    '--pagecache',
    o.pageCache,
  ];
  const logPath = path.join(o.home, 'launcher.log');
  const logFile = fs.openSync(logPath, 'a', 0o600);
  fs.chmodSync(logPath, 0o600);
  // Neo4j's store files and logs are created by the JVM: it inherits the owner-only umask.
  const child = withPrivateUmask(() =>
    spawn('java', args, {
      stdio: ['pipe', 'pipe', logFile],
      env: { ...process.env, PLAN_ATLAS_NEO4J_PASSWORD: o.password },
    }),
  );
  fs.closeSync(logFile);

  return new Promise((resolve, reject) => {
    let settled = false;
    let stopping = false;
    const exitListeners: ((code: number | null, signal: NodeJS.Signals | null) => void)[] = [];
    const timer = setTimeout(() => {
      fail(
        new UnavailableError(
          `embedded-neo4j: Neo4j did not start within ${o.startTimeoutMs / 1000} s; see ${o.home}/launcher.log`,
        ),
      );
      child.kill('SIGKILL');
    }, o.startTimeoutMs);

    function fail(e: Error) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(e);
    }

    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(handle(child, o, exitListeners, () => (stopping = true)));
      } else if (line.startsWith('ERROR ')) {
        fail(errorFromLauncher(line, o.home, o.port));
      }
    });
    child.once('error', (e) =>
      fail(new UnavailableError(`embedded-neo4j: could not run java (${e.message})`)),
    );
    child.once('exit', (code, signal) => {
      fail(
        new UnavailableError(
          `embedded-neo4j: Neo4j exited while starting (code ${code ?? signal}); see ${o.home}/launcher.log`,
        ),
      );
      if (!stopping) for (const l of exitListeners) l(code, signal);
    });
  });
}

function errorFromLauncher(line: string, home: string, port: number): Error {
  const [, code = '', ...rest] = line.split(' ');
  const detail = rest.join(' ');
  switch (code) {
    case 'store-locked':
      return new UnavailableError(
        `embedded-neo4j: the store in ${home} is locked by another process; stop the other Neo4j using it or set NEO4J_DATA_DIR to another folder`,
      );
    case 'port-taken':
      return new PortTakenError(`embedded-neo4j: Bolt port ${port} is taken (${detail})`);
    default:
      return new UnavailableError(
        `embedded-neo4j: Neo4j failed to start (${detail}); see ${home}/launcher.log`,
      );
  }
}

function handle(
  child: ChildProcess,
  o: { home: string; port: number; password: string },
  exitListeners: ((code: number | null, signal: NodeJS.Signals | null) => void)[],
  markStopping: () => void,
): EmbeddedNeo4j {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    uri: `bolt://127.0.0.1:${o.port}`,
    port: o.port,
    user: 'neo4j',
    password: o.password,
    pid: child.pid ?? -1,
    home: o.home,
    onUnexpectedExit: (l) => exitListeners.push(l),
    async stop() {
      markStopping();
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const timeout = (ms: number) =>
        new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref());
      if ((await Promise.race([exited, timeout(30_000)])) === 'timeout') {
        child.kill('SIGTERM');
        if ((await Promise.race([exited, timeout(10_000)])) === 'timeout') child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
