// AppOptions for createApp: what the composing process passes, the defaults in one object, and the
// checks that fail at construction with a precise message.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { InvalidInputError } from '../../core/errors';
import { LIMITS } from '../../core/contract';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface RateLimitOptions {
  /** Requests a client (by IP) may make per window. */
  max: number;
  windowMs: number;
}

export interface AppOptions {
  driver: Driver;
  database: string;
  /** Serve the built client (dist/client) statically, with index.html for unknown non-API paths. */
  clientDir?: string;
  /** The read-only console; when false POST /api/cypher answers 403 (start.ts decides). */
  cypherConsole: boolean;
  /** Per-client limit; `false` turns it off (tests, benchmarks). */
  rateLimit?: RateLimitOptions | false;
  /** Origins allowed cross-origin; CORS is off when empty. */
  corsOrigins?: string[];
  logger?: Logger;
  /** Time limit of every database call (ms). */
  queryTimeoutMs?: number;
  /** How long the current-graph pointer is reused (ms). */
  graphPointerTtlMs?: number;
  /** Longest accepted URL (characters) before 414. */
  maxUrlLength?: number;
  /** Largest accepted JSON body, in Express's size syntax. */
  maxBodySize?: string;
  /** Root of the repository, where plan files (seeds/...) are read for the source view. */
  repoRoot?: string;
  /**
   * POST /api/plans and /api/plans/:id/remove add and remove the user's plans (docs/plans.md);
   * default false (403). start.ts turns it on when bound to loopback or with PLAN_UPLOAD=on.
   */
  planUpload?: boolean;
  /** The user's plan store (PLAN_STORE_DIR), whose texts the source view reads by plan id; default `.data/plans` under repoRoot. */
  planStoreDir?: string;
  /** Express's `trust proxy` (for the client IP behind a reverse proxy); off by default. */
  trustProxy?: boolean | number | string;
  /** Run the heaviest first queries once in the background at start (default true). */
  warmUp?: boolean;
  /**
   * Host names (without port) accepted in the Host header. A request that arrived on a loopback
   * address must name localhost, 127.0.0.1 or [::1] or one of these (DNS rebinding); on another
   * address the list, when not empty, is the only names accepted.
   */
  allowedHosts?: string[];
  /** Console queries running at once; more are refused with 503 (default 2). */
  consoleConcurrency?: number;
  /** The console's transaction timeout, which Neo4j enforces (ms, default 5000). */
  consoleTimeoutMs?: number;
  /** Bytes of console rows (as JSON) before the answer is cut (default 2,000,000). */
  consoleMaxBytes?: number;
}

export type ResolvedAppOptions = Required<Omit<AppOptions, 'clientDir' | 'logger' | 'rateLimit'>> & {
  clientDir: string | undefined;
  logger: Logger;
  rateLimit: RateLimitOptions | false;
};

const consoleLogger: Logger = {
  info: (m) => console.log(m),
  error: (m, e) => console.error(m, e),
};

export const APP_DEFAULTS = {
  rateLimit: { max: 600, windowMs: 60_000 },
  corsOrigins: [] as string[],
  queryTimeoutMs: 5_000,
  graphPointerTtlMs: 1_000,
  maxUrlLength: 2_048,
  maxBodySize: '32kb',
  trustProxy: false,
  warmUp: true,
  allowedHosts: [] as string[],
  consoleConcurrency: LIMITS.cypher.concurrent,
  consoleTimeoutMs: LIMITS.cypher.timeoutMs,
  consoleMaxBytes: LIMITS.cypher.maxBytes,
} as const;

export function resolveAppOptions(options: AppOptions, repoRootDefault: string): ResolvedAppOptions {
  const fail = (m: string) => {
    throw new InvalidInputError(`api: ${m}`);
  };
  if (typeof options.database !== 'string' || options.database === '')
    fail('AppOptions.database must name the Neo4j database');
  if (typeof options.cypherConsole !== 'boolean') fail('AppOptions.cypherConsole must be true or false');
  const rateLimit = options.rateLimit ?? { ...APP_DEFAULTS.rateLimit };
  if (rateLimit !== false && (!(rateLimit.max > 0) || !(rateLimit.windowMs > 0))) {
    fail('AppOptions.rateLimit needs max > 0 and windowMs > 0, or false to turn it off');
  }
  for (const origin of options.corsOrigins ?? []) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      fail(`AppOptions.corsOrigins: "${origin}" is not an origin like https://example.org`);
  }
  for (const host of options.allowedHosts ?? []) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(host))
      fail(
        `AppOptions.allowedHosts: "${host}" is not a host name like atlas.example.org (no port, no scheme)`,
      );
  }
  for (const key of ['consoleConcurrency', 'consoleTimeoutMs', 'consoleMaxBytes'] as const) {
    const v = options[key];
    if (v !== undefined && (!Number.isSafeInteger(v) || v < 1))
      fail(`AppOptions.${key} must be a whole number >= 1`);
  }
  return {
    driver: options.driver,
    database: options.database,
    clientDir: options.clientDir,
    cypherConsole: options.cypherConsole,
    rateLimit,
    corsOrigins: options.corsOrigins ?? [...APP_DEFAULTS.corsOrigins],
    logger: options.logger ?? consoleLogger,
    queryTimeoutMs: options.queryTimeoutMs ?? APP_DEFAULTS.queryTimeoutMs,
    graphPointerTtlMs: options.graphPointerTtlMs ?? APP_DEFAULTS.graphPointerTtlMs,
    maxUrlLength: options.maxUrlLength ?? APP_DEFAULTS.maxUrlLength,
    maxBodySize: options.maxBodySize ?? APP_DEFAULTS.maxBodySize,
    repoRoot: options.repoRoot ?? repoRootDefault,
    planUpload: options.planUpload ?? false,
    planStoreDir: options.planStoreDir ?? path.join(options.repoRoot ?? repoRootDefault, '.data', 'plans'),
    trustProxy: options.trustProxy ?? APP_DEFAULTS.trustProxy,
    warmUp: options.warmUp ?? APP_DEFAULTS.warmUp,
    allowedHosts: (options.allowedHosts ?? [...APP_DEFAULTS.allowedHosts]).map((h) => h.toLowerCase()),
    consoleConcurrency: options.consoleConcurrency ?? APP_DEFAULTS.consoleConcurrency,
    consoleTimeoutMs: options.consoleTimeoutMs ?? APP_DEFAULTS.consoleTimeoutMs,
    consoleMaxBytes: options.consoleMaxBytes ?? APP_DEFAULTS.consoleMaxBytes,
  };
}
