import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../server/load/progress-line';

describe('progressLine', () => {
  it('gives counts, percentage, rate and what is left while writing', () => {
    const line = progressLine(
      {
        phase: 'edges',
        nodesWritten: 100_000,
        edgesWritten: 200_000,
        nodesTotal: 100_000,
        edgesTotal: 500_000,
        elapsedMs: 31_000,
      },
      1_000,
    );
    expect(line).toBe('load: edges 200,000 / 500,000 (40%), 10,000 rows/s, about 30.0 s left');
  });

  it('leaves out the estimate when a stream does not declare its counts', () => {
    expect(progressLine({ phase: 'nodes', nodesWritten: 5000, edgesWritten: 0, elapsedMs: 2000 }, 1000)).toBe(
      'load: nodes 5,000, 5,000 rows/s',
    );
  });

  it('names the other phases in words', () => {
    expect(progressLine({ phase: 'switch', nodesWritten: 8, edgesWritten: 5, elapsedMs: 1500 }, 0)).toBe(
      'load: switching to the new version (1.5 s)',
    );
  });
});
