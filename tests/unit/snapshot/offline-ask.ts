// Asks the offline snapshot's API in memory, as the page's fetch does, for the specifications: a
// snapshot of the fixture graph and the parsed answer (or the error's status) of one API URL.
import { answer } from '../../../client/src/api/offline-api';
import { indexGraph } from '../../../client/src/offline/graph-index';
import type { SnapshotData } from '../../../core/query/snapshot-data';
import { fixtureGraph } from './fixture-graph';

export const fixtureSnapshot = (over: Partial<SnapshotData> = {}): SnapshotData => ({
  format: 1,
  builtAt: '2026-01-01T00:00:00Z',
  graph: fixtureGraph(),
  texts: { 'meq-2021': '一'.repeat(40), 'hist-2017': '二'.repeat(40) },
  pinyin: {},
  tours: [],
  ...over,
});

/** The answer to `/api<path>`, e.g. `ask(data, '/impact/component:ct-tube?limit=200')`. */
export function ask<T>(data: SnapshotData, url: string): T {
  const [path = '', query = ''] = url.split('?');
  return answer(indexGraph(data.graph), data, path, new URLSearchParams(query)) as T;
}
