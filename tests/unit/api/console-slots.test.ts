import { describe, expect, it } from 'vitest';
import { createConsoleSlots } from '../../../server/api/console/console-slots';

describe('createConsoleSlots', () => {
  it('hands out at most `size` slots and takes each back once', () => {
    const slots = createConsoleSlots(2);
    const a = slots.tryAcquire();
    const b = slots.tryAcquire();
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(slots.tryAcquire()).toBeNull();
    a?.();
    a?.();
    expect(slots.inUse).toBe(1);
    expect(slots.tryAcquire()).not.toBeNull();
    expect(slots.tryAcquire()).toBeNull();
  });

  it('refuses a size below one', () => {
    expect(() => createConsoleSlots(0)).toThrow(RangeError);
  });
});
