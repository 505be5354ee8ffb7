/** Concurrency primitives for the client: a FIFO semaphore and a shared pause. */

/** At most `limit` holders at once; waiters are served first come, first served. */
export class Semaphore {
  private active = 0;
  private readonly waiters: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`in-flight limit must be a positive integer, got ${limit}`);
  }

  get inFlight(): number {
    return this.active;
  }

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
    // The releaser handed its slot to us; `active` was not decremented.
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.active--;
  }
}

/**
 * A time before which no request may be sent. A 429 with Retry-After moves it
 * forward; every request waits for it before sending, so one rate-limit answer
 * holds back the whole client instead of letting the other requests run into
 * the same wall.
 */
export class PauseGate {
  private until = 0;

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Hold requests until at least `time` (ms on the client's clock). */
  pauseUntil(time: number): void {
    if (time > this.until) this.until = time;
  }

  /** Resolve once the pause (which may be extended while waiting) is over. */
  async wait(): Promise<void> {
    for (;;) {
      const left = this.until - this.now();
      if (left <= 0) return;
      await this.sleep(left);
    }
  }
}

/**
 * A request budget per second, spread evenly: each send takes the next free
 * slot `1000 / perSecond` ms after the previous one. Retries take slots too
 * (Asana counts refused requests against the limit).
 */
export class RateSpacer {
  private next = 0;
  private readonly interval: number;

  constructor(
    perSecond: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {
    if (!(perSecond > 0)) throw new Error(`request budget must be a positive number per second, got ${perSecond}`);
    this.interval = 1000 / perSecond;
  }

  async take(): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.next);
    this.next = at + this.interval;
    if (at > now) await this.sleep(Math.ceil(at - now));
  }
}
