/**
 * When to retry and how long to wait. Pure functions; the client supplies the
 * clock and the randomness so tests can drive them.
 */

export interface RetryOptions {
  /** Total sends of one request, first one included. Default 6. */
  maxAttempts?: number;
  /** Give up rather than wait past this many ms since the first send. Default 120000. */
  maxElapsedMs?: number;
  /** First backoff ceiling. Default 250. */
  baseDelayMs?: number;
  /** Largest backoff ceiling. Default 20000. */
  maxDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  maxElapsedMs: 120_000,
  baseDelayMs: 250,
  maxDelayMs: 20_000,
};

export function retryPolicy(options: RetryOptions | undefined): RetryPolicy {
  const p = { ...DEFAULT_RETRY, ...stripUndefined(options ?? {}) };
  if (!Number.isInteger(p.maxAttempts) || p.maxAttempts < 1) throw new Error(`retry.maxAttempts must be a positive integer, got ${p.maxAttempts}`);
  for (const k of ['maxElapsedMs', 'baseDelayMs', 'maxDelayMs'] as const) {
    if (!(p[k] >= 0)) throw new Error(`retry.${k} must be a non-negative number, got ${p[k]}`);
  }
  return p;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** 429, and the 5xx answers that mean "try again": the edge or the server was busy. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"):
 * a uniform draw in [0, min(maxDelay, base * 2^(retry-1))).
 * `retry` counts from 1 for the first retry.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Parse Retry-After: delta-seconds, or an HTTP date. Returns ms from `now`,
 * or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined) return undefined;
  const text = v.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** What went wrong on the wire, in words, and whether sending again may help. */
export interface NetworkFailure {
  code: string;
  description: string;
  retryable: boolean;
}

const NETWORK_CAUSES: Record<string, { text: string; retryable: boolean }> = {
  ECONNRESET: { text: 'connection reset', retryable: true },
  ECONNREFUSED: { text: 'connection refused', retryable: true },
  ECONNABORTED: { text: 'connection aborted', retryable: true },
  EPIPE: { text: 'connection closed while sending', retryable: true },
  ETIMEDOUT: { text: 'connection timed out', retryable: true },
  EHOSTUNREACH: { text: 'host unreachable', retryable: true },
  ENETUNREACH: { text: 'network unreachable', retryable: true },
  ENETDOWN: { text: 'network down', retryable: true },
  EAI_AGAIN: { text: 'temporary DNS failure', retryable: true },
  ENOTFOUND: { text: 'host name not found', retryable: false },
  UND_ERR_SOCKET: { text: 'socket closed by the other side', retryable: true },
  UND_ERR_CLOSED: { text: 'the HTTP client was closed', retryable: false },
  UND_ERR_DESTROYED: { text: 'the HTTP client was closed', retryable: false },
  UND_ERR_CONNECT_TIMEOUT: { text: 'connect timed out', retryable: true },
  UND_ERR_HEADERS_TIMEOUT: { text: 'timed out waiting for response headers', retryable: true },
  UND_ERR_BODY_TIMEOUT: { text: 'timed out reading the response body', retryable: true },
  UND_ERR_RESPONSE_CONTENT_LENGTH_MISMATCH: { text: 'response ended early', retryable: true },
  HPE_INVALID_CONSTANT: { text: 'malformed HTTP response', retryable: true },
  GATEHOUSE_TIMEOUT: { text: 'request timed out', retryable: true },
  GATEHOUSE_BAD_JSON: { text: 'response was not valid JSON', retryable: true },
  CERT_HAS_EXPIRED: { text: 'TLS certificate has expired', retryable: false },
  DEPTH_ZERO_SELF_SIGNED_CERT: { text: 'self-signed TLS certificate', retryable: false },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { text: 'TLS certificate cannot be verified', retryable: false },
  ERR_TLS_CERT_ALTNAME_INVALID: { text: 'TLS certificate does not match the host', retryable: false },
};

/** Classify a thrown error. Only known transient causes are retried. */
export function classifyNetworkError(err: unknown): NetworkFailure {
  const code = findCode(err);
  if (code !== undefined) {
    const known = NETWORK_CAUSES[code];
    if (known) return { code, description: `${known.text} (${code})`, retryable: known.retryable };
    return { code, description: `network error (${code})`, retryable: false };
  }
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'UNKNOWN', description: `network error: ${message.split('\n')[0] ?? ''}`, retryable: false };
}

function findCode(err: unknown): string | undefined {
  // undici wraps the socket's error; the innermost code is the most telling
  // (e.g. UND_ERR_SOCKET caused by ECONNRESET), but keep the outer one if no inner.
  let cur: unknown = err;
  let found: string | undefined;
  for (let depth = 0; depth < 5 && cur !== null && typeof cur === 'object'; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') {
      if (found === undefined || NETWORK_CAUSES[code] !== undefined) found = code;
    }
    cur = (cur as { cause?: unknown }).cause;
  }
  return found;
}
