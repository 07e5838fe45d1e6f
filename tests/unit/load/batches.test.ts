import { describe, expect, it } from 'vitest';
import { batches } from '../../../server/load/batches';

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('batches', () => {
  it('yields full batches of mapped rows as they fill, then the partial one', async () => {
    expect(await collect(batches(['a', 'b', 'c', 'd', 'e'], (s) => s.toUpperCase(), 2))).toEqual([
      ['A', 'B'],
      ['C', 'D'],
      ['E'],
    ]);
  });

  it('keeps every item exactly once, in order, from an async source', async () => {
    async function* numbers() {
      for (let i = 0; i < 23; i++) yield await Promise.resolve(i);
    }
    const out = await collect(batches(numbers(), (i) => i, 4));
    expect(out.flat()).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(out.map((b) => b.length)).toEqual([4, 4, 4, 4, 4, 3]);
  });

  it('yields nothing for an empty source', async () => {
    expect(await collect(batches([], (x) => x, 3))).toEqual([]);
  });
});
