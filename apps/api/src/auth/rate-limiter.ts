/**
 * Token buckets in memory, one per client: `burst` tokens, refilled at `ratePerSec`. A request
 * takes one token; an empty bucket answers with how long until the next one. Per process: with N
 * API instances a client gets N times the rate (put a shared limiter in the gateway for a hard cap).
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly ratePerSec: number,
    private readonly burst: number,
    private readonly maxClients = 100_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get enabled(): boolean {
    return this.ratePerSec > 0;
  }

  /** Takes a token for `client`: 0 when allowed, else the seconds to wait (at least 1). */
  take(client: string): number {
    if (!this.enabled) return 0;
    const t = this.now();
    let b = this.buckets.get(client);
    if (b) {
      b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.ratePerSec);
      b.at = t;
    } else {
      if (this.buckets.size >= this.maxClients) this.sweep(t);
      b = { tokens: this.burst, at: t };
      this.buckets.set(client, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.ratePerSec));
  }

  get clients(): number {
    return this.buckets.size;
  }

  /** Forgets clients whose bucket has refilled (they lose nothing); then the oldest, if still full. */
  private sweep(t: number): void {
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((t - b.at) / 1000) * this.ratePerSec >= this.burst) this.buckets.delete(k);
    }
    const excess = this.buckets.size - Math.floor(this.maxClients * 0.9);
    if (excess > 0) {
      let i = 0;
      for (const k of this.buckets.keys()) {
        if (i++ >= excess) break;
        this.buckets.delete(k);
      }
    }
  }
}
