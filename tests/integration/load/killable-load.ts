// Child process for the SIGKILL test: loads a synthetic graph slowly (small batches) into the
// Neo4j named by the environment and prints `writing edges` once relationships are being written.
import { createDriver } from '../../../server/db/driver';
import { loadGraphStream } from '../../../server/load';
import { syntheticGraph } from '../../bench/synthetic-graph';

const env = (name: string) => {
  const v = process.env[name];
  if (v === undefined) throw new Error(`killable-load: ${name} is not set`);
  return v;
};
const driver = createDriver({
  uri: env('KILL_TEST_URI'),
  user: env('KILL_TEST_USER'),
  password: env('KILL_TEST_PASSWORD'),
});
const g = syntheticGraph({ nodes: 2000, edges: 10_000 });
let announced = false;
await loadGraphStream(
  driver,
  env('KILL_TEST_DATABASE'),
  { plans: g.plans, nodes: g.nodes(), edges: g.edges(), counts: g.counts },
  {
    hash: 'to-be-killed',
    batchSize: 100,
    onProgress: (p) => {
      if (p.phase === 'edges' && p.edgesWritten > 0 && !announced) {
        announced = true;
        process.stdout.write('writing edges\n');
      }
    },
  },
);
process.stdout.write('finished\n');
await driver.close();
