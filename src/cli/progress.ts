/**
 * Progress on stderr while a command talks to the APIs, counted from the HTTP
 * client's sends (`count` is its onRequest hook).
 *
 * - On a terminal: one line, rewritten in place a few times a second
 *   (`reading… 412 requests, 24.6/s`, `applying… 312/1,150 requests, 24.8/s`),
 *   erased when the phase ends so that what follows starts on a clean line.
 * - Elsewhere (CI logs, pipes): the same words as a plain line every 10 s, the
 *   first once the run has lasted 10 s; a short run prints nothing at all.
 *
 * Only counts and rates are printed: no path, name or header, so nothing
 * secret can reach the log. Never stdout: that holds the plan (or its JSON).
 */
import type { SendInfo } from '../http/index.js';

export interface ProgressClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

const realClock: ProgressClock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    // Progress never keeps a finished process alive.
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface ProgressOptions {
  /** Injectable for tests. */
  clock?: ProgressClock;
}

/** How often the terminal line is redrawn. */
const REDRAW_MS = 250;
/** How often a plain line is printed in a log, and how long a run lasts before the first. */
const LOG_EVERY_MS = 10_000;
/** The rate is measured over this much of the recent past. */
const RATE_WINDOW_MS = 5_000;

const number = (n: number): string => n.toLocaleString('en-US');

export class Progress {
  readonly #stream: NodeJS.WritableStream & { isTTY?: boolean };
  readonly #tty: boolean;
  readonly #clock: ProgressClock;
  readonly #runStart: number;
  #lastLog: number;
  #phase: { label: string; total: number | undefined; sends: number; firstSends: number; retries: number; samples: Array<[number, number]> } | undefined;
  /** A terminal line is on screen (and must be erased before anything else is written). */
  #drawn = false;

  constructor(stream: NodeJS.WritableStream & { isTTY?: boolean }, options: ProgressOptions = {}) {
    this.#stream = stream;
    this.#tty = stream.isTTY === true;
    this.#clock = options.clock ?? realClock;
    this.#runStart = this.#clock.now();
    this.#lastLog = this.#runStart;
  }

  /** The HttpClient onRequest hook: one send went on the wire. */
  readonly count = (info: SendInfo): void => {
    const phase = this.#phase;
    if (!phase) return;
    phase.sends++;
    if (info.attempt === 1) phase.firstSends++;
    else phase.retries++;
  };

  /**
   * Show progress while `work` runs; `total` is the requests the phase is
   * expected to send (apply: the plan's cost). The line is erased before
   * `work`'s result or error comes back.
   */
  async during<T>(label: string, work: () => Promise<T>, total?: number): Promise<T> {
    this.#phase = { label, total, sends: 0, firstSends: 0, retries: 0, samples: [[this.#clock.now(), 0]] };
    const stop = this.#clock.every(this.#tty ? REDRAW_MS : 1_000, () => this.#tick());
    try {
      return await work();
    } finally {
      stop();
      this.#phase = undefined;
      this.#erase();
    }
  }

  #tick(): void {
    const phase = this.#phase;
    if (!phase) return;
    const now = this.#clock.now();
    phase.samples.push([now, phase.sends]);
    while (phase.samples.length > 2 && phase.samples[1]![0] <= now - RATE_WINDOW_MS) phase.samples.shift();
    if (this.#tty) {
      this.#stream.write(`\r${this.#line(now)}\u001b[K`);
      this.#drawn = true;
    } else if (now - this.#runStart >= LOG_EVERY_MS && now - this.#lastLog >= LOG_EVERY_MS) {
      this.#stream.write(`${this.#line(now)}\n`);
      this.#lastLog = now;
    }
  }

  #line(now: number): string {
    const phase = this.#phase!;
    const [since, sendsThen] = phase.samples[0]!;
    const seconds = (now - since) / 1000;
    const rate = seconds > 0 ? (phase.sends - sendsThen) / seconds : 0;
    const done = phase.total === undefined ? number(phase.firstSends) : `${number(phase.firstSends)}/${number(phase.total)}`;
    const requests = (phase.total ?? phase.firstSends) === 1 ? 'request' : 'requests';
    const retried = phase.retries > 0 ? `, ${number(phase.retries)} retried` : '';
    return `${phase.label}… ${done} ${requests}, ${rate.toFixed(1)}/s${retried}`;
  }

  #erase(): void {
    if (!this.#drawn) return;
    this.#stream.write('\r\u001b[K');
    this.#drawn = false;
  }
}
