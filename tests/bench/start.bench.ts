// Benchmark of `npm start` as users run it: the compiled server (server/boot/start.mjs) against the
// same sources under tsx, measured in the same run. Time to ready on a warm second start (graph
// loaded, builds current), the Node process's RSS after start and after a soak of API requests.
// `npm run bench -- start`; BENCH_SOAK_S sets the soak (default 60 s).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFreePort } from '../../server/db/free-port';
import type { BenchContext, BenchRow } from './bench-table';

const ROOT = join(import.meta.dirname, '../..');
const SOAK_S = Number(process.env.BENCH_SOAK_S ?? 60);
const READY = 'Plan Atlas is ready';

const STARTS = {
  compiled: ['server/boot/start.mjs'],
  tsx: ['--import', 'tsx', 'server/cli/start.ts'],
} as const;
type Kind = keyof typeof STARTS;

/** Resident set size of a process in MB, from the kernel's own count. */
const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? NaN) / 1024;
};

interface Started {
  child: ChildProcess;
  ms: number;
  port: number;
}

const start = async (kind: Kind, env: Record<string, string>): Promise<Started> => {
  const port = await findFreePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, STARTS[kind], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (b: Buffer) => {
      output += b.toString();
      if (output.includes(READY)) resolve({ child, ms: performance.now() - t0, port });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`start (${kind}) exited with ${code}:\n${output.slice(-2000)}`)),
    );
  });
};

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** What a user's page asks of the API while it is open: the opening view, searches, traces. */
const soak = async (port: number, seconds: number): Promise<number> => {
  const base = `http://127.0.0.1:${port}`;
  const paths = [
    '/api/overview',
    '/api/plans',
    `/api/search?q=${encodeURIComponent('影像')}`,
    '/api/responsibilities',
    '/api/compare?a=hist-2017&b=meq-2021',
  ];
  const end = performance.now() + seconds * 1000;
  let requests = 0;
  while (performance.now() < end) {
    for (const p of paths) {
      const res = await fetch(base + p);
      await res.arrayBuffer();
      requests++;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return requests;
};

interface Measured {
  readyMs: number;
  rssStart: number;
  rssSoak: number;
  requests: number;
}

const measure = async (kind: Kind, env: Record<string, string>): Promise<Measured> => {
  const s = await start(kind, env);
  try {
    const rssStart = rssMb(s.child.pid ?? 0);
    const requests = await soak(s.port, SOAK_S);
    return { readyMs: s.ms, rssStart, rssSoak: rssMb(s.child.pid ?? 0), requests };
  } finally {
    await stop(s.child);
  }
};

export async function benchStart(ctx: BenchContext): Promise<BenchRow[]> {
  const store = mkdtempSync(join(tmpdir(), 'plan-atlas-bench-store-'));
  const env = {
    NEO4J_URI: ctx.neo4j.uri,
    NEO4J_USER: ctx.neo4j.user,
    NEO4J_PASSWORD: ctx.neo4j.password,
    NEO4J_DATABASE: ctx.database,
    PLAN_STORE_DIR: store,
  };
  try {
    // The first start loads the graph and builds what is stale; the measured starts are warm.
    await stop((await start('compiled', env)).child);
    const compiled = await measure('compiled', env);
    const tsx = await measure('tsx', env);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x tsx`;
    return [
      {
        name: 'warm start to ready, Neo4j up (compiled)',
        value: compiled.readyMs / 1000,
        unit: 's',
        note: ratio(compiled.readyMs, tsx.readyMs),
      },
      { name: 'warm start to ready, Neo4j up (tsx baseline)', value: tsx.readyMs / 1000, unit: 's' },
      {
        name: 'Node RSS after start (compiled)',
        value: compiled.rssStart,
        unit: 'MB',
        note: ratio(compiled.rssStart, tsx.rssStart),
      },
      { name: 'Node RSS after start (tsx baseline)', value: tsx.rssStart, unit: 'MB' },
      {
        name: `Node RSS after a ${SOAK_S} s soak (compiled)`,
        value: compiled.rssSoak,
        unit: 'MB',
        note: `${compiled.requests} requests; ${ratio(compiled.rssSoak, tsx.rssSoak)}`,
      },
      {
        name: `Node RSS after a ${SOAK_S} s soak (tsx baseline)`,
        value: tsx.rssSoak,
        unit: 'MB',
        note: `${tsx.requests} requests`,
      },
    ];
  } finally {
    rmSync(store, { recursive: true, force: true });
  }
}
