/**
 * The one HTTP client under every provider: a keep-alive undici pool, a
 * per-request timeout, bounded retries with full-jitter backoff, a request
 * budget per minute and a Retry-After pause shared by every request (see
 * SendQueue), separate in-flight caps for reads and writes, pagination and
 * redaction. Providers never retry on their own.
 *
 * Writes are retried like reads. That is safe for what Gatehouse sends: the
 * membership calls (Asana `addUser`/`addMembers`/`removeUser`/`removeMembers`,
 * Dreadnode permission grants) set a state rather than append to one, so a
 * request that reached the server before the connection failed and is then
 * sent again ends in the same membership. Callers with a non-idempotent write
 * pass `{ retry: false }`.
 */
import type { Pool } from 'undici';
import { checkBaseUrl } from './base-url.js';
import { HttpError, networkErrorMessage, oneLine, statusErrorMessage, type HttpErrorInit } from './errors.js';
import { SendQueue, Semaphore } from './limiter.js';
import { collect, paginate, type PageRequest, type PaginateSpec, type Query } from './paginate.js';
import { redact } from './redact.js';
import { tokenProblem } from './token.js';
import {
  backoffDelay,
  classifyNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  retryPolicy,
  type RetryOptions,
  type RetryPolicy,
} from './retry.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RetryInfo {
  method: Method;
  /** Path without the query string. */
  path: string;
  /** The attempt that just failed (1 = the first send). */
  attempt: number;
  /** How long the client waits before the next attempt. */
  delayMs: number;
  /** `429`, `503`, `ECONNRESET`, … */
  reason: string;
  status?: number;
  /** True when the delay came from a Retry-After header. */
  retryAfter: boolean;
}

export interface SendInfo {
  method: Method;
  /** Path without the query string, redacted. */
  path: string;
  /** 1 = the first send of a request, more for its retries. */
  attempt: number;
}

/** What a provider's describeError is told about the failed request besides its answer; nothing secret. */
export interface ErrorContext {
  method: Method;
  /** The request's path relative to the base URL, without the query string, redacted. */
  path: string;
  /** The configured base URL as checked (`https://app.asana.com/api/1.0`; never credentials or a query). */
  baseUrl: string;
  /** Where the token came from, as people name it (`ASANA_TOKEN`, `--token-file FILE`), when known. */
  tokenSource?: string;
}

export interface HttpClientOptions {
  /** The API's address, e.g. `https://app.asana.com/api/1.0`; checked with `checkBaseUrl`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` (or as `auth` says); never stored anywhere readable. */
  token: string;
  /** The header that carries the token: `bearer` (default, `Authorization: Bearer`) or `x-api-key` (`X-API-Key`). */
  auth?: 'bearer' | 'x-api-key';
  /**
   * Where the token came from, as people name it (`ASANA_TOKEN`, or
   * `--token-file FILE`): said when the token cannot be sent, and handed to
   * describeError so that a refusal can say what to check. Never the token.
   */
  tokenSource?: string;
  retry?: RetryOptions;
  /** Per attempt: connect, headers and body. Default 30000. */
  timeoutMs?: number;
  /** GETs in flight at once. Default 50 (Asana's limit). */
  maxReadsInFlight?: number;
  /** Other methods in flight at once. Default 15 (Asana's limit). */
  maxWritesInFlight?: number;
  /** Request budget, spread evenly, in requests per minute (e.g. 150 for Asana's free plan); retries count. Default: none. */
  maxRequestsPerMinute?: number;
  /** Turn a provider's error body (parsed JSON, or text) into one line, with a hint where the request tells one. */
  describeError?: (status: number, body: unknown, context: ErrorContext) => string;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable for tests; returns [0, 1). */
  random?: () => number;
  /** Injectable clock for tests (ms). Default Date.now. */
  now?: () => number;
  /** Called before each wait for a retry; must not throw. */
  onRetry?: (info: RetryInfo) => void;
  /** Called as each request goes on the wire, retries included (progress counts these); must not throw. */
  onRequest?: (info: SendInfo) => void;
  /** Sent as User-Agent. */
  userAgent?: string;
  /**
   * Aborted when the run is interrupted (SIGINT, SIGTERM): no request is sent
   * after it. A request waiting for its turn or to retry ends at once: one not
   * yet sent in an HttpError whose message holds NOT_SENT, a retry in its
   * first failure. Requests already on the wire are answered as usual; close()
   * after an interrupt drops those still unanswered.
   */
  interrupt?: AbortSignal;
}

