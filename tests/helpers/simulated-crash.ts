// A load killed part-way, imitated: load options whose beforeBatch hook stops the load after N
// committed batches, as a killed process would (its partial version stays for the next load).
import type { LoadOptions } from '../../server/load';

export class SimulatedCrash extends Error {
  constructor(batches: number) {
    super(`loader: stopped after ${batches} batches (a simulated crash)`);
    this.name = 'SimulatedCrash';
  }
}

/**
 * Options that crash a load after `batches` committed batches.
 * @example loadGraph(driver, db, graph, { hash, batchSize: 1, ...crashAfterBatches(3) })
 */
export const crashAfterBatches = (batches: number): Pick<LoadOptions, 'beforeBatch'> => ({
  beforeBatch: (committed) => {
    if (committed >= batches) throw new SimulatedCrash(committed);
  },
});
