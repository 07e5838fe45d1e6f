// One progress line for long loads (stderr of `npm run load`): counts, rate and an estimate of
// what is left. Pure: a progress report and the previous line's state in, a line out.
import type { LoadProgress } from './types';

const fmtCount = (n: number) => n.toLocaleString('en-US');
const fmtSeconds = (ms: number) =>
  ms >= 60_000
    ? `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
    : `${(ms / 1000).toFixed(1)} s`;

/**
 * `load: edges 120,000 / 500,000 (24%), 9,800 rows/s, about 39 s left`.
 * The rate counts nodes and relationships together since the first write.
 */
export function progressLine(p: LoadProgress, writeStartedMs: number | null): string {
  const written = p.nodesWritten + p.edgesWritten;
  if (p.phase !== 'nodes' && p.phase !== 'edges') {
    return `load: ${PHASES[p.phase]} (${fmtSeconds(p.elapsedMs)})`;
  }
  const total =
    p.nodesTotal !== undefined && p.edgesTotal !== undefined ? p.nodesTotal + p.edgesTotal : undefined;
  const done = p.phase === 'nodes' ? p.nodesWritten : p.edgesWritten;
  const phaseTotal = p.phase === 'nodes' ? p.nodesTotal : p.edgesTotal;
  let line = `load: ${p.phase} ${fmtCount(done)}`;
  if (phaseTotal !== undefined)
    line += ` / ${fmtCount(phaseTotal)} (${phaseTotal ? Math.floor((done / phaseTotal) * 100) : 100}%)`;
  const writingMs = writeStartedMs === null ? 0 : p.elapsedMs - writeStartedMs;
  if (writingMs > 0 && written > 0) {
    const rate = written / (writingMs / 1000);
    line += `, ${fmtCount(Math.round(rate))} rows/s`;
    if (total !== undefined) line += `, about ${fmtSeconds(((total - written) / rate) * 1000)} left`;
  }
  return line;
}

const PHASES: Record<LoadProgress['phase'], string> = {
  validate: 'validated the graph',
  lock: 'taking the load lock',
  cleanup: 'reading the current version',
  nodes: 'writing nodes',
  edges: 'writing relationships',
  index: 'waiting for the full-text indexes',
  switch: 'switching to the new version',
  retire: 'deleting the previous version and leftovers of earlier loads',
  done: 'done',
};
