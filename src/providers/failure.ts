/**
 * What both providers share when an answer or a request goes wrong.
 */
import { HttpError, oneLine, type HttpClient } from '../http/index.js';

/** An answer's shape in a few words, for a message about an answer of the wrong shape. */
export function describeShape(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'an empty body';
  return Array.isArray(v) ? 'an array' : `a${typeof v === 'object' ? 'n object' : ` ${typeof v}`}`;
}

/** A failure already worded for people (a chain of answers); printed as it is. */
export class ProviderFailure extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProviderFailure';
  }
}

/**
 * One line for a failed operation: what Gatehouse was doing (when given), then the
 * request, status and the API's words (or the network cause). No token:
 * the client's redaction runs over the whole line.
 */
export function failureLine(http: HttpClient, err: unknown, what?: string): string {
  const why =
    err instanceof HttpError || err instanceof ProviderFailure
      ? err.message
      : err instanceof Error ? `unexpected error: ${err.message}` : `unexpected error: ${String(err)}`;
  return http.redact(oneLine(what === undefined ? why : `${what}: ${why}`));
}

/** Run a read; a failure becomes one ProviderFailure line saying what was being read (no token: failureLine redacts). */
export async function guarded<T>(http: HttpClient, what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    throw new ProviderFailure(failureLine(http, err, what), { cause: err });
  }
}
