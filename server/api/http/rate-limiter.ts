// A fixed-window request counter per client key (pure: the clock is passed in). Old windows are
// dropped as they expire, so memory stays bounded by the clients of one window.

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets. */
  retryAfterS: number;
}

export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string, nowMs: number): RateDecision {
    if (nowMs - this.windowStart >= this.windowMs) {
      this.windowStart = nowMs - (nowMs % this.windowMs);
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    const retryAfterS = Math.max(1, Math.ceil((this.windowStart + this.windowMs - nowMs) / 1000));
    return { allowed: count <= this.max, remaining: Math.max(0, this.max - count), retryAfterS };
  }
}
