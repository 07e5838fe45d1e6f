// What every route handler needs: the read runner, the current-graph pointer and the options.
import type { CurrentGraphCache } from './db/current-graph-cache';
import type { ReadRunner } from './db/read-runner';
import type { ResolvedAppOptions } from './options';

export interface ApiContext {
  runner: ReadRunner;
  currentGraph: CurrentGraphCache;
  options: ResolvedAppOptions;
  /** Changes on every start, so ETags of a previous process (maybe older code) never validate. */
  bootId: string;
}
