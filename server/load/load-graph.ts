// The load: validate -> take the lock -> write the new version in batches ->
// wait for the full-text indexes -> switch the pointer in one transaction -> delete the replaced
// version once its readers are done, and the leftovers of killed loads.
// Readers follow the pointer, so they see the old graph until the switch and the new one after.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { loadCypher } from '../db/cypher-files';
import { ConflictError } from '../../core/errors';
import type { GraphFile } from '../../core/model/interchange';
import { batches } from './batches';
import { createBatchWriter } from './batch-writer';
import { acquireLoadLock } from './load-lock';
import { edgeRow, nodeRow } from './rows';
import { applySchema } from './schema';
import type { GraphStream, LoadOptions, LoadPhase, LoadSummary, ValidatedSource } from './types';
import { validateGraph } from './validate-graph';
import { validateStream } from './validate-stream';
import {
  awaitVersionReaders,
  beginVersion,
  deleteVersion,
  newVersion,
  retireStaleVersions,
} from './versions';

const DEFAULTS = {
  batchSize: 5000,
  lockWaitMs: 0,
  lockStaleMs: 30_000,
  heartbeatMs: 5000,
  retireMinWaitMs: 1500,
  retireMaxWaitMs: 15_000,
};

/**
 * Loads a whole interchange file: validated completely before anything is written.
 * @example await loadGraph(driver, 'neo4j', JSON.parse(text), { hash: sha256(text) })
 */
export async function loadGraph(
  driver: Driver,
  database: string,
  graph: GraphFile,
  options: LoadOptions,
): Promise<LoadSummary> {
  const started = performance.now();
  const valid = validateGraph(graph);
  const validateMs = performance.now() - started;
  return writeGraph(
    driver,
    database,
    { ...valid, counts: { nodes: valid.nodes.length, edges: valid.edges.length } },
    options,
    { started, validateMs },
  );
}

/**
 * Loads a graph given as (async) iterables, validating each element as it arrives, with bounded
 * memory; an invalid element stops the load and the previous graph stays current.
 */
export async function loadGraphStream(
  driver: Driver,
  database: string,
  stream: GraphStream,
  options: LoadOptions,
): Promise<LoadSummary> {
  const started = performance.now();
  return writeGraph(driver, database, validateStream(stream), options, { started, validateMs: 0 });
}

async function writeGraph(
  driver: Driver,
  database: string,
  source: ValidatedSource,
  options: LoadOptions,
  clock: { started: number; validateMs: number },
): Promise<LoadSummary> {
  // Options given as undefined (e.g. an absent CLI flag) keep their defaults.
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as LoadOptions;
  const o = { ...DEFAULTS, ...given };
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1) {
    throw new RangeError(`loader: batchSize must be a positive integer, got ${o.batchSize}`);
  }
  const now = () => performance.now();
  const loadedAt = new Date();
  const version = newVersion(o.hash, loadedAt);
  const counts = { nodes: 0, edges: 0, batches: 0 };
  const report = (phase: LoadPhase) =>
    o.onProgress?.({
      phase,
      nodesWritten: counts.nodes,
      edgesWritten: counts.edges,
      nodesTotal: source.counts?.nodes,
      edgesTotal: source.counts?.edges,
      elapsedMs: now() - clock.started,
    });
  report('validate');

  await applySchema(driver, database);
  report('lock');
  const lock = await acquireLoadLock(driver, database, {
    version,
    waitMs: o.lockWaitMs,
    staleMs: o.lockStaleMs,
    heartbeatMs: o.heartbeatMs,
  });
  let switched = false;
  let killed = false;
  try {
    let t = now();
    report('cleanup');
    // Leftovers of killed loads are not deleted here but after the switch, with the replaced
    // version: readers never see them, and the new graph is served without waiting for the
    // deletion of a large leftover (25 s for 500k relationships).
    const replaced = (
      await driver.executeQuery(loadCypher('queries/current-graph.cypher'), {}, { database })
    ).records[0]?.get('version') as string | undefined;
    const cleanupMs = now() - t;
    if (
      !(await beginVersion(driver, database, {
        owner: lock.owner,
        version,
        hash: o.hash,
        startedAt: loadedAt.toISOString(),
      }))
    ) {
      throw lostLock();
    }

    const writer = createBatchWriter({
      driver,
      database,
      beforeBatch: () => {
        if (o.signal?.aborted)
          throw o.signal.reason instanceof Error ? o.signal.reason : new Error('loader: aborted');
        if (lock.lost) throw lostLock();
        try {
          o.beforeBatch?.(counts.batches);
        } catch (e) {
          killed = true;
          throw e;
        }
      },
      onCommitted: (c) => {
        counts.nodes += c.nodes;
        counts.edges += c.edges;
        counts.batches += 1;
        report(c.nodes > 0 ? 'nodes' : 'edges');
      },
    });

    t = now();
    report('nodes');
    const createNodes = loadCypher('load/create-nodes.cypher');
    for await (const rows of batches(source.nodes, (n) => nodeRow(n, version), o.batchSize)) {
      await writer.write(createNodes, { rows }, { nodes: rows.length, edges: 0 });
    }
    await writer.drain();
    const nodesMs = now() - t;

    t = now();
    report('edges');
    const createEdges = loadCypher('load/create-edges.cypher');
    for await (const rows of batches(source.edges, (e) => edgeRow(e, version), o.batchSize)) {
      await writer.write(createEdges, { graph: version, rows }, { nodes: 0, edges: rows.length });
    }
    await writer.drain();
    const edgesMs = now() - t;

    t = now();
    report('index');
    await driver.executeQuery(loadCypher('load/await-fulltext-refresh.cypher'), {}, { database });
    const indexMs = now() - t;

    t = now();
    report('switch');
    const { records } = await driver.executeQuery(
      loadCypher('load/switch-current.cypher'),
      {
        owner: lock.owner,
        version,
        hash: o.hash,
        loadedAt: loadedAt.toISOString(),
        nodes: neo4j.int(counts.nodes),
        edges: neo4j.int(counts.edges),
        plans: source.plans.map((p) => p.id),
        plansJson: JSON.stringify(source.plans),
      },
      { database },
    );
    if (records.length !== 1) throw lostLock();
    switched = true;
    const switchMs = now() - t;

    t = now();
    report('retire');
    // Requests that read the replaced version finish on it: a version is never deleted under them.
    if (replaced !== undefined) {
      await awaitVersionReaders(driver, database, replaced, {
        minMs: o.retireMinWaitMs,
        maxMs: o.retireMaxWaitMs,
        pollMs: 100,
      });
    }
    const retired = await retireStaleVersions(driver, database, o.batchSize);
    const retireMs = now() - t;
    report('done');
    return {
      version,
      hash: o.hash,
      loadedAt: loadedAt.toISOString(),
      nodes: counts.nodes,
      edges: counts.edges,
      plans: source.plans.length,
      batches: counts.batches,
      retired,
      timings: {
        validateMs: clock.validateMs,
        cleanupMs,
        nodesMs,
        edgesMs,
        indexMs,
        switchMs,
        retireMs,
        totalMs: now() - clock.started,
      },
    };
  } catch (error) {
    // A failed load removes its partial version when it can; a kill (imitated through beforeBatch)
    // leaves it to the next load's cleanup. Never the version that became current.
    if (!switched && !killed && !lock.lost) {
      await deleteVersion(driver, database, version, o.batchSize).catch(() => undefined);
    }
    throw error;
  } finally {
    await lock.release().catch(() => undefined);
  }
}

const lostLock = () =>
  new ConflictError(
    'loader: another load took over the lock (this one was presumed dead); the other load wins',
  );
