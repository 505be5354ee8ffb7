/**
 * Dreadnode's error envelope as one line. The body is
 * `{code, detail, type, errors: [{loc, msg, type}] | null}`; the line keeps
 * `detail` and, for validation errors, each `loc: msg` pair
 * (`body.permission: value is not a valid enumeration member`). Some answers
 * get a hint, because their detail alone does not say what to do: 401 (the
 * token: check where it came from, DREADNODE_TOKEN or the file given to
 * --dreadnode-token-file), 426 (this client is too old for the API), and a
 * 404 whose body is not Dreadnode's JSON envelope (an HTML page, an empty
 * body, another API's error: the address is not the Dreadnode platform's).
 *
 * The HTTP client puts this line after `METHOD PATH: STATUS REASON: `; the
 * provider puts what it was doing in front (`add bob@acme.com as contributor
 * to dreadnode workspace acme/red-team: …`).
 */
import { oneLine, type ErrorContext } from '../../http/index.js';
import { ProviderFailure } from '../failure.js';

import { AUTH_VARIABLE, BASE_URL_VARIABLE, TOKEN_VARIABLE } from './entry.js';

export { BASE_URL_VARIABLE, TOKEN_VARIABLE };

const unauthorizedHint = (source: string): string => `the API refused the token: check ${source}`;
/** Said with the default header: a deployment may take the token only as X-API-Key, as Dreadnode's SDK sends it. */
const AUTH_HINT = `or, if this platform takes the token as X-API-Key (as Dreadnode's SDK sends it), set ${AUTH_VARIABLE}=x-api-key`;
const ADDRESS_HINT = `is ${BASE_URL_VARIABLE} the Dreadnode platform's address (the one /api/v1 is appended to)?`;
const UPGRADE_HINT = 'the Dreadnode API wants a newer client than this Gatehouse: upgrade Gatehouse';

interface ErrorItem {
  loc?: unknown;
  msg?: unknown;
}

/** `auth`: the header the token went in; with the default (bearer), a 401 also suggests X-API-Key. */
export function describeDreadnodeError(status: number, body: unknown, context?: ErrorContext, auth: 'bearer' | 'x-api-key' = 'bearer'): string {
  const parts: string[] = [];
  const envelope = body !== null && typeof body === 'object' && !Array.isArray(body) && 'detail' in body;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const { detail, errors } = body as { detail?: unknown; errors?: unknown };
    if (typeof detail === 'string' && detail.trim() !== '') parts.push(oneLine(detail));
    // Inferred: a route might answer a validation error the bare FastAPI way,
    // with its items in `detail` itself; read them like `errors`.
    for (const list of [errors, Array.isArray(detail) ? detail : undefined]) {
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        const pair = describeItem(item);
        if (pair !== '' && !parts.includes(pair)) parts.push(pair);
      }
    }
  } else if (typeof body === 'string' && body.trim() !== '') {
    parts.push(oneLine(body).slice(0, 200));
  }
  if (status === 401) {
    parts.push(unauthorizedHint(context?.tokenSource ?? TOKEN_VARIABLE));
    if (auth === 'bearer') parts.push(AUTH_HINT);
  }
  if (status === 426) parts.push(UPGRADE_HINT);
  if (status === 404 && context !== undefined && !envelope) parts.push(ADDRESS_HINT);
  return parts.join('; ');
}

function describeItem(item: unknown): string {
  if (item === null || typeof item !== 'object') return '';
  const { loc, msg } = item as ErrorItem;
  const where = Array.isArray(loc)
    ? loc.filter((p) => typeof p === 'string' || typeof p === 'number').join('.')
    : typeof loc === 'string'
      ? loc
      : '';
  const what = typeof msg === 'string' ? oneLine(msg) : '';
  if (where === '') return what;
  return what === '' ? where : `${where}: ${what}`;
}

/** A failure already worded for people (a chain of answers); printed as it is. */
export class DreadnodeFailure extends ProviderFailure {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DreadnodeFailure';
  }
}
