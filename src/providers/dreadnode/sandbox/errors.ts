/**
 * Dreadnode's error body: `{"code", "detail", "type", "errors"}`, where
 * `errors` is null or, on validation failures, a list of `{loc, msg, type}`.
 * The `type` strings other than `authentication_error` (the documented
 * example) are guesses, and so is every `detail` and `msg` text: clients must
 * branch on the status code and read `errors[].loc`, never match prose.
 */
export interface FieldError {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export interface DreadnodeEnvelope {
  code: number;
  detail: string;
  type: string;
  errors: FieldError[] | null;
}

/** Guess: one `type` per status (only 401's `authentication_error` is documented). */
const TYPES: Record<number, string> = {
  400: 'bad_request',
  401: 'authentication_error',
  403: 'permission_denied',
  404: 'not_found',
  409: 'conflict',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
};

export function envelope(code: number, detail: string, errors: FieldError[] | null = null): DreadnodeEnvelope {
  return { code, detail, type: TYPES[code] ?? 'error', errors };
}

/** An answer other than success, thrown by a Dreadnode route and rendered by the server. */
export class DreadnodeError extends Error {
  constructor(
    readonly code: number,
    readonly detail: string,
    readonly errors: FieldError[] | null = null,
  ) {
    super(detail);
    this.name = 'DreadnodeError';
  }

  envelope(): DreadnodeEnvelope {
    return envelope(this.code, this.detail, this.errors);
  }
}

export const notFound = (detail: string): DreadnodeError => new DreadnodeError(404, detail);
export const conflict = (detail: string): DreadnodeError => new DreadnodeError(409, detail);
export const invalid = (errors: FieldError[]): DreadnodeError =>
  new DreadnodeError(422, 'Request validation failed', errors);
