// `npm run load [-- --file graph.json] [--batch-size N] [--wait SECONDS]`: extracts the seeds (or
// reads an interchange file) and loads the graph into Neo4j atomically. Progress on stderr; one
// summary line at the end; errors are one line starting `load: ` with a non-zero exit.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Neo4jError } from 'neo4j-driver';
import { resolveNeo4j } from '../db/connection';
import { loadGraph, type LoadProgress, type LoadSummary } from '../load/index';
import { progressLine } from '../load/progress-line';
import { AtlasError, InvalidInputError } from '../../core/errors';
import type { GraphFile } from '../../core/model/interchange';
import { readNeo4jSettings } from './config';
import { GRAPH_INPUTS, hashPaths } from './content-hash';
import { extractSeedGraph } from './seed-graph';

const USAGE = 'usage: npm run load [-- --file graph.json] [--batch-size N] [--wait SECONDS]';

interface Args {
  file?: string;
  batchSize?: number;
  waitSeconds: number;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { waitSeconds: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--'))
      throw new InvalidInputError(`load: ${flag ?? ''} needs a value; ${USAGE}`);
    i++;
    if (flag === '--file') args.file = value;
    else if (flag === '--batch-size') args.batchSize = positive(flag, value);
    else if (flag === '--wait') args.waitSeconds = positive(flag, value);
    else throw new InvalidInputError(`load: unknown option ${flag ?? ''}; ${USAGE}`);
  }
  return args;
}

const positive = (flag: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidInputError(`load: ${flag} must be a positive whole number, got "${value}"`);
  return n;
};

/** The graph and its hash: a file's sha256, or the seeds' content hash (the one `npm start` compares). */
function readInput(args: Args): { graph: GraphFile; hash: string; from: string } {
  if (args.file === undefined) {
    return { graph: extractSeedGraph(), hash: hashPaths(GRAPH_INPUTS), from: 'the seeds' };
  }
  if (!existsSync(args.file))
    throw new InvalidInputError(
      `load: ${args.file} does not exist; write one with npm run extract -- --out ${args.file}`,
    );
  const bytes = readFileSync(args.file);
  let graph: GraphFile;
  try {
    graph = JSON.parse(bytes.toString('utf8')) as GraphFile;
  } catch (cause) {
    throw new InvalidInputError(
      `load: ${args.file} is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
  return { graph, hash: createHash('sha256').update(bytes).digest('hex'), from: args.file };
}

/** Prints at most one line a second, and every change of phase. */
function progressPrinter(write: (s: string) => void): (p: LoadProgress) => void {
  let writeStarted: number | null = null;
  let lastPhase = '';
  let lastAt = -Infinity;
  return (p) => {
    if (writeStarted === null && (p.phase === 'nodes' || p.phase === 'edges')) writeStarted = p.elapsedMs;
    if (p.phase === lastPhase && p.elapsedMs - lastAt < 1000) return;
    lastPhase = p.phase;
    lastAt = p.elapsedMs;
    write(`${progressLine(p, writeStarted)}\n`);
  };
}

const summaryLine = (s: LoadSummary, from: string) =>
  `load: loaded ${s.nodes} nodes and ${s.edges} relationships of ${s.plans} plans from ${from} as version ` +
  `${s.version} in ${(s.timings.totalMs / 1000).toFixed(2)} s` +
  (s.retired.length > 0 ? `; deleted ${s.retired.length} older version(s)` : '');

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const input = readInput(args);
  const conn = await resolveNeo4j(readNeo4jSettings(process.env), {
    log: (l) => process.stderr.write(`load: ${l}\n`),
  });
  const abort = new AbortController();
  const stop = () =>
    abort.abort(new InvalidInputError('load: interrupted; the previous graph stays current'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const summary = await loadGraph(conn.driver, conn.database, input.graph, {
      hash: input.hash,
      batchSize: args.batchSize,
      lockWaitMs: args.waitSeconds * 1000,
      signal: abort.signal,
      onProgress: progressPrinter((s) => process.stderr.write(s)),
    });
    process.stderr.write(`${summaryLine(summary, input.from)}\n`);
  } finally {
    await conn.close();
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  const line = message.split('\n')[0]!.replace(/^(load|loader): /, '');
  if (e instanceof AtlasError) process.stderr.write(`load: ${line}\n`);
  else if (e instanceof Neo4jError)
    process.stderr.write(`load: Neo4j failed (${e.code}): ${line}; the previous graph stays current\n`);
  else {
    process.stderr.write(`load: unexpected error (a bug; please report it): ${line}\n`);
    console.error(e);
  }
  process.exitCode = 1;
}