/** In the message of a request the client refused to send because the run was interrupted. */
export const NOT_SENT = 'not sent: the run was interrupted';

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Set false for a write that must not be sent twice. Default true. */
  retry?: boolean;
}

export interface HttpStats {
  /** Requests sent on the wire, retries included. */
  requests: number;
  /** Sends that were retries. */
  retries: number;
  /** Answers with status 429. */
  rateLimited: number;
  /** Calls that ended in an error after all retries. */
  failures: number;
  /** Sends by method, retries included. */
  byMethod: Record<string, number>;
  /** Retries by method. */
  retriesByMethod: Record<string, number>;
}

/**
 * Timers that one abort wakes early (and clears, so none holds the event loop
 * open). One listener on the signal for all of them: a listener per sleep
 * would pile up on the signal while many requests wait to retry at once (a
 * MaxListenersExceededWarning on stderr under faults).
 */
class Sleepers {
  readonly #waking = new Set<() => void>();
  #awake = false;

  /** Wake every sleeper now and each later one at once. */
  wake(): void {
    this.#awake = true;
    for (const done of [...this.#waking]) done();
  }

  get awake(): boolean {
    return this.#awake;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.#awake) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.#waking.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#waking.add(done);
    });
  }

  /** A promise that settles when woken; `until` races an injected sleep against it. */
  until(wait: Promise<void>): Promise<void> {
    if (this.#awake) return Promise.resolve();
    let done!: () => void;
    const woken = new Promise<void>((resolve) => {
      done = () => {
        this.#waking.delete(done);
        resolve();
      };
    });
    this.#waking.add(done);
    return Promise.race([wait.finally(done), woken]);
  }
}

function defaultDescribe(status: number, body: unknown): string {
  if (typeof body === 'string') return oneLine(body).slice(0, 200);
  if (body === undefined || body === null) return '';
  if (typeof body === 'object' && Object.keys(body).length === 0) return '';
  return JSON.stringify(body).slice(0, 200);
}

type Attempt =
  | { ok: true; value: unknown }
  | { ok: false; retryable: boolean; init: HttpErrorInit; reason: string; retryAfterMs?: number };

export class HttpClient {
  readonly #token: string;
  readonly #auth: 'bearer' | 'x-api-key';
  /** Made on the first request: undici loads only for commands that send one (start-up). */
  #pool: Promise<Pool> | undefined;
  readonly #poolOptions: ConstructorParameters<typeof Pool>[1];
  readonly #origin: string;
  readonly #basePath: string;
  readonly #host: string;
  readonly #policy: RetryPolicy;
  readonly #timeoutMs: number;
  readonly #reads: Semaphore;
  readonly #writes: Semaphore;
  /** The request budget and the Retry-After pause: every send waits its turn here. */
  readonly #queue: SendQueue;
  readonly #describe: (status: number, body: unknown, context: ErrorContext) => string;
  readonly #baseUrl: string;
  readonly #tokenSource: string | undefined;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #onRetry: ((info: RetryInfo) => void) | undefined;
  readonly #onRequest: ((info: SendInfo) => void) | undefined;
  readonly #userAgent: string;
  /** Aborted by close(): wakes every sleeping retry so a finished run does not linger. */
  readonly #closing = new AbortController();
  readonly #interrupt: AbortSignal | undefined;
  /** Retry waits and the queue's pacing waits, all woken by close() (one listener). */
  readonly #sleepers = new Sleepers();
  readonly #stats: HttpStats = { requests: 0, retries: 0, rateLimited: 0, failures: 0, byMethod: {}, retriesByMethod: {} };

