// Chooses the page's fetch: on an offline snapshot page (its data in a JSON <script>), an
// in-memory API; on a served page, undefined (the browser's fetch). The offline code loads lazily
// so the served page's first view never carries it.
import { readSnapshot, type SnapshotData } from '../../../core/query/snapshot-data';

export interface SnapshotFetch {
  fetchImpl: typeof fetch;
  data: SnapshotData;
}

/** The snapshot's fetch and data, or null on a page served by the app. */
export const snapshotFetch = async (doc: Pick<Document, 'getElementById'>): Promise<SnapshotFetch | null> => {
  const data = readSnapshot(doc);
  if (!data) return null;
  const { createOfflineFetch } = await import('../api/offline-api');
  return { fetchImpl: createOfflineFetch(data), data };
};
