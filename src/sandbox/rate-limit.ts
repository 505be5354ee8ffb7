/**
 * The sandbox's request budget: N requests a minute (or a second) per token,
 * for each service apart. Over it the server answers 429 with Retry-After in
 * whole seconds. API-FACTS "Errors and limits": Asana allows 1,500 requests a
 * minute on paid plans (150 on free) and counts refused requests against the
 * limit; Dreadnode documents no numbers.
 *
 * Guess: Asana says only that its limits are "based on minute-long windows".
 * The sandbox reads "N requests per minute" as a steady pace, not as a
 * minute's allowance to spend at once: a token bucket refilled at N/60 a
 * second that holds one second's worth (plus the request in hand), i.e. the
 * generic cell rate algorithm with 1 s of tolerance. That is the safer
 * reading for a client tested against it: a client that passes here never
 * relies on a burst of a minute's worth (which a sliding 60 s window would
 * also refuse after the first minute, and a bucket of N would allow at twice
 * the rate), and a client that spaces its requests evenly at exactly N a
 * minute keeps the bucket full, so it never sees a 429 even when its requests
 * arrive up to a second off their even schedule. (A strict sliding window of
 * N per 60 s would refuse such a client whenever one request arrived a
 * millisecond earlier, relative to its schedule, than the one N before it.)
 *
 * Refused requests count (Asana documents it; Guess: Dreadnode the same).
 * The debt they build is capped at one window (60 s for a per-minute budget),
 * so a client that stops, or honours Retry-After, is never locked out for
 * longer than that: the Retry-After given is the wait after which the next
 * request is accepted if nothing else arrives meanwhile.
 */
import { parseRequestRate } from '../util/rate.js';

export interface RateLimitOptions {
  /** Requests per minute (Asana: 1500 on paid plans, 150 on free). Give this or perSecond. */
  perMinute?: number;
  /** Requests per second: the same budget measured over a one-second window (fast tests). */
  perSecond?: number;
  /**
   * Seconds' worth of requests a client may send ahead of an even pace (default 1).
   * 0: every request must come at least 1/rate after the previous one.
   */
  burstSeconds?: number;
}

/** The outcome of one request against a budget. */
type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Throws an Error naming the bad value; returns the window and pace in ms. */
function checkRateLimit(o: RateLimitOptions): { windowMs: number; intervalMs: number; toleranceMs: number } {
  const positive = (name: string, v: number): void => {
    if (!(Number.isFinite(v) && v > 0)) throw new Error(`rate limit: ${name} must be a number above 0, got ${String(v)}`);
  };
  if (o.perMinute !== undefined && o.perSecond !== undefined) throw new Error('rate limit: give perMinute or perSecond, not both');
  let windowMs: number;
  let requests: number;
  if (o.perMinute !== undefined) {
    positive('perMinute', o.perMinute);
    [windowMs, requests] = [60_000, o.perMinute];
  } else if (o.perSecond !== undefined) {
    positive('perSecond', o.perSecond);
    [windowMs, requests] = [1_000, o.perSecond];
  } else {
    throw new Error('rate limit: needs perMinute or perSecond');
  }
  const burst = o.burstSeconds ?? 1;
  if (!(Number.isFinite(burst) && burst >= 0)) throw new Error(`rate limit: burstSeconds must be a number of at least 0, got ${String(burst)}`);
  return { windowMs, intervalMs: windowMs / requests, toleranceMs: burst * 1000 };
}

/** One service's budget for one token (generic cell rate algorithm, see the header). */
export class RequestBudget {
  private readonly windowMs: number;
  private readonly intervalMs: number;
  private readonly toleranceMs: number;
  /** Theoretical arrival time of the next request at an even pace; the bucket is full while it is in the past. */
  private tat = -Infinity;

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    ({ windowMs: this.windowMs, intervalMs: this.intervalMs, toleranceMs: this.toleranceMs } = checkRateLimit(options));
  }

  /** Spends one request; a refusal says how long to wait (whole seconds, at least 1). */
  take(): Take {
    const t = this.now();
    const tat = Math.max(this.tat, t);
    if (tat - t <= this.toleranceMs) {
      this.tat = tat + this.intervalMs;
      return { ok: true };
    }
    // Over budget. The refused request counts: it pushes the next acceptance
    // further out, but never more than one window ahead of now.
    this.tat = Math.max(tat, Math.min(tat + this.intervalMs, t + this.toleranceMs + this.windowMs));
    const waitMs = this.tat - this.toleranceMs - t;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
}

/** `1500/min` → {perMinute: 1500}; `25/s` → {perSecond: 25} (forms: src/util/rate.ts). Throws an Error saying what is expected. */
export function parseRateLimit(spec: string): RateLimitOptions {
  const help = 'expected requests per minute or per second, e.g. "1500/min" or "25/s"';
  const rate = parseRequestRate(spec);
  if (rate.ok) return rate.per === 'minute' ? { perMinute: rate.count } : { perSecond: rate.count };
  if (rate.problem === 'unit') throw new Error(`"${spec}": unknown unit "${rate.unit}"; ${help}`);
  if (rate.problem === 'count') throw new Error(`"${spec}": "${rate.count}" is not a number above 0; ${help}`);
  throw new Error(`"${spec}": ${help}`);
}

/** `1500/min`, `25/s`: how the sandbox says what budget it enforces. */
export function describeRateLimit(o: RateLimitOptions): string {
  return o.perMinute !== undefined ? `${o.perMinute}/min` : `${o.perSecond ?? '?'}/s`;
}
