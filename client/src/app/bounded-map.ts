// Runs an async step over many items with at most `limit` in flight, so a restore or a fan-out
// never sends more requests at once than the API's rate limit and a 2-core server can take.

/** Applies `fn` to each item, `limit` at a time; resolves with the results in item order. */
export const mapBounded = async <T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> => {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
};
