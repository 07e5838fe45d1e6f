// Cuts a stream into batches of at most `size` rows, holding one batch at a time: memory stays
// bounded whatever the stream's length.

/** Yields arrays of `size` mapped items as they fill, then the last partial one. */
export async function* batches<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  rowOf: (item: T) => R,
  size: number,
): AsyncGenerator<R[]> {
  let rows: R[] = [];
  for await (const item of items) {
    rows.push(rowOf(item));
    if (rows.length >= size) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length > 0) yield rows;
}
