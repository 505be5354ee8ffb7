/** Dreadnode's address check, budget and HTTP client (its error envelope, its caps), shared by the provider and export. */
import { checkBaseUrl, HttpClient, type HttpClientOptions } from '../../http/index.js';
import { API_PREFIX } from './api.js';
import { describeDreadnodeError } from './errors.js';
import { AUTH_VARIABLE } from './entry.js';

/**
 * Requests in flight at once. Inferred: Dreadnode documents no limits; these
 * are modest so a large apply does not look like a burst, and 429s (with or
 * without Retry-After) are still honoured by the client.
 */
const DREADNODE_IN_FLIGHT = { reads: 10, writes: 5 } as const;

import { DREADNODE_DEFAULT_PER_MINUTE } from './entry.js';

export { DREADNODE_DEFAULT_PER_MINUTE };

/**
 * Check a Dreadnode base URL: the address the documented `/api/v1/…` paths
 * are appended to (`https://platform.example.com`, or a sandbox's root URL).
 * A URL that already ends in `/api/v1` is accepted and trimmed, so that
 * pasting the API's address does not double the prefix.
 */
export function dreadnodeBaseUrl(baseUrl: string): string {
  const url = checkBaseUrl(baseUrl);
  if (url.pathname.endsWith(API_PREFIX)) url.pathname = url.pathname.slice(0, -API_PREFIX.length);
  return url.href.replace(/\/+$/, '');
}

export type DreadnodeAuth = 'bearer' | 'x-api-key';

/**
 * How the token is sent, from DREADNODE_AUTH (handed over in the connection's
 * `env`): `bearer` (the default, as Dreadnode's API reference shows) or
 * `x-api-key` (as Dreadnode's SDK sends it). Anything else is an error before any request.
 */
export function dreadnodeAuth(env: Readonly<Record<string, string>> | undefined): DreadnodeAuth {
  const value = env?.[AUTH_VARIABLE]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'bearer') return 'bearer';
  if (value === 'x-api-key') return 'x-api-key';
  throw new Error(`${AUTH_VARIABLE}=${JSON.stringify(env?.[AUTH_VARIABLE])}: expected bearer (Authorization: Bearer, the default) or x-api-key (X-API-Key)`);
}

/** An HTTP client set up for Dreadnode: its error envelope, modest in-flight caps, and the token's header (DREADNODE_AUTH). */
export function createDreadnodeHttpClient(
  options: { baseUrl: string; token: string; env?: Readonly<Record<string, string>> } & Partial<HttpClientOptions>,
): HttpClient {
  const auth = options.auth ?? dreadnodeAuth(options.env);
  return new HttpClient({
    describeError: (status, body, context) => describeDreadnodeError(status, body, context, auth),
    userAgent: 'gatehouse (dreadnode provider)',
    maxReadsInFlight: DREADNODE_IN_FLIGHT.reads,
    maxWritesInFlight: DREADNODE_IN_FLIGHT.writes,
    maxRequestsPerMinute: DREADNODE_DEFAULT_PER_MINUTE,
    ...options,
    auth,
    baseUrl: dreadnodeBaseUrl(options.baseUrl),
  });
}
