import { describe, expect, it } from 'vitest';
import { batchByKey } from '../../../server/load/batches';

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('batchByKey', () => {
  it('yields full batches per key as they fill, then the partial ones', async () => {
    const items = ['a1', 'b1', 'a2', 'a3', 'b2', 'a4'];
    const batches = await collect(batchByKey(items, (s) => s[0], (s) => s.toUpperCase(), 2));
    expect(batches).toEqual([
      { key: 'a', rows: ['A1', 'A2'] },
      { key: 'b', rows: ['B1', 'B2'] },
      { key: 'a', rows: ['A3', 'A4'] },
    ]);
  });

  it('keeps every item exactly once with a batch size that does not divide the count', async () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const batches = await collect(batchByKey(items, (i) => i % 3, (i) => i, 4));
    expect(batches.flatMap((b) => b.rows).sort((x, y) => x - y)).toEqual(items);
    expect(Math.max(...batches.map((b) => b.rows.length))).toBe(4);
  });
});