  /** The request budget per minute, when one was set. */
  readonly perMinute: number | undefined;

  constructor(options: HttpClientOptions) {
    const url = checkBaseUrl(options.baseUrl);
    if (typeof options.token !== 'string' || options.token === '') throw new Error('an API token is required');
    const problem = tokenProblem(options.token);
    if (problem !== undefined) {
      throw new Error(options.tokenSource === undefined ? `the API token ${problem}` : `${options.tokenSource}: the token ${problem}`);
    }
    this.#token = options.token;
    this.#auth = options.auth ?? 'bearer';
    this.#tokenSource = options.tokenSource;
    this.#baseUrl = `${url.origin}${url.pathname === '/' ? '' : url.pathname}`;
    this.#origin = url.origin;
    this.#basePath = url.pathname === '/' ? '' : url.pathname;
    this.#host = url.host;
    this.#policy = retryPolicy(options.retry);
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#reads = new Semaphore(options.maxReadsInFlight ?? 50);
    this.#writes = new Semaphore(options.maxWritesInFlight ?? 15);
    this.#describe = options.describeError ?? defaultDescribe;
    const signal = this.#closing.signal;
    const injected = options.sleep;
    const sleepers = this.#sleepers;
    signal.addEventListener('abort', () => sleepers.wake(), { once: true });
    this.#interrupt = options.interrupt;
    if (options.interrupt?.aborted) sleepers.wake();
    // Removed when the client closes: the interrupt outlives it.
    else options.interrupt?.addEventListener('abort', () => sleepers.wake(), { once: true, signal });
    this.#sleep = injected ? (ms) => sleepers.until(injected(ms)) : (ms) => sleepers.sleep(ms);
    this.#random = options.random ?? Math.random;
    this.#now = options.now ?? Date.now;
    this.#onRetry = options.onRetry;
    this.#onRequest = options.onRequest;
    this.#userAgent = options.userAgent ?? 'gatehouse';
    this.perMinute = options.maxRequestsPerMinute;
    this.#queue = new SendQueue(options.maxRequestsPerMinute, this.#now, this.#sleep, () => signal.aborted || this.#interrupted);
    this.#poolOptions = {
      connections: this.#reads.limit + this.#writes.limit,
      pipelining: 1,
      keepAliveTimeout: 10_000,
      headersTimeout: this.#timeoutMs,
      bodyTimeout: this.#timeoutMs,
      connect: { timeout: this.#timeoutMs },
    };
  }

  #connections(): Promise<Pool> {
    // Closed before any request: refused as undici refuses a closed pool.
    if (this.#pool === undefined && this.#closing.signal.aborted) return Promise.reject(Object.assign(new Error('the client is closed'), { code: 'UND_ERR_CLOSED' }));
    // A CommonJS package: its exports are the namespace's default when bundled (scripts/bundle-cli.mjs).
    this.#pool ??= import('undici').then((undici) => {
      const { Pool } = (undici as unknown as { default?: typeof undici }).default ?? undici;
      return new Pool(this.#origin, this.#poolOptions);
    });
    return this.#pool;
  }

