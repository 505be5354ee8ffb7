/** Concurrency primitives for the client: a FIFO semaphore, and a queue that keeps the request budget and the shared Retry-After pause. */

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
 * When a request may go on the wire: the request budget and the shared
 * Retry-After pause, in one FIFO queue.
 *
 * Budget: even spacing, one send every `60000 / perMinute` ms (a token bucket
 * that holds one token). Why not a bucket with a burst allowance: the server
 * (Asana per token; the sandbox's `--rate-limit N/min`) counts requests over a
 * minute, and if that is a sliding 60 s window, a burst of B on top of N/min
 * puts N + B requests in some window once a run lasts a minute, and each 429
 * costs a whole Retry-After (seconds) for every request, far more than the
 * spacing saves. A burst would be safe only by lowering the steady rate to
 * (N - B)/min; the gain is at most B sends earlier, under a second at the
 * defaults, so the simple form wins. Even spacing never exceeds N in any
 * 60 s window, sliding or fixed. Each send comes an interval after the
 * previous one (to the millisecond the clock has), never sooner to catch up
 * after a late timer: catching up would put two sends closer than that. So a
 * long run goes a little slower than N/min, by the timers' lateness (the
 * bench measured 3-8% on a busy 2-core machine); letting one interval of
 * catch-up in would win most of that back at the price of N+1 sends in some
 * minute, and was left out.
 *
 * Pause: a 429 (or 503) with Retry-After moves `pausedUntil` forward, and
 * nothing queued is released before it, whether it arrived before the 429
 * or after: one answer holds back the whole client instead of letting the
 * other requests run into the same wall. Requests already on the wire are
 * beyond holding; their own 429s extend the pause.
 *
 * Retries take a place in the queue like any send, so they spend budget too
 * (Asana counts refused requests against the limit).
 */
export class SendQueue {
  /** Earliest time (ms) of the next send under the budget. */
  private next = -Infinity;
  private pausedUntil = -Infinity;
  private readonly waiting: Array<() => void> = [];
  private pumping = false;
  /** ms between sends; 0 without a budget. */
  readonly interval: number;

  constructor(
    perMinute: number | undefined,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
    /** Once true, everything queued is let go at once (the client is closing; sends then fail fast). */
    private readonly closed: () => boolean = () => false,
  ) {
    if (perMinute !== undefined && !(perMinute > 0 && Number.isFinite(perMinute))) {
      throw new Error(`request budget must be a positive number per minute, got ${perMinute}`);
    }
    this.interval = perMinute === undefined ? 0 : 60_000 / perMinute;
  }

  /** Hold every send until at least `time` (ms on the client's clock). */
  pauseUntil(time: number): void {
    if (time > this.pausedUntil) this.pausedUntil = time;
  }

  /** Resolves when this request may be sent; first come, first served. */
  take(): Promise<void> {
    if (this.waiting.length === 0 && !this.pumping && this.tryRelease()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      if (!this.pumping) void this.pump();
    });
  }

  /** ms until the next send may go (less than 1 counts as now: the clock has whole ms). */
  private wait(): number {
    return Math.max(this.next, this.pausedUntil) - this.now();
  }

  private tryRelease(): boolean {
    if (this.wait() >= 1) return false;
    this.next = Math.max(this.now(), this.next) + this.interval;
    return true;
  }

  private async pump(): Promise<void> {
    this.pumping = true;
    try {
      while (this.waiting.length > 0) {
        if (this.closed()) {
          for (const release of this.waiting.splice(0)) release();
          break;
        }
        if (this.tryRelease()) {
          this.waiting.shift()!();
          continue;
        }
        // Sleep, then look again: a pause may have begun meanwhile.
        await this.sleep(Math.ceil(this.wait()));
      }
    } finally {
      this.pumping = false;
    }
  }
}
