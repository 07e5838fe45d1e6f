// Runs the API's heaviest first queries once in the background after start, so the first user's
// search does not pay for query planning and opening the full-text indexes (on a busy machine that
// first search was seen to pass the 5 s limit and answer 503).
import type { CurrentGraphCache } from './current-graph-cache';
import { cypherInt, type ReadRunner } from './read-runner';

/** Never rejects: a failure here only means the first real request pays the cost itself. */
export async function warmUp(runner: ReadRunner, currentGraph: CurrentGraphCache): Promise<boolean> {
  try {
    const graph = await currentGraph.get();
    if (graph === null) return false;
    await runner.read('search', {
      graph: graph.version,
      cjk: '医疗',
      en: 'ct',
      labels: [],
      candidates: cypherInt(10),
      scan: cypherInt(200),
    });
    await runner.read(
      'supply-chain-upstream',
      { graph: graph.version, id: 'equipment:ct', limit: cypherInt(10) },
      { DEPTH: 3 },
    );
    return true;
  } catch {
    return false;
  }
}
