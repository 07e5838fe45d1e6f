// The embedded JVM's memory flags: a small initial heap that may grow to the configured cap.
import { describe, expect, it } from 'vitest';
import { initialHeap } from '../../../server/db/embedded-neo4j';

describe('initialHeap', () => {
  it('starts the JVM at 128m, or at the whole heap when that is smaller', () => {
    expect(initialHeap('1g')).toBe('128m');
    expect(initialHeap('2048m')).toBe('128m');
    expect(initialHeap('64m')).toBe('64m');
  });
});
