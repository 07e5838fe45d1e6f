// Groups a stream into batches per key (node label, relationship type) with at most `size` rows
// each, holding one partial batch per key: memory stays bounded whatever the stream's length.

export interface Batch<K, R> {
  key: K;
  rows: R[];
}

/** Yields full batches as they fill, then the partial ones at the end. */
export async function* batchByKey<T, K, R>(
  items: Iterable<T> | AsyncIterable<T>,
  keyOf: (item: T) => K,
  rowOf: (item: T) => R,
  size: number,
): AsyncGenerator<Batch<K, R>> {
  const open = new Map<K, R[]>();
  for await (const item of items) {
    const key = keyOf(item);
    let rows = open.get(key);
    if (!rows) open.set(key, (rows = []));
    rows.push(rowOf(item));
    if (rows.length >= size) {
      open.delete(key);
      yield { key, rows };
    }
  }
  for (const [key, rows] of open) yield { key, rows };
}
