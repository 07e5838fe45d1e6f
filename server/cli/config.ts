// Configuration from environment variables, checked at start with one clear line per mistake.
// Every variable and its default is documented in the README ("Configuration").
import path from 'node:path';
import { InvalidInputError } from '../../core/errors';
import type { Neo4jSettings } from '../db/connection';

export interface AppConfig {
  host: string;
  port: number;
  neo4j: Neo4jSettings;
  /** The read-only Cypher console: on when bound to loopback, or when CYPHER_CONSOLE=on. */
  cypherConsole: boolean;
  corsOrigins: string[];
  /** Host names accepted in the Host header besides loopback names (ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** The user's plans (PLAN_STORE_DIR), whose texts the API serves for the source view. */
  planStoreDir: string;
  /** POST /api/plans (add a plan from the page): on when bound to loopback, or when PLAN_UPLOAD=on. */
  planUpload: boolean;
}

export type Env = Record<string, string | undefined>;

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInputError(`config: ${name}='${raw}' must be a whole number from ${min} to ${max}`);
  }
  return n;
}

function flag(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['on', 'true', '1', 'yes'].includes(raw)) return true;
  if (['off', 'false', '0', 'no'].includes(raw)) return false;
  throw new InvalidInputError(`config: ${name}='${env[name]}' must be on or off`);
}

export function readNeo4jSettings(env: Env): Neo4jSettings {
  const uri = env.NEO4J_URI || undefined;
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri)) {
    throw new InvalidInputError(
      `config: NEO4J_URI='${uri}' is not a Neo4j URI; use bolt://host:7687, neo4j://host, or neo4j+s://xxx.databases.neo4j.io`,
    );
  }
  if (uri && !env.NEO4J_PASSWORD) {
    throw new InvalidInputError(
      'config: NEO4J_URI is set but NEO4J_PASSWORD is not; set the password of your Neo4j user',
    );
  }
  return {
    uri,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || 'neo4j',
    dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR || '.data/neo4j'),
    boltPort: int(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
    heap: env.NEO4J_HEAP || '1g',
    pageCache: env.NEO4J_PAGECACHE || '256m',
  };
}

/**
 * The plan store (PLAN_STORE_DIR, default `.data/plans`): the user's own plans, added with
 * `npm run plan -- add`, extracted and loaded next to the seeds (docs/plans.md).
 */
export function readPlanStoreDir(env: Env): string {
  const raw = env.PLAN_STORE_DIR;
  if (raw === undefined || raw === '') return path.resolve(PROJECT_ROOT, '.data/plans');
  if (raw.includes('\0') || raw.trim() !== raw)
    throw new InvalidInputError(
      `config: PLAN_STORE_DIR='${raw}' must be a folder path without surrounding spaces`,
    );
  const dir = path.resolve(PROJECT_ROOT, raw);
  if (dir === PROJECT_ROOT || dir === path.parse(dir).root || dir === path.join(PROJECT_ROOT, 'seeds'))
    throw new InvalidInputError(
      `config: PLAN_STORE_DIR='${raw}' must be a folder of its own, not the project root, seeds/ or /`,
    );
  return dir;
}

export function readConfig(env: Env): AppConfig {
  const host = env.HOST || '127.0.0.1';
  const console = flag(env, 'CYPHER_CONSOLE');
  return {
    host,
    port: int(env, 'PORT', 3000, 0, 65535),
    neo4j: readNeo4jSettings(env),
    cypherConsole: console ?? LOOPBACK.has(host),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    allowedHosts: (env.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    planStoreDir: readPlanStoreDir(env),
    planUpload: flag(env, 'PLAN_UPLOAD') ?? LOOPBACK.has(host),
  };
}
