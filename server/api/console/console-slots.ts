// A fixed number of console queries at once: the rest are refused at once (503 with Retry-After)
// rather than queued, so a burst of heavy queries cannot pile up memory in Node or work in Neo4j.

export interface ConsoleSlots {
  /** A release function, or null when every slot is taken. Release exactly once. */
  tryAcquire(): (() => void) | null;
  readonly inUse: number;
}

export function createConsoleSlots(size: number): ConsoleSlots {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`api: console slots must be >= 1, got ${size}`);
  let inUse = 0;
  return {
    tryAcquire() {
      if (inUse >= size) return null;
      inUse += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inUse -= 1;
      };
    },
    get inUse() {
      return inUse;
    },
  };
}