  get<T = unknown>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, query === undefined ? {} : { query });
  }

  post<T = unknown>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T = unknown>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  delete<T = unknown>(path: string, body?: unknown, options: Omit<RequestOptions, 'body'> = {}): Promise<T> {
    return this.request<T>('DELETE', path, { ...options, body });
  }

  /** Walk every page with GETs; see `PaginateSpec`. */
  paginate<Page, Item>(spec: PaginateSpec<Page, Item>): AsyncGenerator<Item, void, undefined> {
    return paginate<Page, Item>((req: PageRequest) => this.get<Page>(req.path, req.query), spec);
  }

  /** Every item of every page, in order. */
  collect<Page, Item>(spec: PaginateSpec<Page, Item>): Promise<Item[]> {
    return collect(this.paginate(spec));
  }

  /** A snapshot of the counters. */
  stats(): HttpStats {
    return {
      ...this.#stats,
      byMethod: { ...this.#stats.byMethod },
      retriesByMethod: { ...this.#stats.retriesByMethod },
    };
  }

  /** Scrub this client's token (and bearer-looking strings) from any text. */
  redact(text: string): string {
    return redact(text, [this.#token]);
  }

  get #interrupted(): boolean {
    return this.#interrupt?.aborted === true;
  }

  async close(): Promise<void> {
    this.#closing.abort();
    if (this.#pool === undefined) return;
    const pool = await this.#pool;
    // After an interrupt the caller has waited as long as it will: what is still on the wire is dropped.
    await (this.#interrupted ? pool.destroy() : pool.close());
  }

  async request<T = unknown>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
    if (!path.startsWith('/')) throw new Error(`request path must start with "/": ${this.redact(path)}`);
    const cleanPath = this.redact(path.split('?')[0] ?? path);
    const limiter = method === 'GET' ? this.#reads : this.#writes;
    const mayRetry = options.retry !== false;
    const started = this.#now();
    const notSent = (attempt: number): never => {
      this.#stats.failures++;
      const init: HttpErrorInit = { kind: 'network', method, path: cleanPath, host: this.#host, code: 'GATEHOUSE_INTERRUPTED', description: NOT_SENT, attempts: attempt - 1 };
      throw new HttpError(init, `${method} ${cleanPath}: ${NOT_SENT}`);
    };
    /** Ends the request in its last failure, once one was sent. */
    let lastFail: ((gaveUp?: string) => never) | undefined;
    const interrupted = (attempt: number): never =>
      lastFail === undefined ? notSent(attempt) : lastFail('interrupted while waiting to retry');
    for (let attempt = 1; ; attempt++) {
      if (this.#interrupted) interrupted(attempt);
      await limiter.acquire();
      let result: Attempt;
      try {
        // After the in-flight slot, so a request is released by the queue
        // only when it can go on the wire at once (no burst behind the cap).
        await this.#queue.take();
        if (this.#interrupted) interrupted(attempt);
        result = await this.#send(method, path, cleanPath, options, attempt);
      } finally {
        limiter.release();
      }
      if (result.ok) return result.value as T;
      // The server said when to come back: every request waits, even when this one gives up.
      if (result.retryAfterMs !== undefined) this.#queue.pauseUntil(this.#now() + result.retryAfterMs);

      const failed = result;
      const sent = attempt;
      const fail = (gaveUp?: string): never => {
        this.#stats.failures++;
        const init: HttpErrorInit = { ...failed.init, attempts: sent };
        if (gaveUp !== undefined) init.gaveUp = gaveUp;
        const message = init.kind === 'status' ? statusErrorMessage(init) : networkErrorMessage(init);
        throw new HttpError(init, this.redact(message));
      };
      lastFail = fail;
      if (!result.retryable || !mayRetry) fail();
      if (attempt >= this.#policy.maxAttempts) fail(`gave up after ${attempt} attempts`);
      const delay = result.retryAfterMs ?? backoffDelay(attempt, this.#policy, this.#random);
      const elapsed = this.#now() - started;
      if (elapsed + delay > this.#policy.maxElapsedMs) {
        fail(
          `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}: waiting ${formatMs(delay)} more would pass the ` +
            `${formatMs(this.#policy.maxElapsedMs)} retry budget`,
        );
      }
      this.#stats.retries++;
      this.#stats.retriesByMethod[method] = (this.#stats.retriesByMethod[method] ?? 0) + 1;
      if (this.#onRetry) {
        const info: RetryInfo = { method, path: cleanPath, attempt, delayMs: delay, reason: result.reason, retryAfter: result.retryAfterMs !== undefined };
        if (result.init.status !== undefined) info.status = result.init.status;
        try {
          this.#onRetry(info);
        } catch {
          // A logging hook must not change the outcome of a request.
        }
      }
      await this.#sleep(delay);
      if (this.#closing.signal.aborted) fail('the client was closed while waiting to retry');
    }
  }

  async #send(method: Method, path: string, cleanPath: string, options: RequestOptions, attempt: number): Promise<Attempt> {
    this.#stats.requests++;
    this.#stats.byMethod[method] = (this.#stats.byMethod[method] ?? 0) + 1;
    if (this.#onRequest) {
      try {
        this.#onRequest({ method, path: cleanPath, attempt });
      } catch {
        // A counting hook must not change the outcome of a request.
      }
    }
    const base: HttpErrorInit = { kind: 'network', method, path: cleanPath, host: this.#host, description: '', attempts: attempt };
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.#userAgent,
    };
    if (this.#auth === 'x-api-key') headers['x-api-key'] = this.#token;
    else headers['authorization'] = `Bearer ${this.#token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    try {
      let status: number;
      let text: string;
      let retryAfterHeader: string | string[] | undefined;
      try {
        const res = await (await this.#connections()).request({
          origin: this.#origin,
          path: this.#basePath + path + queryString(options.query),
          method,
          headers,
          body: body ?? null,
          signal: controller.signal,
        });
        status = res.statusCode;
        retryAfterHeader = res.headers['retry-after'];
        text = await res.body.text();
      } catch (err) {
        const failure = timedOut
          ? { code: 'GATEHOUSE_TIMEOUT', description: `no complete answer within ${formatMs(this.#timeoutMs)} (timeout)`, retryable: true }
          : classifyNetworkError(err);
        return {
          ok: false,
          retryable: failure.retryable,
          reason: failure.code,
          init: { ...base, code: failure.code, description: this.redact(failure.description) },
        };
      }

      if (status >= 200 && status < 300) {
        if (text.trim() === '') return { ok: true, value: undefined };
        try {
          return { ok: true, value: JSON.parse(text) as unknown };
        } catch {
          return {
            ok: false,
            retryable: true,
            reason: 'GATEHOUSE_BAD_JSON',
            init: { ...base, code: 'GATEHOUSE_BAD_JSON', description: `status ${status} but the body is not valid JSON` },
          };
        }
      }

      if (status === 429) this.#stats.rateLimited++;
      // Redact before anything describes or shortens the body: a cut made
      // first could leave the start of an echoed token that no longer matches.
      const safeText = this.redact(text);
      let parsed: unknown = safeText;
      try {
        parsed = JSON.parse(safeText) as unknown;
      } catch {
        // keep the text
      }
      let description: string;
      try {
        const context: ErrorContext = { method, path: cleanPath, baseUrl: this.#baseUrl };
        if (this.#tokenSource !== undefined) context.tokenSource = this.#tokenSource;
        description = this.#describe(status, parsed, context);
      } catch {
        description = defaultDescribe(status, safeText);
      }
      const out: Attempt = {
        ok: false,
        retryable: isRetryableStatus(status),
        reason: String(status),
        init: { ...base, kind: 'status', status, description: this.redact(oneLine(description)) },
      };
      // Retry-After comes with 429 and may come with 503 (RFC 9110 §10.2.3).
      if (status === 429 || status === 503) {
        const ms = parseRetryAfter(retryAfterHeader, this.#now());
        if (ms !== undefined) out.retryAfterMs = ms;
      }
      return out;
    } finally {
      clearTimeout(timer);
    }
  }
}

function queryString(query: Query | undefined): string {
  if (query === undefined) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined) params.append(k, String(v));
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10}s` : `${ms}ms`;
}
