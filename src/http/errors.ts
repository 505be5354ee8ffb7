/**
 * The one error type a request can end in. It carries only what a person needs
 * to read (method, path without query, status or network cause, the provider's
 * one-line description) and never the token, the headers or the raw response.
 */

export type HttpErrorKind = 'status' | 'network';

export interface HttpErrorInit {
  kind: HttpErrorKind;
  method: string;
  /** Request path relative to the base URL, without the query string. */
  path: string;
  /** HTTP status for `status` errors. */
  status?: number;
  /** The provider's one-line description (status) or the network cause (network). */
  description: string;
  /** Host the client talks to. */
  host: string;
  /** Network error code such as ECONNRESET, for `network` errors. */
  code?: string;
  /** How many times the request was sent. */
  attempts: number;
  /** Why the client stopped retrying, when it did retry. */
  gaveUp?: string;
}

export class HttpError extends Error {
  readonly kind: HttpErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status: number | undefined;
  readonly description: string;
  readonly host: string;
  readonly code: string | undefined;
  readonly attempts: number;

  constructor(init: HttpErrorInit, message: string) {
    super(message);
    this.name = 'HttpError';
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.description = init.description;
    this.host = init.host;
    this.code = init.code;
    this.attempts = init.attempts;
  }
}

/** Standard reason phrases for the statuses we meet; `status 418` otherwise. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  426: 'Upgrade Required',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusLine(status: number): string {
  const reason = REASONS[status];
  return reason === undefined ? `${status}` : `${status} ${reason}`;
}

/** `POST /teams/1201/addUser: 403 Forbidden: <description>` */
export function statusErrorMessage(init: HttpErrorInit): string {
  const head = `${init.method} ${init.path}: ${statusLine(init.status ?? 0)}`;
  const body = init.description.trim() === '' ? head : `${head}: ${init.description}`;
  return init.gaveUp === undefined ? body : `${body} (${init.gaveUp})`;
}

/** `GET /workspaces: cannot reach app.asana.com: connection reset (ECONNRESET) (gave up after 6 attempts)` */
export function networkErrorMessage(init: HttpErrorInit): string {
  const body = `${init.method} ${init.path}: cannot reach ${init.host}: ${init.description}`;
  return init.gaveUp === undefined ? body : `${body} (${init.gaveUp})`;
}

/** Any text as one line: runs of whitespace (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when the request got an answer with one of these statuses. */
export function hasStatus(err: unknown, ...statuses: number[]): err is HttpError {
  return err instanceof HttpError && err.kind === 'status' && err.status !== undefined && statuses.includes(err.status);
}

/** The server answered 4xx other than 429: it refused the request as sent, and asking again will not help. */
export function isRefusal(err: unknown): err is HttpError {
  return err instanceof HttpError && err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429;
}

